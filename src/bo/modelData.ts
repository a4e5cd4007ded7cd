/**
 * Turns observations into GP training data: failed points are left out, the goal is folded into a
 * sign (the GP always maximizes), and +/-Infinity is clipped for the GP only (DESIGN.md).
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

export function goalSign(goal: LoopConfig['goal']): 1 | -1 {
  return goal === 'minimize' ? -1 : 1;
}

export function modelData(
  observations: readonly Observation[],
  goal: LoopConfig['goal'],
  d: number,
): ModelData {
  const sign = goalSign(goal);
  const source: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  observations.forEach((o, i) => {
    if (o.y === null || Number.isNaN(o.y)) return;
    source.push(i);
    if (Number.isFinite(o.y)) {
      lo = Math.min(lo, sign * o.y);
      hi = Math.max(hi, sign * o.y);
    }
  });
  // An infinite value would wreck normalization; put it a little beyond the finite range instead,
  // so the GP still learns "much better/worse here" without losing the rest of the data.
  const span = Number.isFinite(hi) ? Math.max(hi - lo, 1) : 1;
  const top = Number.isFinite(hi) ? hi + span : 1;
  const bottom = Number.isFinite(lo) ? lo - span : -1;
  const data = new Float64Array(source.length * d);
  const y = new Float64Array(source.length);
  source.forEach((obsIndex, row) => {
    const o = observations[obsIndex] as Observation;
    for (let k = 0; k < d; k++) data[row * d + k] = o.x[k] as number;
    const v = sign * (o.y as number);
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
