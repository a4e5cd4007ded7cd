/**
 * The search strategies of the lab, run headless on a registry objective with the app's own engine
 * (src/bo): BO, random and grid through runStudy, coarse-to-fine as two random stages, and BO with
 * bayes_opt's sequential domain reduction. Pure and synchronous; the workers call these.
 */
import { DEFAULT_LOOP } from '../../bo/defaults.ts';
import { observe, suggest, type Outcome } from '../../bo/loop.ts';
import { bestIndex } from '../../bo/modelData.ts';
import { runStudy } from '../../bo/run.ts';
import { stepRng } from '../../bo/seeding.ts';
import type { Bounds, LoopConfig, LoopState, StrategyId } from '../../bo/types.ts';
import { safeEvaluate } from '../../objectives/evaluate.ts';
import type { Objective } from '../../objectives/types.ts';
import { initDomainReduction, reduceDomain, SDR_DEFAULTS } from '../coarse/domainReduction.ts';

/** Streams of the lab's own random draws, apart from the loop's (seeding.ts uses 0-7). */
export const LAB_STREAM = { coarse: 20, fine: 21, batch: 40 } as const;

/** The points a strategy evaluated, in order, and what each returned (null: failed). */
export interface RunTrace {
  readonly xs: number[][];
  readonly ys: (number | null)[];
}

/**
 * Acquisition search effort in the lab. bayes_opt scores 10,000 candidates; a race runs hundreds
 * of studies, so the lab scores 2,000 (with the same 10 local searches), which in 1D and 2D moves
 * the chosen point by less than the local search's own tolerance on the objectives offered.
 */
export const LAB_CANDIDATES = 2000;

export function boundsOf(obj: Objective): Bounds {
  return { lower: obj.dims.map((d) => d.min), upper: obj.dims.map((d) => d.max) };
}

/** bayes_opt's init_points: 2 for the 1D seed example, its default 5 beyond one dimension. */
export function labInitPoints(obj: Objective, budget: number): number {
  return Math.min(obj.dims.length === 1 ? 2 : 5, Math.max(1, budget - 1));
}

export function labConfig(
  obj: Objective,
  strategy: StrategyId,
  budget: number,
  seed: number,
): LoopConfig {
  const initPoints = strategy === 'bo' ? labInitPoints(obj, budget) : 0;
  return {
    ...DEFAULT_LOOP,
    bounds: boundsOf(obj),
    goal: obj.goal,
    initPoints,
    iterations: budget - initPoints,
    candidates: LAB_CANDIDATES,
    strategy,
    seed,
  };
}

export const evaluateOn =
  (obj: Objective) =>
  (x: readonly number[]): Outcome =>
    safeEvaluate(obj, x);

/** BO, random or grid search with the app's loop. */
export function runLoopStrategy(
  obj: Objective,
  strategy: StrategyId,
  budget: number,
  seed: number,
): RunTrace {
  const { records } = runStudy(labConfig(obj, strategy, budget, seed), evaluateOn(obj));
  return { xs: records.map((r) => [...r.x]), ys: records.map((r) => r.y) };
}

/**
 * A box of `fraction` of each side of `bounds`, centred on `centre` but shifted (never shrunk) to
 * stay inside: the box a person would draw around the best point.
 */
export function boxAround(bounds: Bounds, centre: readonly number[], fraction: number): Bounds {
  const lower: number[] = [];
  const upper: number[] = [];
  bounds.lower.forEach((lo, k) => {
    const hi = bounds.upper[k] as number;
    const w = (hi - lo) * Math.min(1, Math.max(0, fraction));
    let a = (centre[k] as number) - w / 2;
    a = Math.min(Math.max(a, lo), hi - w);
    lower.push(a);
    upper.push(a + w);
  });
  return { lower, upper };
}

