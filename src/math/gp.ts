/**
 * Gaussian-process regression with scikit-learn's GaussianProcessRegressor semantics: optional
 * target normalization (mean, population std), alpha on the diagonal, posterior mean and std. The
 * log marginal likelihood and its gradient live in gpLikelihood.ts and are re-exported here.
 */
import { inverseLengthScales, kernelGradFactor, kernelOfDistance, covariance } from './kernels.ts';
import {
  cholesky,
  cholSolveInPlace,
  halfLogDet,
  solveLowerInPlace,
  solveLowerTransposeInPlace,
  type CholeskyOptions,
} from './linalg.ts';
import {
  KERNEL_TYPES,
  type GPModel,
  type KernelSpec,
  type KernelType,
  type PointSet,
} from './types.ts';
import { predictWasm } from './wasm/predictWasm.ts';

export { createLmlEvaluator, logMarginalLikelihood, type LmlEvaluator } from './gpLikelihood.ts';

const LOG_2PI = Math.log(2 * Math.PI);
/** Posterior variance floor in normalized units (DESIGN.md): keeps std > 0 for EI/PI and logs. */
export const VARIANCE_FLOOR = 1e-12;

/**
 * Past this scaled distance exp(-a) is 0 in float64 while the Matern polynomial can overflow to
 * Infinity (Infinity * 0 = NaN): the kernel is set to its limit, 0, instead.
 */
const UNDERFLOW = 745;

/** Which check failed: shapes, finiteness, the factorization, the kernel, or another option. */
export type GPErrorReason =
  | 'empty'
  | 'length-mismatch'
  | 'non-finite'
  | 'not-positive-definite'
  | 'invalid-kernel'
  | 'invalid-option'
  /** Values within float64 whose model would not be (e.g. un-normalized targets past 1e154). */
  | 'overflow';

/** A GP could not be built from its inputs; reason says which check failed. */
export class GPError extends Error {
  constructor(
    readonly reason: GPErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'GPError';
  }
}

/** How to condition a GP (scikit-learn's GaussianProcessRegressor arguments, kernel fixed). */
export interface FitGPOptions {
  readonly kernel: KernelSpec;
  /** Added to the diagonal of K (noise variance in normalized units), >= 0. */
  readonly alpha: number;
  readonly normalizeY: boolean;
  readonly cholesky?: CholeskyOptions;
}

/** Throws GPError unless the kernel is usable on d-dimensional inputs. */
export function validateKernel(kernel: KernelSpec, d: number): void {
  if (!KERNEL_TYPES.includes(kernel.type)) {
    throw new GPError('invalid-kernel', `unknown kernel type ${String(kernel.type)}`);
  }
  if (!(Number.isFinite(kernel.variance) && kernel.variance > 0)) {
    throw new GPError(
      'invalid-kernel',
      `kernel variance must be finite and > 0, got ${kernel.variance}`,
    );
  }
  const ls = kernel.lengthScale;
  const list = typeof ls === 'number' ? [ls] : ls;
  if (typeof ls !== 'number' && ls.length !== d) {
    throw new GPError(
      'invalid-kernel',
      `lengthScale has ${ls.length} entries, expected 1 number or ${d}`,
    );
  }
  for (const l of list) {
    if (!(Number.isFinite(l) && l > 0)) {
      throw new GPError('invalid-kernel', `length scales must be finite and > 0, got ${l}`);
    }
  }
}

/** Checks X and y (shapes, finiteness) and returns y as a Float64Array. */
export function validateData(X: PointSet, y: Float64Array | readonly number[]): Float64Array {
  if (X.n < 1 || X.d < 1)
    throw new GPError('empty', `need at least one point of dimension >= 1, got ${X.n} x ${X.d}`);
  if (X.data.length < X.n * X.d) {
    throw new GPError('length-mismatch', `X holds ${X.data.length} numbers, expected ${X.n * X.d}`);
  }
  if (y.length !== X.n)
    throw new GPError('length-mismatch', `y has ${y.length} values but X has ${X.n} points`);
  for (let i = 0; i < X.n * X.d; i++) {
    const v = X.data[i] as number;
    if (!Number.isFinite(v)) {
      throw new GPError(
        'non-finite',
        `X[${Math.floor(i / X.d)}][${i % X.d}] is ${v}: inputs must be finite`,
      );
    }
  }
  const out = Float64Array.from(y);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i] as number))
      throw new GPError('non-finite', `y[${i}] is ${out[i]}: targets must be finite`);
  }
  return out;
}

