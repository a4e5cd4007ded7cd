/**
 * The modern default GP fit (the "default" model preset), after BoTorch's SingleTaskGP (0.12+) and
 * Optuna's GPSampler: inputs scaled to the unit cube, targets standardized, one length scale per
 * dimension with a log-normal prior, fitted by MAP (log marginal likelihood + log prior) with
 * L-BFGS-B from a short length scale and random restarts drawn from the rng.
 *
 * - Prior: LogNormal(loc = sqrt(2) + log(d) / 2, scale = sqrt(3)) on each unit-cube length scale
 *   (Hvarfner, Hellsten & Nardi 2024, "Vanilla Bayesian Optimization Performs Great in High
 *   Dimensions"; BoTorch's get_covar_module_with_dim_scaled_prior), as a normal density on log l
 *   (see logPriorWithGradient for why not gpytorch's density in l).
 * - Lower bound 0.025 on the unit-cube length scale (BoTorch's GreaterThan(2.5e-2)): below it a
 *   GP on a few points predicts nothing between them, the failure the prior exists to prevent.
 * - Signal variance: the kernel's (1 by default) on standardized targets, not fitted, as BoTorch
 *   0.12+ does (no ScaleKernel): with standardized targets the prior variance is already the data's.
 * - Noise: the objectives here are deterministic, so no noise is fitted; alpha (1e-6, Optuna's
 *   DEFAULT_MINIMUM_NOISE_VAR for deterministic objectives) is a fixed jitter.
 *
 * The fitted model is stored in search units with length scales multiplied by each dimension's
 * width: the same kernel as the unit-cube one, so prediction, gradients, Thompson paths and the
 * WebAssembly path need no input transform and stay bit-identical to each other.
 */
import { createLmlEvaluator, fitGP, GPError, normalizeTargets, validateData } from './gp.ts';
import {
  acceptWarm,
  countEvaluations,
  warmTheta,
  type FitReport,
  type WarmStart,
} from './gpWarmStart.ts';
import { minimizeBounded } from './lbfgsb.ts';
import type { CholeskyOptions } from './linalg.ts';
import type { Rng } from './rng.ts';
import type { GPModel, KernelType, PointSet } from './types.ts';

/** Bounds on a unit-cube length scale: BoTorch's lower constraint, and far past any flat fit. */
export const UNIT_LENGTH_SCALE_BOUNDS: readonly [number, number] = [0.025, 1e3];

export interface LogNormalPrior {
  readonly loc: number;
  readonly scale: number;
}

/** Hvarfner et al.'s dimension-scaled prior on unit-cube length scales (BoTorch's default). */
export function lengthScalePrior(d: number): LogNormalPrior {
  return { loc: Math.SQRT2 + Math.log(d) / 2, scale: Math.sqrt(3) };
}

/**
 * log p(theta) of theta = log l, up to a constant, and its derivative: the log-normal prior as the
 * normal density of the parameter the search moves, so the fit is the posterior's mode in theta.
 * gpytorch's LogNormalPrior.log_prob is the density in l (an extra -theta, mode exp(loc - scale^2),
 * 0.2 in 1D); measured in bench/boQuality.ts (issue 14), the density in theta (mode exp(loc)) halved
 * the 2D regrets, passed the first-frame test on 99 of 100 seeds instead of 63, and cost 1D.
 */
export function logPriorWithGradient(theta: number, prior: LogNormalPrior): [number, number] {
  const s2 = prior.scale * prior.scale;
  const u = theta - prior.loc;
  return [-(u * u) / (2 * s2), -u / s2];
}

export interface FitMapOptions {
  readonly kernelType: KernelType;
  /** Signal variance on standardized targets (not fitted). */
  readonly variance: number;
  /** Fixed jitter on the diagonal, in standardized units. */
  readonly alpha: number;
  /** Width of each dimension in search units: the unit cube's scale. */
  readonly ranges: readonly number[];
  /** Random restarts besides the prior's mode. */
  readonly restarts: number;
  readonly rng: Rng;
  readonly cholesky?: CholeskyOptions;
  /** The previous fit's length scales, in search units (see gpWarmStart.ts). */
  readonly warmStart?: WarmStart;
  /** Told how the fit searched and what it cost. */
  readonly report?: (r: FitReport) => void;
}

