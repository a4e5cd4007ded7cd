/**
 * Parallel BO ("caviar"): a batch of points proposed at once, to be evaluated side by side in one
 * wall-clock round, against sequential BO ("panda": one point per round, each informed by all
 * before it). Two ways to fill a batch from one GP:
 *
 * - Thompson sampling: every slot maximizes its own sample path of the posterior; paths differ, so
 *   their maxima spread out where the posterior is unsure (Kandasamy et al. 2018).
 * - Constant liar (Ginsbourger et al. 2010): propose by EI, pretend the point returned the best
 *   value so far, refit (same kernel) and propose again; the lie flattens EI around points already
 *   in the batch, so the next slot goes elsewhere.
 */
import { maximizeAcquisition } from '../../bo/acqOptimizer.ts';
import { fitModel, observe, suggest } from '../../bo/loop.ts';
import { goalSign, modelData, observedPoints } from '../../bo/modelData.ts';
import { stepRng } from '../../bo/seeding.ts';
import { isDuplicate, uniformInBox } from '../../bo/space.ts';
import type { LoopConfig, LoopState, Observation } from '../../bo/types.ts';
import { fitGP, GPError } from '../../math/gp.ts';
import { safeEvaluate } from '../../objectives/evaluate.ts';
import type { Objective } from '../../objectives/types.ts';
import { LAB_STREAM, labConfig, type RunTrace } from './strategies.ts';

export type BatchMode = 'sequential' | 'thompson' | 'liar';

/** A run by rounds: the points and values, and the wall-clock round of each evaluation. */
export interface BatchTrace extends RunTrace {
  readonly rounds: number[];
}

/**
 * The next batch of `size` distinct points for this state (the init design is handed out first,
 * as many points per round as the batch holds).
 */
export function proposeBatch(
  state: LoopState,
  size: number,
  mode: 'thompson' | 'liar',
): number[][] {
  const { config } = state;
  const d = config.bounds.lower.length;
  const batch: number[][] = [];
  let working = state;
  const round = state.observations.length;
  const data = modelData(state.observations, config.goal, d);
  const initLeft = config.initPoints - state.observations.filter((o) => o.phase === 'init').length;
  if (initLeft > 0 || data.X.n === 0) {
    // No model yet: the design's points (suggest() walks the init design as observations grow).
    for (let k = 0; k < size; k++) {
      const { proposal } = suggest(working);
      batch.push([...proposal.x]);
      working = observe(working, proposal.x, { ok: false, error: 'pending' }, proposal.phase);
    }
    return batch;
  }
  let model;
  try {
    model = fitModel(config, data.X, data.y, round);
  } catch (e) {
    if (!(e instanceof GPError)) throw e;
    return randomBatch(state, size);
  }
  const best = Math.max(...data.y);
  // Thompson: each draw is its own sample of the model, so the batch spreads without lies.
  // Constant liar: the kernel fitted on the real data, reused for every lie (no refit of its
  // hyperparameters, so a lie cannot distort the length scale).
  const thompson = mode === 'thompson';
  const lieConfig: LoopConfig = { ...config, kernel: model.kernel, fitKernel: false };
  let current = model;
  const X = Array.from(data.X.data);
  const y = Array.from(data.y);
  for (let k = 0; k < size; k++) {
    const observed = observedWith(state.observations, batch, d);
    const r = maximizeAcquisition({
      model: current,
      spec: thompson ? { type: 'thompson' } : config.acquisition,
      best,
      bounds: config.bounds,
      rng: stepRng(config.seed, LAB_STREAM.batch + k, round),
      candidates: config.candidates,
      localStarts: config.localStarts,
      observed,
    });
    batch.push([...r.x]);
    if (thompson || k === size - 1) continue;
    X.push(...r.x);
    y.push(best);
    try {
      current = fitGP({ data: Float64Array.from(X), n: y.length, d }, Float64Array.from(y), {
        kernel: lieConfig.kernel,
        alpha: lieConfig.alpha,
        normalizeY: lieConfig.normalizeY,
      });
    } catch (e) {
      if (!(e instanceof GPError)) throw e;
      return [...batch, ...randomBatch(state, size - batch.length)];
    }
  }
  return batch;
}

function observedWith(observations: readonly Observation[], batch: number[][], d: number) {
  const base = observedPoints(observations, d);
  const data = new Float64Array((base.n + batch.length) * d);
  data.set(base.data);
  batch.forEach((x, i) => data.set(x, (base.n + i) * d));
  return { data, n: base.n + batch.length, d };
}

function randomBatch(state: LoopState, size: number): number[][] {
  const { bounds, seed } = state.config;
  const rng = stepRng(seed, LAB_STREAM.batch + 99, state.observations.length);
  const pts = uniformInBox(bounds, size, rng);
  const d = pts.d;
  return Array.from({ length: size }, (_, i) => Array.from(pts.data.subarray(i * d, (i + 1) * d)));
}

/** True when no two points of a batch coincide (and none repeats an observation). */
export function batchIsDistinct(state: LoopState, batch: readonly number[][]): boolean {
  const d = state.config.bounds.lower.length;
  for (let i = 0; i < batch.length; i++) {
    const before = observedWith(state.observations, batch.slice(0, i), d);
    if (isDuplicate(state.config.bounds, batch[i] as number[], before)) return false;
  }
  return true;
}

/**
 * `rounds` wall-clock rounds: sequential BO evaluates one point per round, the batch modes `size`
 * points per round. The initial design is that of sequential BO, spread over rounds likewise.
 */
export function runBatched(
  obj: Objective,
  mode: BatchMode,
  size: number,
  rounds: number,
  seed: number,
): BatchTrace {
  const perRound = mode === 'sequential' ? 1 : size;
  const budget = perRound * rounds;
  let state: LoopState = { config: labConfig(obj, 'bo', budget, seed), observations: [] };
  const xs: number[][] = [];
  const ys: (number | null)[] = [];
  const roundOf: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const batch =
      mode === 'sequential' ? [[...suggest(state).proposal.x]] : proposeBatch(state, size, mode);
    const initLeft =
      state.config.initPoints - state.observations.filter((o) => o.phase === 'init').length;
    batch.forEach((x, k) => {
      const outcome = safeEvaluate(obj, x);
      state = observe(state, x, outcome, k < initLeft ? 'init' : 'bo');
      xs.push(x);
      ys.push(outcome.ok && !Number.isNaN(outcome.value) ? outcome.value : null);
      roundOf.push(r + 1);
    });
  }
  return { xs, ys, rounds: roundOf };
}

/** Best value after each round (in the objective's sign), from a trace. */
export function bestByRound(
  trace: BatchTrace,
  rounds: number,
  goal: Objective['goal'],
): (number | null)[] {
  const sign = goalSign(goal);
  const out: (number | null)[] = [];
  let best: number | null = null;
  let i = 0;
  for (let r = 1; r <= rounds; r++) {
    while (i < trace.ys.length && (trace.rounds[i] as number) <= r) {
      const v = trace.ys[i] ?? null;
      if (v !== null && (best === null || sign * v > sign * best)) best = v;
      i++;
    }
    out.push(best);
  }
  return out;
}
