/**
 * The optimization loop as pure functions over immutable state: suggest(state) -> proposal,
 * observe(state, x, evaluation) -> state. Randomness is derived from (seed, evaluation index), so
 * the same state always proposes the same point.
 */
import { evaluateAcquisition } from '../math/acquisition.ts';
import { GPError, predict } from '../math/gp.ts';
import { lhs, sobol } from '../math/samplers.ts';
import type { GPModel, PointSet } from '../math/types.ts';
import { maximizeAcquisition } from './acqOptimizer.ts';
import { bestIndex, goalSign, modelData, observedPoints } from './modelData.ts';
import { designSeparation, fitModel, isUncorrelatedFit, presetSearch } from './modelPreset.ts';
import { STREAM, stepRng } from './seeding.ts';
import { dimsOf, fromUnitCube, gridPoint, isDuplicate, uniformInBox } from './space.ts';
import type { LoopConfig, LoopState, Observation, Phase, Proposal } from './types.ts';
import type { SamplePath } from '../math/thompson.ts';
import { chainFit, fitStateModel, type ChainOptions } from './warmChain.ts';

export function initialState(config: LoopConfig): LoopState {
  return { config, observations: [] };
}

/** An evaluation's outcome as the loop records it. */
export type Outcome =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: string };

export function observe(
  state: LoopState,
  x: readonly number[],
  outcome: Outcome,
  phase: Phase,
): LoopState {
  const obs: Observation = outcome.ok
    ? { x: [...x], y: outcome.value, phase }
    : { x: [...x], y: null, error: outcome.error, phase };
  return { ...state, observations: [...state.observations, obs] };
}

/** What the UI needs to draw a BO step besides the proposal itself. */
export interface Suggestion {
  readonly proposal: Proposal;
  /** The GP the proposal came from (null in the init phase or for model-free strategies). */
  readonly model: GPModel | null;
  /** Best observed value in the model's maximization units (sign-folded), when there is one. */
  readonly best: number | null;
  /** The Thompson path that was maximized, when the acquisition is Thompson sampling. */
  readonly path?: SamplePath;
  /** Why no GP could be fitted (the proposal is then a random point and the run goes on). */
  readonly modelError?: string;
}

export interface SuggestOptions {
  /** Points the acquisition search must include, e.g. the plot grid (DESIGN.md). */
  readonly extraCandidates?: PointSet;
  /**
   * A GP already fitted to this state's observations with this config (bo/warmChain.ts
   * chainModel), so that changing only the acquisition does not refit: sliders then redraw within
   * a frame.
   */
  readonly model?: GPModel;
  /** What the caller knows of the warm chain's earlier fits (bo/warmChain.ts): saves refits only. */
  readonly chain?: ChainOptions;
}

/** Number of evaluations the budget allows (init + iterations). */
export function budget(config: LoopConfig): number {
  return config.initPoints + config.iterations;
}

export function isFinished(state: LoopState): boolean {
  return state.observations.filter((o) => o.phase !== 'manual').length >= budget(state.config);
}

export function suggest(state: LoopState, opts: SuggestOptions = {}): Suggestion {
  const { config, observations } = state;
  const d = dimsOf(config.bounds);
  const index = observations.length;
  const observed = observedPoints(observations, d);

  if (config.strategy === 'random') {
    const x = uniformInBox(config.bounds, 1, stepRng(config.seed, STREAM.random, index)).data;
    return modelFree([...x], 'init');
  }
  if (config.strategy === 'grid') {
    const taken = observations.filter((o) => o.phase !== 'manual').length;
    return modelFree(gridPoint(config.bounds, budget(config), taken % budget(config)), 'init');
  }

  const initTaken = observations.filter((o) => o.phase === 'init').length;
  if (initTaken < config.initPoints) {
    return modelFree(initDesignPoint(config, initTaken, observed), 'init');
  }
  const data = modelData(observations, config.goal, d);
  if (data.X.n === 0) {
    // Nothing to model yet (every point failed): keep exploring at random.
    const x = uniformInBox(config.bounds, 1, stepRng(config.seed, STREAM.fallback, index)).data;
    return { proposal: { x: [...x], phase: 'bo', fallback: 'random' }, model: null, best: null };
  }
  const best = Math.max(...data.y);
  let model: GPModel;
  try {
    // The warm chain's model, never a fit warm-started from whatever state came before: the
    // proposal must be the same however this state was reached (bo/warmChain.ts).
    model = opts.model ?? (chainFit(state, opts.chain) as GPModel);
  } catch (e) {
    // A kernel that cannot be factored even with jitter (extreme settings or data) must not end
    // the run: explore at random and say why.
    if (!(e instanceof GPError)) throw e;
    const x = uniformInBox(config.bounds, 1, stepRng(config.seed, STREAM.fallback, index)).data;
    const proposal: Proposal = { x: [...x], phase: 'bo', fallback: 'random' };
    return { proposal, model: null, best, modelError: e.message };
  }
  if (isUncorrelatedFit(config, model)) {
    return { proposal: uncorrelatedProposal(config, model, best, index), model, best };
  }
  const result = maximizeAcquisition({
    model,
    spec: config.acquisition,
    best,
    bounds: config.bounds,
    rng: stepRng(config.seed, STREAM.acquisition, index),
    candidates: config.candidates,
    localStarts: config.localStarts,
    observed,
    ...presetSearch(config),
    ...(opts.extraCandidates ? { extraCandidates: opts.extraCandidates } : {}),
  });
  const proposal: Proposal = {
    x: [...result.x],
    phase: 'bo',
    acquisitionValue: result.value,
    ...(result.fallback ? { fallback: result.fallback } : {}),
  };
  return { proposal, model, best, ...(result.path ? { path: result.path } : {}) };
}

