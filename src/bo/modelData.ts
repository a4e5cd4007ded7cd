/**
 * Turns observations into GP training data: the goal is folded into a sign (the GP always
 * maximizes), +/-Infinity is clipped for the GP only, and failed points enter at the worst finite
 * value observed, so the model learns that the region where they failed is bad and the search
 * steers away (DESIGN.md, Reliability). Everything else (trials table, best so far, exports) keeps
 * them as failed.
 */
import type { PointSet } from '../math/types.ts';
import type { LoopConfig, Observation } from './types.ts';

export interface ModelData {
  readonly X: PointSet;
  /** Signed targets: larger is better. */
  readonly y: Float64Array;
  /** Index of each training row in the observation list. */
  readonly source: readonly number[];
}

/**
 * How the model sees the failed points: at `value`, the worst finite value observed, in the
 * objective's own units and sign (the minimum when maximizing, the maximum when minimizing).
 */
export interface FailedAsWorst {
  readonly value: number;
  /** Observation indices of the failed points the model includes, ascending. */
  readonly indices: readonly number[];
}

export function goalSign(goal: LoopConfig['goal']): 1 | -1 {
  return goal === 'minimize' ? -1 : 1;
}

const isFailed = (o: Observation): boolean => o.y === null || Number.isNaN(o.y);

/**
 * The failed points the model includes and the value it gives them, or null when there are none or
 * nothing finite was observed yet (then there is no "worst value" to give, and the loop keeps
 * exploring at random as before). A failed point at exactly the place of a successful evaluation
 * (a training that diverged once and converged once) is left out: the real value wins, and the
 * GP never sees one x with two values.
 *
 * Imputing the worst value is what W&B sweeps do for crashed runs and what BoTorch's test problems
 * give infeasible points; Optuna's GPSampler instead drops failed trials and offers a separate
 * feasibility model for constraints. One GP with an imputed value needs no second model and shows
 * on the plot as a point, which is what a teaching tool wants.
 */
export function failedAsWorst(
  observations: readonly Observation[],
  goal: LoopConfig['goal'],
): FailedAsWorst | null {
  const sign = goalSign(goal);
  let worst = Infinity;
  const succeeded = new Set<string>();
  for (const o of observations) {
    if (isFailed(o)) continue;
    succeeded.add(o.x.join(','));
    const v = sign * (o.y as number);
    if (Number.isFinite(v) && v < worst) worst = v;
  }
  if (!Number.isFinite(worst)) return null;
  const indices: number[] = [];
  observations.forEach((o, i) => {
    if (isFailed(o) && !succeeded.has(o.x.join(','))) indices.push(i);
  });
  return indices.length > 0 ? { value: sign * worst, indices } : null;
}

export function modelData(
  observations: readonly Observation[],
  goal: LoopConfig['goal'],
  d: number,
): ModelData {
  const sign = goalSign(goal);
  const failed = failedAsWorst(observations, goal);
  const modelledFailures = new Set(failed?.indices);
  const source: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  observations.forEach((o, i) => {
    if (isFailed(o)) {
      if (modelledFailures.has(i)) source.push(i);
      return;
    }
    source.push(i);
    if (Number.isFinite(o.y)) {
      lo = Math.min(lo, sign * (o.y as number));
      hi = Math.max(hi, sign * (o.y as number));
    }
  });
  // An infinite value would wreck normalization; put it a little beyond the finite range instead,
  // so the GP still learns "much better/worse here" without losing the rest of the data.
  const span = Number.isFinite(hi) ? Math.max(hi - lo, 1) : 1;
  // Near the top of float64, hi + span itself overflows: stop at the largest finite value.
  const top = Number.isFinite(hi) ? Math.min(hi + span, Number.MAX_VALUE) : 1;
  const bottom = Number.isFinite(lo) ? Math.max(lo - span, -Number.MAX_VALUE) : -1;
  const data = new Float64Array(source.length * d);
  const y = new Float64Array(source.length);
  source.forEach((obsIndex, row) => {
    const o = observations[obsIndex] as Observation;
    for (let k = 0; k < d; k++) data[row * d + k] = o.x[k] as number;
    const v = isFailed(o) ? sign * (failed as FailedAsWorst).value : sign * (o.y as number);
    y[row] = v === Infinity ? top : v === -Infinity ? bottom : v;
  });
  return { X: { data, n: source.length, d }, y, source };
}

/** All observed points (failed ones too), for duplicate checks. */
export function observedPoints(observations: readonly Observation[], d: number): PointSet {
  const data = new Float64Array(observations.length * d);
  observations.forEach((o, i) => {
    for (let k = 0; k < d; k++) data[i * d + k] = o.x[k] as number;
  });
  return { data, n: observations.length, d };
}

/** Index of the best successful observation in the goal's sense, or -1. */
export function bestIndex(observations: readonly Observation[], goal: LoopConfig['goal']): number {
  const sign = goalSign(goal);
  let best = -1;
  let bestV = -Infinity;
  observations.forEach((o, i) => {
    if (o.y === null || Number.isNaN(o.y)) return;
    const v = sign * o.y;
    if (best < 0 || v > bestV) {
      best = i;
      bestV = v;
    }
  });
  return best;
}
