/**
 * What a GP is built from, checked and scaled: the GPError every check throws, validation of the
 * kernel and of (X, y), and scikit-learn's normalize_y (with a path for targets whose moments
 * overflow float64). Re-exported by gp.ts.
 */
import { KERNEL_TYPES, type KernelSpec, type PointSet } from './types.ts';

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
 * Target normalization as scikit-learn's normalize_y: mean and population std (ddof 0), a std of
 * exactly 0 replaced by 1. sklearn's _handle_zeros_in_scale gets np.std of a 1-D y as a numpy
 * scalar and so takes its scalar branch (== 0), not the array branch's "< 10 eps" test: targets
 * around 1e-16 keep their own std, and a run on c * f stays the run on f. Targets so large
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
  if (std === 0) std = 1;
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
  if (stdU === 0) {
    // All targets equal: sklearn's std of 1, and y - mean cannot overflow.
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