/**
 * The proposal when ML-II found no correlation between the observations (length scale at its lower
 * bound). The posterior between points is then the prior, and the acquisition is flat but for
 * slivers a length scale (1e-5) wide beside the observations, where the kernel still correlates.
 * Its local search could climb into one and spend an evaluation on a near-copy of the best point
 * (on the seed example it did in about half of these steps). So the search stops where the flat
 * acquisition leaves it: at its first random candidate, the point a tie among all candidates
 * picks, and what bayes_opt's search, which never lands in a sliver, returns too. Where the
 * sliver was not found anyway (every such step on Branin), runs are unchanged; on the seed example
 * the median final regret over seeds 0..999 went from 6.4e-4 to 5.1e-4. Thompson sampling is left
 * alone: a path drawn from such a GP is independent noise off the data, so its argmax is already a
 * random point, and beside an observation the path only repeats the observed value.
 */
function uncorrelatedProposal(
  config: LoopConfig,
  model: GPModel,
  best: number,
  index: number,
): Proposal {
  const x = uniformInBox(config.bounds, 1, stepRng(config.seed, STREAM.acquisition, index)).data;
  const mean = new Float64Array(1);
  const std = new Float64Array(1);
  const value = new Float64Array(1);
  predict(model, { data: x, n: 1, d: x.length }, mean, std);
  evaluateAcquisition(config.acquisition, mean, std, best, value);
  return { x: [...x], phase: 'bo', fallback: 'uncorrelated', acquisitionValue: value[0] as number };
}

export { fitModel, fitStateModel };

function modelFree(x: readonly number[], phase: Phase): Suggestion {
  return { proposal: { x, phase }, model: null, best: null };
}

/** The k-th point of the initial design; the design depends only on the seed. */
function initDesignPoint(config: LoopConfig, k: number, observed: PointSet): number[] {
  const { bounds, initPoints, seed } = config;
  const d = dimsOf(bounds);
  const rng = stepRng(seed, STREAM.init, 0);
  let pts: PointSet;
  switch (config.initDesign) {
    case 'random':
      pts = uniformInBox(bounds, initPoints, rng);
      break;
    case 'lhs':
      pts = fromUnitCube(bounds, lhs(initPoints, d, rng));
      break;
    case 'sobol':
      pts = fromUnitCube(bounds, sobol(initPoints, d, { scramble: rng }));
      break;
    case 'grid':
      return gridPoint(bounds, initPoints, k);
  }
  const x = Array.from(pts.data.subarray(k * d, (k + 1) * d));
  // A hand-placed probe may already sit on this design point; nudge to a fresh random one.
  if (isDuplicate(bounds, x, observed, designSeparation(config)))
    return [...uniformInBox(bounds, 1, stepRng(seed, STREAM.fallback, k)).data];
  return x;
}

/** Best successful observation so far in the goal's sense. */
export function bestObservation(state: LoopState): Observation | undefined {
  const i = bestIndex(state.observations, state.config.goal);
  return i >= 0 ? state.observations[i] : undefined;
}

export { goalSign };
