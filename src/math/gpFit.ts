/**
 * ML-II fit of the length scale(s): maximize the log marginal likelihood over log length scales in
 * a box, from the given length scale and `restarts` log-uniform random starts (scikit-learn's
 * n_restarts_optimizer), plus a deterministic coarse scan so that a lucky random start is not
 * needed to find the best basin. The variance stays as given (bayes_opt uses Matern alone).
 */
import {
  createLmlEvaluator,
  fitGP,
  GPError,
  normalizeTargets,
  validateData,
  validateKernel,
} from './gp.ts';
import { minimizeBounded } from './lbfgsb.ts';
import type { LmlEvaluator } from './gpLikelihood.ts';
import {
  acceptWarm,
  countEvaluations,
  warmTheta,
  type FitReport,
  type WarmStart,
} from './gpWarmStart.ts';
import type { CholeskyOptions } from './linalg.ts';
import type { Rng } from './rng.ts';
import type { GPModel, KernelSpec, PointSet } from './types.ts';

export interface FitHyperparametersOptions {
  /** Kernel type, variance, and the length scale(s) to start from; an array means ARD. */
  readonly kernel: KernelSpec;
  readonly alpha: number;
  readonly normalizeY: boolean;
  /** Random restarts besides the given start (default 5, as bayes_opt). */
  readonly restarts?: number;
  /** Length-scale bounds (default [1e-5, 1e5], as scikit-learn). */
  readonly bounds?: readonly [number, number];
  readonly rng: Rng;
  /** Only length scales are fitted. */
  readonly optimizeVariance?: false;
  readonly cholesky?: CholeskyOptions;
  /**
   * Add a deterministic coarse scan of the log length scale to the starts (default true). Off, the
   * starts are exactly sklearn's: the given length scale plus `restarts` random ones.
   */
  readonly scan?: boolean;
  /**
   * The previous fit's length scale(s): one local run from there replaces the search when its
   * result passes gpWarmStart.ts's checks (the caller applies fullSearchDue).
   */
  readonly warmStart?: WarmStart;
  /** Told how the fit searched and what it cost (benches, progress). */
  readonly report?: (r: FitReport) => void;
}

/** scikit-learn's default length-scale bounds, which bayes_opt keeps. */
export const LENGTH_SCALE_BOUNDS: readonly [number, number] = [1e-5, 1e5];

/**
 * True when a fitted length scale (any dimension, for ARD) sits at the lower bound. ML-II goes
 * there when the observations look uncorrelated at every scale it may use: with two points and
 * normalize_y it always does (their targets normalize to -1 and +1, and the likelihood then only
 * grows as their correlation shrinks). Such a GP predicts nothing between its points.
 */
export function atLowerLengthScaleBound(
  lengthScale: number | readonly number[],
  lower: number = LENGTH_SCALE_BOUNDS[0],
): boolean {
  const all = typeof lengthScale === 'number' ? [lengthScale] : lengthScale;
  // exp(log(bound)) and the optimizer's projection land within an ulp or two of it.
  return all.some((l) => l <= lower * (1 + 1e-9));
}

/** Points of the coarse scan of the log length scale across the bounds. */
const SCAN_POINTS = 32;

/** -LML and its gradient, for minimizeBounded. */
function negLmlOf(ev: LmlEvaluator): (theta: Float64Array, grad: Float64Array) => number {
  return (theta, grad) => {
    const v = ev.evaluate(theta, grad);
    for (let j = 0; j < ev.nParams; j++) grad[j] = -(grad[j] as number);
    return -v;
  };
}

/**
 * The search of fitGPWithHyperparameters on one evaluator: L-BFGS-B from the given length scale,
 * the best point of the scan (when scan) and `restarts` random starts; the best log length scales
 * found, or null when the likelihood was -Infinity everywhere. Exported for bench/lmlEval.ts,
 * which runs it with the old evaluator as well.
 */
export function searchLengthScales(
  ev: LmlEvaluator,
  lengthScale: number | readonly number[],
  [lo, hi]: readonly [number, number],
  restarts: number,
  rng: Rng,
  scan: boolean,
): Float64Array | null {
  const p = ev.nParams;
  const logLo = Math.log(lo);
  const logHi = Math.log(hi);
  const lower = new Float64Array(p).fill(logLo);
  const upper = new Float64Array(p).fill(logHi);
  const clampLog = (l: number): number => Math.min(logHi, Math.max(logLo, Math.log(l)));

  const starts: Float64Array[] = [];
  const ls = lengthScale;
  starts.push(
    typeof ls === 'number' ? Float64Array.of(clampLog(ls)) : Float64Array.from(ls, clampLog),
  );
  // Deterministic scan along the isotropic diagonal: the LML in log length scale is smooth
  // and has few basins, so the best grid point lies in (or next to) the best basin. Values
  // only: no gradient, so each point costs one factorization.
  const probe = new Float64Array(p);
  let scanBest = -Infinity;
  let scanTheta = NaN;
  for (let s = 0; s < (scan ? SCAN_POINTS : 0); s++) {
    const t = logLo + ((logHi - logLo) * s) / (SCAN_POINTS - 1);
    probe.fill(t);
    const v = ev.evaluate(probe);
    if (v > scanBest) {
      scanBest = v;
      scanTheta = t;
    }
  }
  if (Number.isFinite(scanBest)) starts.push(new Float64Array(p).fill(scanTheta));
  // The random starts draw from the rng whether or not they are needed, so the rng advances
  // the same way for any data.
  for (let r = 0; r < restarts; r++) {
    const th = new Float64Array(p);
    for (let j = 0; j < p; j++) th[j] = rng.uniform(logLo, logHi);
    starts.push(th);
  }

  const negLml = negLmlOf(ev);
  let best: Float64Array | null = null;
  let bestValue = -Infinity;
  for (const x0 of starts) {
    const res = minimizeBounded(negLml, x0, lower, upper);
    const v = -res.f;
    // Ties keep the earlier start (the given length scale first), as sklearn's argmin does.
    if (v > bestValue) {
      bestValue = v;
      best = res.x;
    }
  }
  return best;
}