/**
 * Target normalization as scikit-learn's normalize_y: mean and population std (ddof 0), a std
 * below 10 machine epsilons replaced by 1 (sklearn's _handle_zeros_in_scale). Targets so large
 * that their sum or squared deviations overflow (|y| beyond about 1e154) are normalized in units of
 * max|y| instead; ordinary targets never take that path, so their bits stay sklearn's. Without
 * normalization, targets whose squares overflow cannot give a finite likelihood: GPError.
 */
export function normalizeTargets(
  y: Float64Array,
  normalizeY: boolean,
): { yNorm: Float64Array; yMean: number; yStd: number } {
  const n = y.length;
  if (!normalizeY || n === 0) {
    checkUnnormalizedScale(y);
    return { yNorm: Float64Array.from(y), yMean: 0, yStd: 1 };
  }
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i] as number;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((y[i] as number) - mean) ** 2;
  if (!Number.isFinite(ss)) return normalizeLargeTargets(y);
  let std = Math.sqrt(ss / n);
  if (std < 10 * Number.EPSILON) std = 1;
  const yNorm = new Float64Array(n);
  for (let i = 0; i < n; i++) yNorm[i] = ((y[i] as number) - mean) / std;
  return { yNorm, yMean: mean, yStd: std };
}

/**
 * normalizeTargets for targets whose moments overflow: the same formulas on u = y / max|y|, where
 * |u| <= 1 so no sum, square or difference can overflow, and yNorm = (u - mean_u) / std_u.
 */
function normalizeLargeTargets(y: Float64Array): {
  yNorm: Float64Array;
  yMean: number;
  yStd: number;
} {
  const n = y.length;
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(y[i] as number));
  const u = Float64Array.from(y, (v) => v / scale);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += u[i] as number;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((u[i] as number) - mean) ** 2;
  const stdU = Math.sqrt(ss / n);
  const yMean = mean * scale;
  let yStd = stdU * scale;
  const yNorm = new Float64Array(n);
  if (yStd < 10 * Number.EPSILON) {
    // All targets (nearly) equal: sklearn's std of 1, and y - mean cannot overflow.
    yStd = 1;
    for (let i = 0; i < n; i++) yNorm[i] = (y[i] as number) - yMean;
  } else {
    for (let i = 0; i < n; i++) yNorm[i] = ((u[i] as number) - mean) / stdU;
  }
  return { yNorm, yMean, yStd };
}

/**
 * Un-normalized targets enter the likelihood squared (y^T K^-1 y): past about 1e154 that is
 * Infinity for every kernel, and an ML-II search would blame the covariance instead.
 */