/** MAP fit of unit-cube ARD length scales; the GP on (X, y) with them, in search units. */
export function fitGPMap(
  X: PointSet,
  y: Float64Array | readonly number[],
  opts: FitMapOptions,
): GPModel {
  const yv = validateData(X, y);
  const d = X.d;
  if (opts.ranges.length !== d || !opts.ranges.every((r) => Number.isFinite(r) && r > 0)) {
    throw new GPError('invalid-option', `ranges must be ${d} positive widths`);
  }
  if (!(Number.isInteger(opts.restarts) && opts.restarts >= 0)) {
    throw new GPError('invalid-option', `restarts must be an integer >= 0, got ${opts.restarts}`);
  }
  const unit = new Float64Array(X.n * d);
  for (let i = 0; i < X.n; i++)
    for (let k = 0; k < d; k++)
      unit[i * d + k] = (X.data[i * d + k] as number) / (opts.ranges[k] as number);
  const Xu: PointSet = { data: unit, n: X.n, d };
  const { yNorm } = normalizeTargets(yv, true);
  const prior = lengthScalePrior(d);

  const count = { n: 0 };
  const posterior = (cholOpts: CholeskyOptions): NegPosterior =>
    negPosteriorOf(
      countEvaluations(
        createLmlEvaluator(Xu, yNorm, opts.kernelType, opts.variance, opts.alpha, true, cholOpts),
        count,
      ).evaluate,
      d,
      prior,
    );
  const search = (cholOpts: CholeskyOptions): Float64Array | null =>
    searchMap(posterior(cholOpts), d, prior, opts.restarts, opts.rng);
  const warm = opts.warmStart
    ? warmMap(posterior({ maxTries: 0 }), opts.warmStart, prior, opts.ranges)
    : null;
  // As in gpFit.ts: an indefinite K is a posterior of -Infinity; jitter only if it is everywhere.
  const theta = warm ?? search({ maxTries: 0 }) ?? search(opts.cholesky ?? {});
  opts.report?.({ mode: warm ? 'warm' : 'full', evaluations: count.n });
  if (!theta) {
    throw new GPError(
      'not-positive-definite',
      'GP covariance could not be factored for any length scale tried',
    );
  }
  const [lo, hi] = UNIT_LENGTH_SCALE_BOUNDS;
  const scales = Array.from(
    theta,
    (t, k) => Math.min(hi, Math.max(lo, Math.exp(t))) * (opts.ranges[k] as number),
  );
  return fitGP(X, yv, {
    kernel: {
      type: opts.kernelType,
      lengthScale: d === 1 ? (scales[0] as number) : scales,
      variance: opts.variance,
    },
    alpha: opts.alpha,
    normalizeY: true,
    ...(opts.cholesky ? { cholesky: opts.cholesky } : {}),
  });
}

/** -(LML + log prior) and its gradient in the unit-cube log length scales, for minimizeBounded. */
type NegPosterior = (theta: Float64Array, grad: Float64Array) => number;

function negPosteriorOf(
  lml: (theta: ArrayLike<number>, grad?: Float64Array) => number,
  d: number,
  prior: LogNormalPrior,
): NegPosterior {
  return (theta, grad) => {
    let v = lml(theta, grad);
    if (v === -Infinity) return Infinity;
    for (let j = 0; j < d; j++) {
      const [lp, dlp] = logPriorWithGradient(theta[j] as number, prior);
      v += lp;
      grad[j] = -((grad[j] as number) + dlp);
    }
    return -v;
  };
}

/** The cold search's first start: the density in l's mode (see searchMap). */
function shortStart(prior: LogNormalPrior): number {
  const [lo, hi] = UNIT_LENGTH_SCALE_BOUNDS;
  return Math.min(Math.log(hi), Math.max(Math.log(lo), prior.loc - prior.scale * prior.scale));
}

/** One L-BFGS-B run from the warm start; its optimum, or null when gpWarmStart.ts refuses it. */
function warmMap(
  negPosterior: NegPosterior,
  warm: WarmStart,
  prior: LogNormalPrior,
  ranges: readonly number[],
): Float64Array | null {
  const d = ranges.length;
  const logLo = Math.log(UNIT_LENGTH_SCALE_BOUNDS[0]);
  const logHi = Math.log(UNIT_LENGTH_SCALE_BOUNDS[1]);
  const x0 = warmTheta(warm, d, logLo, logHi, (k) => ranges[k] as number);
  if (!x0) return null;
  const lower = new Float64Array(d).fill(logLo);
  const upper = new Float64Array(d).fill(logHi);
  const res = minimizeBounded(negPosterior, x0, lower, upper);
  const first = new Float64Array(d).fill(shortStart(prior));
  const firstValue = -negPosterior(first, new Float64Array(d));
  return acceptWarm(res.x, -res.f, x0, logLo, logHi, firstValue) ? res.x : null;
}

/**
 * Maximizes LML + log prior over log length scales within the bounds, from a short start and
 * `restarts` starts drawn uniformly (in log) over it +/- 2 prior scales; null when the posterior
 * was -Infinity everywhere. The rng advances the same way for any data.
 */
function searchMap(
  negPosterior: NegPosterior,
  d: number,
  prior: LogNormalPrior,
  restarts: number,
  rng: Rng,
): Float64Array | null {
  const logLo = Math.log(UNIT_LENGTH_SCALE_BOUNDS[0]);
  const logHi = Math.log(UNIT_LENGTH_SCALE_BOUNDS[1]);
  const clamp = (t: number): number => Math.min(logHi, Math.max(logLo, t));
  // The first start is short (the density in l's mode, exp(loc - scale^2)): from there the search
  // finds the short length scales of a sharp objective, which a start at the prior's mode can miss.
  const mode = prior.loc - prior.scale * prior.scale;
  const starts = [new Float64Array(d).fill(shortStart(prior))];
  for (let r = 0; r < restarts; r++) {
    const th = new Float64Array(d);
    for (let j = 0; j < d; j++) th[j] = clamp(mode + rng.uniform(-2, 2) * prior.scale);
    starts.push(th);
  }
  const lower = new Float64Array(d).fill(logLo);
  const upper = new Float64Array(d).fill(logHi);
  let best: Float64Array | null = null;
  let bestValue = -Infinity;
  for (const x0 of starts) {
    const res = minimizeBounded(negPosterior, x0, lower, upper);
    // Ties keep the earlier start (the short one first).
    if (-res.f > bestValue) {
      bestValue = -res.f;
      best = res.x;
    }
  }
  return best;
}
