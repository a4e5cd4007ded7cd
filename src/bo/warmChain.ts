/**
 * The warm chain (issue 18): the model of a state with n observations is the warm-started refit
 * from the model of its first n - 1 observations (same config), except at a count due a full
 * search (math/gpWarmStart.ts fullSearchDue, every 10th), or when the prefix has no model (the
 * first fitted count, or a fit that failed): then the full search runs. So the model is a
 * deterministic function of the observation sequence and the config, whatever history led there:
 * a shared link opened at step N, Back after the cache dropped a state, and the CLI's `run` all
 * get the same bits as stepping. It is computable from the nearest full-search count with at most
 * FULL_SEARCH_EVERY - 1 warm fits; what a caller already knows of the prefixes (PrefixLookup) only
 * shortens that walk, never changes the result.
 */
import { GPError } from '../math/gp.ts';
import { fullSearchDue, type FitReport, type WarmStart } from '../math/gpWarmStart.ts';
import type { GPModel } from '../math/types.ts';
import { modelData } from './modelData.ts';
import { fitModel } from './modelPreset.ts';
import { dimsOf } from './space.ts';
import type { LoopState } from './types.ts';

/** What a chain fit leaves for the next count: the fitted length scale(s), or null (no model). */
export type PrefixFit = WarmStart | null;

/**
 * The chain's fit of the state's first k observations if the caller has it (from an earlier chain
 * computation with the same config), else undefined.
 */
export type PrefixLookup = (k: number) => PrefixFit | undefined;

export interface ChainOptions {
  readonly known?: PrefixLookup;
  /** Called with every fit the walk runs, prefixes included (benches count evaluations). */
  readonly report?: (r: FitReport) => void;
  /** Called with each prefix count the walk fitted and what it left (callers cache these). */
  readonly onPrefix?: (k: number, fit: PrefixFit) => void;
}

/** The largest count <= n at which the chain restarts with a full search. */
export function chainStart(n: number): number {
  let s = n;
  while (s > 0 && !fullSearchDue(s)) s--;
  return s;
}

/**
 * Fewest observations whose fit may seed the next: with one, the likelihood is flat in the length
 * scale, so its "optimum" is just the search's first start and would steer the next fit off the
 * full search's answer (with two, bayes_opt's ML-II sits at the lower bound, which the warm run
 * refuses anyway: math/gpWarmStart.ts acceptWarm).
 */
export const MIN_SEED_POINTS = 2;

/** What a fitted model leaves for the chain's next count (null: the next count runs cold). */
export function prefixFitOf(model: GPModel | null): PrefixFit {
  return model && model.X.n >= MIN_SEED_POINTS ? { lengthScale: model.kernel.lengthScale } : null;
}

/**
 * The GP for the state fitted once, cold unless `warm` is given (then modelPreset.ts decides
 * whether it is used); null when there is nothing to model or the fit fails. The explicit
 * single fit (tests compare it with scikit-learn); the app and the CLI use chainModel.
 */
export function fitStateModel(state: LoopState, refit: Parameters<typeof fitModel>[4] = {}) {
  try {
    return fitOnce(state, state.observations.length, refit);
  } catch (e) {
    if (e instanceof GPError) return null;
    throw e;
  }
}

/** The fit of the first k observations; null when fewer than minPoints of them succeeded. */
function fitOnce(
  state: LoopState,
  k: number,
  refit: Parameters<typeof fitModel>[4] = {},
  minPoints = 1,
): GPModel | null {
  const d = dimsOf(state.config.bounds);
  const data = modelData(state.observations.slice(0, k), state.config.goal, d);
  if (data.X.n < minPoints) return null;
  return fitModel(state.config, data.X, data.y, k, refit);
}

/**
 * The chain's model of the state: null when there is nothing to model; throws GPError when the
 * final fit cannot be factored (suggest() reports why). Intermediate failures restart the chain.
 */
export function chainFit(state: LoopState, opts: ChainOptions = {}): GPModel | null {
  const n = state.observations.length;
  const report = opts.report ? { report: opts.report } : {};
  if (!state.config.fitKernel) return fitOnce(state, n, report);
  const start = chainStart(n);
  let k = n - 1;
  let prev: PrefixFit | undefined;
  for (; k >= start; k--) {
    prev = opts.known?.(k);
    if (prev !== undefined) break;
  }
  let fit: PrefixFit = prev ?? null;
  for (k = prev === undefined ? start : k + 1; k < n; k++) {
    let model: GPModel | null;
    try {
      // A prefix too small to seed is not fitted at all: prefixFitOf would drop its fit anyway.
      model = fitOnce(state, k, { ...(fit ? { warmStart: fit } : {}), ...report }, MIN_SEED_POINTS);
    } catch (e) {
      if (!(e instanceof GPError)) throw e;
      model = null;
    }
    fit = prefixFitOf(model);
    opts.onPrefix?.(k, fit);
  }
  return fitOnce(state, n, { ...(fit ? { warmStart: fit } : {}), ...report });
}

/** chainFit with a failed fit as null: the model every screen and the CLI draw for a state. */
export function chainModel(state: LoopState, opts: ChainOptions = {}): GPModel | null {
  try {
    return chainFit(state, opts);
  } catch (e) {
    if (e instanceof GPError) return null;
    throw e;
  }
}