function checkUnnormalizedScale(y: Float64Array): void {
  let ss = 0;
  let big = 0;
  for (const v of y) {
    ss += v * v;
    big = Math.max(big, Math.abs(v));
  }
  if (!Number.isFinite(ss)) {
    throw new GPError(
      'overflow',
      `targets up to ${big.toExponential(2)} are too large to model without normalization ` +
        '(their squares overflow float64): normalize them (normalizeY) or rescale them',
    );
  }
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

/** Replaces squared scaled distances by kernel values; the switch sits outside the hot loop. */
function kernelFromSquaredInPlace(
  type: KernelType,
  variance: number,
  buf: Float64Array,
  len: number,
): void {
  switch (type) {
    case 'rbf':
      for (let i = 0; i < len; i++) buf[i] = variance * Math.exp(-0.5 * (buf[i] as number));
      break;
    case 'matern12':
      for (let i = 0; i < len; i++) buf[i] = variance * Math.exp(-Math.sqrt(buf[i] as number));
      break;
    case 'matern32':
      for (let i = 0; i < len; i++) {
        const a = Math.sqrt(3 * (buf[i] as number));
        buf[i] = a < UNDERFLOW ? variance * (1 + a) * Math.exp(-a) : 0;
      }
      break;
    case 'matern52':
      for (let i = 0; i < len; i++) {
        const a = Math.sqrt(5 * (buf[i] as number));
        buf[i] = a < UNDERFLOW ? variance * (1 + a + (a * a) / 3) * Math.exp(-a) : 0;
      }
      break;
    default: {
      // Writes in place: a kernel missing here would leave buffers unwritten; the compiler says so.
      const unhandled: never = type;
      throw new TypeError(`unknown kernel ${String(unhandled)}`);
    }
  }
}

/**
 * Test points handled together. The triangular solve is the O(n^2)-per-point hot loop; eight
 * independent right-hand sides give eight accumulator chains per loaded row of L.
 */
const BLOCK = 8;

/**
 * Posterior mean and standard deviation (in the units of y) at every point of Xs, written into
 * outMean and outStd. Variance is clipped at 0 as scikit-learn does, then floored at
 * VARIANCE_FLOOR (normalized units). Allocation is per call, not per point. Where WebAssembly SIMD
 * is available, wasm/predictModule.ts does this work with the same operations in the same order
 * (the same bits, as its tests check): a change to the arithmetic here must be made there too.
 */
export function predict(
  model: GPModel,
  Xs: PointSet,
  outMean: Float64Array,
  outStd: Float64Array,
): void {
  const { X, L, weights, kernel, yMean, yStd } = model;
  const n = X.n;
  const d = X.d;
  const m = Xs.n;
  if (Xs.d !== d) throw new RangeError(`points have ${Xs.d} dims, the model ${d}`);
  if (outMean.length < m || outStd.length < m) {
    throw new RangeError(`output arrays shorter than ${m}`);
  }
  if (m === 0) return;
  // yStd past 1.34e154 squares to Infinity: then the std is sqrt(var) * yStd, in JS only (the wasm
  // kernel takes yStd^2). Ordinary yStd keeps sqrt(var * yStd^2), the bits sklearn parity needs.
  const yVar = yStd * yStd;
  const hugeScale = !Number.isFinite(yVar);
  if (!hugeScale && predictWasm(model, Xs, outMean, outStd, VARIANCE_FLOOR)) return;
  const inv = inverseLengthScales(kernel, d);
  // Training points pre-divided by the length scales: the distance loop is then plain squares.
  const Xt = new Float64Array(n * d);
  for (let i = 0; i < n * d; i++) Xt[i] = (X.data[i] as number) * (inv[i % d] as number);
  const invDiag = new Float64Array(n);
  for (let i = 0; i < n; i++) invDiag[i] = 1 / (L[i * n + i] as number);
  // buf[i * BLOCK + b]: k(x_i, point b) of the block, then (in place) v = L^-1 k.
  const buf = new Float64Array(n * BLOCK);
  const xs = new Float64Array(d * BLOCK);
  const xsData = Xs.data;
  const variance = kernel.variance;

  for (let start = 0; start < m; start += BLOCK) {
    const cnt = Math.min(BLOCK, m - start);
    // A short last block repeats its last point so the unrolled solve needs no special case.
    for (let b = 0; b < BLOCK; b++) {
      const src = (start + Math.min(b, cnt - 1)) * d;
      for (let k = 0; k < d; k++) xs[b * d + k] = (xsData[src + k] as number) * (inv[k] as number);
    }
    if (d === 1) {
      for (let i = 0; i < n; i++) {
        const xi = Xt[i] as number;
        for (let b = 0; b < BLOCK; b++) {
          const t = (xs[b] as number) - xi;
          buf[i * BLOCK + b] = t * t;
        }
      }
    } else {
      for (let i = 0; i < n; i++) {
        const oi = i * d;
        for (let b = 0; b < BLOCK; b++) {
          let r2 = 0;
          for (let k = 0; k < d; k++) {
            const t = (xs[b * d + k] as number) - (Xt[oi + k] as number);
            r2 += t * t;
          }
          buf[i * BLOCK + b] = r2;
        }
      }
    }
    kernelFromSquaredInPlace(kernel.type, variance, buf, n * BLOCK);

    for (let b = 0; b < cnt; b++) {
      let mu = 0;
      for (let i = 0; i < n; i++) mu += (weights[i] as number) * (buf[i * BLOCK + b] as number);
      outMean[start + b] = mu * yStd + yMean;
    }
    forwardSolveBlock(L, invDiag, n, buf);
    for (let b = 0; b < cnt; b++) {
      let q = 0;
      for (let i = 0; i < n; i++) q += (buf[i * BLOCK + b] as number) ** 2;
      const v = Math.max(variance - q, VARIANCE_FLOOR);
      outStd[start + b] = hugeScale ? Math.sqrt(v) * yStd : Math.sqrt(v * yVar);
    }
  }
}

/**
 * Solves L V = B in place for the BLOCK columns of B (row-major n x BLOCK). Rows go in pairs: each
 * loaded row of V feeds both rows' accumulators, which cuts loads per multiply-add by 40% (about
 * 10-15% faster in V8). Every entry still sums its terms in the same order (k ascending, then the
 * diagonal), so the result is bit-for-bit that of the one-row loop.
 */
function forwardSolveBlock(
  L: Float64Array,
  invDiag: Float64Array,
  n: number,
  buf: Float64Array,
): void {
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const ra = i * n;
    const rb = ra + n;
    const oa = i * BLOCK;
    const ob = oa + BLOCK;
    let a0 = buf[oa] as number;
    let a1 = buf[oa + 1] as number;
    let a2 = buf[oa + 2] as number;
    let a3 = buf[oa + 3] as number;
    let a4 = buf[oa + 4] as number;
    let a5 = buf[oa + 5] as number;
    let a6 = buf[oa + 6] as number;
    let a7 = buf[oa + 7] as number;
    let b0 = buf[ob] as number;
    let b1 = buf[ob + 1] as number;
    let b2 = buf[ob + 2] as number;
    let b3 = buf[ob + 3] as number;
    let b4 = buf[ob + 4] as number;
    let b5 = buf[ob + 5] as number;
    let b6 = buf[ob + 6] as number;
    let b7 = buf[ob + 7] as number;
    for (let k = 0; k < i; k++) {
      const la = L[ra + k] as number;
      const lb = L[rb + k] as number;
      const ok = k * BLOCK;
      let x = buf[ok] as number;
      a0 -= la * x;
      b0 -= lb * x;
      x = buf[ok + 1] as number;
      a1 -= la * x;
      b1 -= lb * x;
      x = buf[ok + 2] as number;
      a2 -= la * x;
      b2 -= lb * x;
      x = buf[ok + 3] as number;
      a3 -= la * x;
      b3 -= lb * x;
      x = buf[ok + 4] as number;
      a4 -= la * x;
      b4 -= lb * x;
      x = buf[ok + 5] as number;
      a5 -= la * x;
      b5 -= lb * x;
      x = buf[ok + 6] as number;
      a6 -= la * x;
      b6 -= lb * x;
      x = buf[ok + 7] as number;
      a7 -= la * x;
      b7 -= lb * x;
    }
    const ia = invDiag[i] as number;
    a0 *= ia;
    a1 *= ia;
    a2 *= ia;
    a3 *= ia;
    a4 *= ia;
    a5 *= ia;
    a6 *= ia;
    a7 *= ia;
    buf[oa] = a0;
    buf[oa + 1] = a1;
    buf[oa + 2] = a2;
    buf[oa + 3] = a3;
    buf[oa + 4] = a4;
    buf[oa + 5] = a5;
    buf[oa + 6] = a6;
    buf[oa + 7] = a7;
    // Row i + 1's last term uses row i, just solved.
    const l = L[rb + i] as number;
    const ib = invDiag[i + 1] as number;
    buf[ob] = (b0 - l * a0) * ib;
    buf[ob + 1] = (b1 - l * a1) * ib;
    buf[ob + 2] = (b2 - l * a2) * ib;
    buf[ob + 3] = (b3 - l * a3) * ib;
    buf[ob + 4] = (b4 - l * a4) * ib;
    buf[ob + 5] = (b5 - l * a5) * ib;
    buf[ob + 6] = (b6 - l * a6) * ib;
    buf[ob + 7] = (b7 - l * a7) * ib;
  }
  if (i < n) forwardSolveLastRow(L, invDiag, n, buf, i);
}