/**
 * Fits the length scale(s) by maximizing the log marginal likelihood, then conditions the GP with
 * them. Deterministic given the rng state. Throws GPError as fitGP does.
 */
export function fitGPWithHyperparameters(
  X: PointSet,
  y: Float64Array | readonly number[],
  opts: FitHyperparametersOptions,
): GPModel {
  const yv = validateData(X, y);
  validateKernel(opts.kernel, X.d);
  const restarts = opts.restarts ?? 5;
  const [lo, hi] = opts.bounds ?? LENGTH_SCALE_BOUNDS;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo > 0 && lo <= hi)) {
    throw new GPError(
      'invalid-option',
      `length-scale bounds must satisfy 0 < lower <= upper, got [${lo}, ${hi}]`,
    );
  }
  if (!(Number.isInteger(restarts) && restarts >= 0)) {
    throw new GPError('invalid-option', `restarts must be an integer >= 0, got ${restarts}`);
  }
  if (!(Number.isFinite(opts.alpha) && opts.alpha >= 0)) {
    throw new GPError('invalid-option', `alpha must be finite and >= 0, got ${opts.alpha}`);
  }
  const { kernel } = opts;
  const ard = typeof kernel.lengthScale !== 'number';
  const { yNorm } = normalizeTargets(yv, opts.normalizeY);

  const count = { n: 0 };
  const evaluator = (cholOpts: CholeskyOptions): LmlEvaluator =>
    countEvaluations(
      createLmlEvaluator(X, yNorm, kernel.type, kernel.variance, opts.alpha, ard, cholOpts),
      count,
    );
  const fitOnce = (cholOpts: CholeskyOptions): Float64Array | null =>
    searchLengthScales(
      evaluator(cholOpts),
      kernel.lengthScale,
      [lo, hi],
      restarts,
      opts.rng,
      opts.scan !== false,
    );

  const warm = opts.warmStart
    ? warmFit(evaluator({ maxTries: 0 }), opts.warmStart, kernel, lo, hi)
    : null;
  // Like scikit-learn, the search treats an indefinite K as a likelihood of -Infinity; only if
  // that is true everywhere it looked does it retry with the jittered factorization.
  const theta = warm ?? fitOnce({ maxTries: 0 }) ?? fitOnce(opts.cholesky ?? {});
  opts.report?.({ mode: warm ? 'warm' : 'full', evaluations: count.n });
  if (!theta) {
    throw new GPError(
      'not-positive-definite',
      'GP covariance could not be factored for any length scale tried',
    );
  }
  // exp(log(b)) can land an ulp outside the bound b.
  const toScale = (t: number): number => Math.min(hi, Math.max(lo, Math.exp(t)));
  const lengthScale = ard ? Array.from(theta, toScale) : toScale(theta[0] as number);
  return fitGP(X, yv, {
    kernel: { type: kernel.type, lengthScale, variance: kernel.variance },
    alpha: opts.alpha,
    normalizeY: opts.normalizeY,
    ...(opts.cholesky ? { cholesky: opts.cholesky } : {}),
  });
}

/** One L-BFGS-B run from the warm start; its optimum, or null when gpWarmStart.ts refuses it. */
function warmFit(
  ev: LmlEvaluator,
  warm: WarmStart,
  kernel: KernelSpec,
  lo: number,
  hi: number,
): Float64Array | null {
  const p = ev.nParams;
  const logLo = Math.log(lo);
  const logHi = Math.log(hi);
  const x0 = warmTheta(warm, p, logLo, logHi);
  if (!x0) return null;
  const res = minimizeBounded(
    negLmlOf(ev),
    x0,
    new Float64Array(p).fill(logLo),
    new Float64Array(p).fill(logHi),
  );
  // The full search's first start is the kernel's own length scale(s).
  const first = warmTheta({ lengthScale: kernel.lengthScale }, p, logLo, logHi);
  const firstValue = first ? ev.evaluate(first) : -Infinity;
  return acceptWarm(res.x, -res.f, x0, logLo, logHi, firstValue) ? res.x : null;
}