/** The i-th point of a stage, uniform in `box`; its own stream, so more points keep the earlier ones. */
function stagePoint(box: Bounds, seed: number, stream: number, i: number): number[] {
  const rng = stepRng(seed, stream, i);
  return box.lower.map((lo, k) => rng.uniform(lo, box.upper[k] as number));
}

/** Coarse-to-fine: random in the whole box, then random inside a smaller box around the best. */
export interface CoarseToFineTrace {
  readonly coarse: RunTrace;
  readonly box: Bounds;
  readonly fine: RunTrace;
}

/** The coarse stage alone (the figure draws it before the person chooses the box). */
export function coarseStage(obj: Objective, count: number, seed: number): RunTrace {
  const bounds = boundsOf(obj);
  const xs = Array.from({ length: count }, (_, i) =>
    stagePoint(bounds, seed, LAB_STREAM.coarse, i),
  );
  return { xs, ys: xs.map((x) => valueOf(safeEvaluate(obj, x))) };
}

/** The box the app proposes: `fraction` of each side around the coarse stage's best point. */
export function proposeBox(obj: Objective, coarse: RunTrace, fraction: number): Bounds {
  const bounds = boundsOf(obj);
  const i = bestIndex(
    coarse.ys.map((y, k) => ({ x: coarse.xs[k] as number[], y, phase: 'init' as const })),
    obj.goal,
  );
  const centre =
    i >= 0
      ? (coarse.xs[i] as number[])
      : bounds.lower.map((lo, k) => (lo + (bounds.upper[k] as number)) / 2);
  return boxAround(bounds, centre, fraction);
}

export function fineStage(obj: Objective, box: Bounds, count: number, seed: number): RunTrace {
  const xs = Array.from({ length: count }, (_, i) => stagePoint(box, seed, LAB_STREAM.fine, i));
  return { xs, ys: xs.map((x) => valueOf(safeEvaluate(obj, x))) };
}

/** The automatic coarse-to-fine of the race: half the budget coarse, a box of 30% per side. */
export function runCoarseToFine(
  obj: Objective,
  budget: number,
  seed: number,
  fraction = 0.3,
): RunTrace {
  const nCoarse = Math.ceil(budget / 2);
  const coarse = coarseStage(obj, nCoarse, seed);
  const fine = fineStage(obj, proposeBox(obj, coarse, fraction), budget - nCoarse, seed);
  return { xs: [...coarse.xs, ...fine.xs], ys: [...coarse.ys, ...fine.ys] };
}

/** BO with sequential domain reduction: the points, and the box each was proposed in. */
export interface SdrTrace extends RunTrace {
  readonly boxes: Bounds[];
}

/**
 * bayes_opt's maximize() with bounds_transformer=SequentialDomainReductionTransformer(): the
 * initial points in the whole box, then after every BO iteration the box is re-centred on the best
 * and shrunk. Observations outside the new box stay in the GP, as in the library.
 */
export function runDomainReduction(obj: Objective, budget: number, seed: number): SdrTrace {
  const config = labConfig(obj, 'bo', budget, seed);
  let sdr = initDomainReduction(config.bounds, SDR_DEFAULTS);
  let state: LoopState = { config, observations: [] };
  const boxes: Bounds[] = [];
  for (let i = 0; i < budget; i++) {
    const { proposal } = suggest(state);
    boxes.push(state.config.bounds);
    state = observe(state, proposal.x, safeEvaluate(obj, proposal.x), proposal.phase);
    if (proposal.phase === 'bo') {
      const b = bestIndex(state.observations, config.goal);
      const best = state.observations[b];
      if (best) {
        sdr = reduceDomain(sdr, best.x);
        const box = sdr.history[sdr.history.length - 1] as Bounds;
        state = { ...state, config: { ...state.config, bounds: box } };
      }
    }
  }
  return {
    xs: state.observations.map((o) => [...o.x]),
    ys: state.observations.map((o) => o.y),
    boxes,
  };
}

function valueOf(e: Outcome): number | null {
  return e.ok && !Number.isNaN(e.value) ? e.value : null;
}