/** Row i of the solve on its own (the last row when n is odd). */
function forwardSolveLastRow(
  L: Float64Array,
  invDiag: Float64Array,
  n: number,
  buf: Float64Array,
  i: number,
): void {
  const ri = i * n;
  const o = i * BLOCK;
  let s0 = buf[o] as number;
  let s1 = buf[o + 1] as number;
  let s2 = buf[o + 2] as number;
  let s3 = buf[o + 3] as number;
  let s4 = buf[o + 4] as number;
  let s5 = buf[o + 5] as number;
  let s6 = buf[o + 6] as number;
  let s7 = buf[o + 7] as number;
  for (let k = 0; k < i; k++) {
    const l = L[ri + k] as number;
    const ok = k * BLOCK;
    s0 -= l * (buf[ok] as number);
    s1 -= l * (buf[ok + 1] as number);
    s2 -= l * (buf[ok + 2] as number);
    s3 -= l * (buf[ok + 3] as number);
    s4 -= l * (buf[ok + 4] as number);
    s5 -= l * (buf[ok + 5] as number);
    s6 -= l * (buf[ok + 6] as number);
    s7 -= l * (buf[ok + 7] as number);
  }
  const id = invDiag[i] as number;
  buf[o] = s0 * id;
  buf[o + 1] = s1 * id;
  buf[o + 2] = s2 * id;
  buf[o + 3] = s3 * id;
  buf[o + 4] = s4 * id;
  buf[o + 5] = s5 * id;
  buf[o + 6] = s6 * id;
  buf[o + 7] = s7 * id;
}

