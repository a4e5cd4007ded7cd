/**
 * What the model preset (LoopConfig.model) changes in the loop: how the GP is fitted, how the
 * acquisition search ranks and separates its proposals, and whether an uncorrelated fit is caught.
 * Every difference between the presets is decided here, each by an exhaustive switch.
 *
 * - 'bayes_opt': scikit-learn's GaussianProcessRegressor as bayes_opt 3.x uses it (ML-II of the
 *   kernel's length scale(s) with restarts, in search units), EI ranked as EI, exact duplicates
 *   refused. Bit for bit what the loop did before the presets existed.
 * - 'default': math/gpMap.ts (unit cube, standardized targets, ARD with a log-normal prior, MAP),
 *   log-EI / log-PI ranking, and no proposal within NEAR_DUPLICATE of an observed point.
 */
import { fitGP } from '../math/gp.ts';
import { atLowerLengthScaleBound, fitGPWithHyperparameters } from '../math/gpFit.ts';
import { fitGPMap } from '../math/gpMap.ts';
import { fullSearchDue, type FitReport, type WarmStart } from '../math/gpWarmStart.ts';
import type { GPModel, PointSet } from '../math/types.ts';
import { STREAM, stepRng } from './seeding.ts';
import type { LoopConfig } from './types.ts';

/**
 * The default preset's minimum separation, as a fraction of each dimension's width (search units,
 * so log10 dims in decades): a box of half-width 0.5% around each observed point. Per dimension
 * rather than a Euclidean radius so that it means the same in 1D, 2D and 3D, and a point that
 * differs from an observation in one dimension only (a new value of one hyperparameter) is not
 * refused. For a deterministic objective an evaluation that close teaches the GP almost nothing
 * (at the prior's shortest length scale, 2.5% of the width, their correlation is above 0.97).
 */
export const NEAR_DUPLICATE = 0.005;

/** The acquisition search's options that depend on the preset (see acqOptimizer.ts). */
export interface PresetSearch {
  readonly minSeparation?: number;
  readonly logScale: boolean;
}

export function presetSearch(config: LoopConfig): PresetSearch {
  switch (config.model) {
    case 'bayes_opt':
      return { logScale: false };
    case 'default':
      return { minSeparation: NEAR_DUPLICATE, logScale: true };
  }
}

/** The separation an initial design point must keep from points already there (hand probes). */
export function designSeparation(config: LoopConfig): number | undefined {
  return presetSearch(config).minSeparation;
}

/**
 * Whether the fitted model found no correlation between the observations, so that loop.ts takes
 * its first random candidate instead of searching a flat acquisition. Only bayes_opt's ML-II goes
 * there (with two points it always does); the default preset's prior keeps its length scales
 * at a useful size, so its acquisition has a real peak from the first frame.
 */
export function isUncorrelatedFit(config: LoopConfig, model: GPModel): boolean {
  switch (config.model) {
    case 'bayes_opt':
      return (
        config.fitKernel &&
        config.acquisition.type !== 'thompson' &&
        atLowerLengthScaleBound(model.kernel.lengthScale)
      );
    case 'default':
      return false;
  }
}

/** A refit's optional warm start (the previous state's fitted length scales) and report hook. */
export interface RefitOptions {
  readonly warmStart?: WarmStart;
  readonly report?: (r: FitReport) => void;
}

/**
 * Fits the GP the way the config asks: the kernel as given when fitKernel is off (both presets),
 * else the preset's fit. Deterministic from (seed, index), and from the warm start when one is
 * given: it is used unless index (the observation count) is due a full search (gpWarmStart.ts).
 */
export function fitModel(
  config: LoopConfig,
  X: PointSet,
  y: Float64Array,
  index: number,
  refit: RefitOptions = {},
): GPModel {
  const base = { kernel: config.kernel, alpha: config.alpha, normalizeY: config.normalizeY };
  if (!config.fitKernel) return fitGP(X, y, base);
  const rng = stepRng(config.seed, STREAM.fit, index);
  const warm = {
    ...(refit.warmStart && !fullSearchDue(index) ? { warmStart: refit.warmStart } : {}),
    ...(refit.report ? { report: refit.report } : {}),
  };
  switch (config.model) {
    case 'bayes_opt':
      return fitGPWithHyperparameters(X, y, { ...base, restarts: config.restarts, rng, ...warm });
    case 'default': {
      const { lower, upper } = config.bounds;
      return fitGPMap(X, y, {
        kernelType: config.kernel.type,
        variance: config.kernel.variance,
        alpha: config.alpha,
        ranges: lower.map((lo, k) => (upper[k] as number) - lo),
        restarts: config.restarts,
        rng,
        ...warm,
      });
    }
  }
}
