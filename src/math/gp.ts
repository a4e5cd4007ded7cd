/**
 * Gaussian-process regression with scikit-learn's GaussianProcessRegressor semantics: optional
 * target normalization (mean, population std), alpha on the diagonal, posterior mean and std.
 * This module conditions the GP (fitGP) and is the one import for callers: input checks and
 * normalization (gpInputs.ts), batched prediction (gpPredict.ts), prediction with gradients
 * (gpGradient.ts) and the log marginal likelihood (gpLikelihood.ts) are re-exported here.
 */
import { covariance } from './kernels.ts';
import { cholesky, cholSolveInPlace, halfLogDet, type CholeskyOptions } from './linalg.ts';
import type { GPModel, KernelSpec, PointSet } from './types.ts';
import { GPError, normalizeTargets, validateData, validateKernel } from './gpInputs.ts';

export { createLmlEvaluator, logMarginalLikelihood, type LmlEvaluator } from './gpLikelihood.ts';
export {
  GPError,
  normalizeTargets,
  validateData,
  validateKernel,
  type GPErrorReason,
} from './gpInputs.ts';
export { predict, predictStdBound, VARIANCE_FLOOR } from './gpPredict.ts';
export {
  createPredictScratch,
  predictWithGradient,
  type PredictGradScratch,
  type PredictionWithGradient,
} from './gpGradient.ts';

const LOG_2PI = Math.log(2 * Math.PI);

/** How to condition a GP (scikit-learn's GaussianProcessRegressor arguments, kernel fixed). */
export interface FitGPOptions {
  readonly kernel: KernelSpec;
  /** Added to the diagonal of K (noise variance in normalized units), >= 0. */
  readonly alpha: number;
  readonly normalizeY: boolean;
  readonly cholesky?: CholeskyOptions;
}

/**
 * Conditions a GP on (X, y). Throws GPError on empty or mismatched input, non-finite values, a bad
 * kernel, or a covariance that stays indefinite after the jitter retries. The jitter the Cholesky
 * factorization needed is reported in the model.
 */
export function fitGP(
  X: PointSet,
  y: Float64Array | readonly number[],
  opts: FitGPOptions,
): GPModel {
  const yv = validateData(X, y);
  validateKernel(opts.kernel, X.d);
  if (!(Number.isFinite(opts.alpha) && opts.alpha >= 0)) {
    throw new GPError('invalid-option', `alpha must be finite and >= 0, got ${opts.alpha}`);
  }
  const n = X.n;
  const { yNorm, yMean, yStd } = normalizeTargets(yv, opts.normalizeY);
  const K = covariance(opts.kernel, X);
  for (let i = 0; i < n; i++) K[i * n + i] = (K[i * n + i] as number) + opts.alpha;
  const chol = cholesky(K, n, opts.cholesky);
  if (!chol.ok) throw new GPError(chol.reason, `GP covariance: ${chol.message}`);
  const weights = cholSolveInPlace(chol.L, n, Float64Array.from(yNorm));
  let fit = 0;
  for (let i = 0; i < n; i++) fit += (yNorm[i] as number) * (weights[i] as number);
  return {
    X: { data: X.data.slice(0, n * X.d), n, d: X.d },
    kernel: opts.kernel,
    alpha: opts.alpha,
    normalizeY: opts.normalizeY,
    yMean,
    yStd,
    yNorm,
    L: chol.L,
    weights,
    jitter: chol.jitter,
    logMarginalLikelihood: -0.5 * fit - halfLogDet(chol.L, n) - 0.5 * n * LOG_2PI,
  };
}