/** Reusable buffers for predictWithGradient (one set per model size). */
export interface PredictGradScratch {
  readonly u: Float64Array;
  readonly gfac: Float64Array;
  readonly dMean: Float64Array;
  readonly dStd: Float64Array;
}

/** Buffers sized for model; pass them to predictWithGradient to avoid allocating per call. */
export function createPredictScratch(model: GPModel): PredictGradScratch {
  const n = model.X.n;
  const d = model.X.d;
  return {
    u: new Float64Array(n),
    gfac: new Float64Array(n),
    dMean: new Float64Array(d),
    dStd: new Float64Array(d),
  };
}

/** Posterior mean and std at one point (units of y) and their gradients in x. */
export interface PredictionWithGradient {
  readonly mean: number;
  readonly std: number;
  /** d mean / d x, in the units of y per unit of x. With a scratch: its buffer, overwritten next call. */
  readonly dMean: Float64Array;
  /** d std / d x; 0 where the variance floor or clip is active. */
  readonly dStd: Float64Array;
}

/**
 * Posterior mean and std at one point with their gradients in x (for local search of the
 * acquisition), consistent with predict. Uses dvar/dx = -2 (K^-1 k_s)^T dk_s/dx with
 * k_s = k(X, x). Matern 1/2 is not differentiable at a training point; there its term is 0.
 * Without a scratch, buffers are allocated per call (the results then stay valid).
 */
export function predictWithGradient(
  model: GPModel,
  x: Float64Array,
  scratch: PredictGradScratch = createPredictScratch(model),
): PredictionWithGradient {
  const { X, L, weights, kernel, yMean, yStd } = model;
  const n = X.n;
  const d = X.d;
  if (x.length !== d) throw new RangeError(`point has ${x.length} dims, the model ${d}`);
  const inv = inverseLengthScales(kernel, d);
  const { u, gfac, dMean, dStd } = scratch;
  const variance = kernel.variance;
  let mean = 0;
  for (let i = 0; i < n; i++) {
    let r2 = 0;
    for (let j = 0; j < d; j++) {
      const t = ((x[j] as number) - (X.data[i * d + j] as number)) * (inv[j] as number);
      r2 += t * t;
    }
    const r = Math.sqrt(r2);
    const kv = variance * kernelOfDistance(kernel.type, r);
    u[i] = kv;
    gfac[i] = variance * kernelGradFactor(kernel.type, r);
    mean += kv * (weights[i] as number);
  }
  solveLowerInPlace(L, n, u);
  let q = 0;
  for (let i = 0; i < n; i++) q += (u[i] as number) ** 2;
  const rawVar = variance - q;
  solveLowerTransposeInPlace(L, n, u); // u = K^-1 k*
  dMean.fill(0);
  dStd.fill(0);
  // dk_i/dx_j = -g(r_i) (x_j - X_ij) / l_j^2, with g = -k'(r)/r (kernelGradFactor).
  for (let i = 0; i < n; i++) {
    const gi = gfac[i] as number;
    if (gi === 0) continue;
    const wi = weights[i] as number;
    const ui = u[i] as number;
    for (let j = 0; j < d; j++) {
      const ij = inv[j] as number;
      const dk = -gi * ((x[j] as number) - (X.data[i * d + j] as number)) * ij * ij;
      dMean[j] = (dMean[j] as number) + wi * dk;
      dStd[j] = (dStd[j] as number) - 2 * ui * dk; // d var / dx for now
    }
  }
  const floored = !(rawVar > VARIANCE_FLOOR);
  const v = floored ? VARIANCE_FLOOR : rawVar;
  const sd = Math.sqrt(v);
  for (let j = 0; j < d; j++) {
    dMean[j] = (dMean[j] as number) * yStd;
    dStd[j] = floored ? 0 : ((dStd[j] as number) / (2 * sd)) * yStd;
  }
  return { mean: mean * yStd + yMean, std: sd * yStd, dMean, dStd };
}
