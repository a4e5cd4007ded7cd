/**
 * Stationary kernels as in scikit-learn: RBF and Matern nu = 1/2, 3/2, 5/2, with isotropic or
 * per-dimension (ARD) length scales and a signal variance.
 */
import type { KernelSpec, KernelType, PointSet } from './types.ts';

const SQRT3 = Math.sqrt(3);
const SQRT5 = Math.sqrt(5);

/** k(r) with unit variance, r the scaled Euclidean distance. */
export function kernelOfDistance(type: KernelType, r: number): number {
  switch (type) {
    case 'rbf':
      return Math.exp(-0.5 * r * r);
    case 'matern12':
      return Math.exp(-r);
    case 'matern32': {
      const a = SQRT3 * r;
      return a < 745 ? (1 + a) * Math.exp(-a) : 0;
    }
    case 'matern52': {
      const a = SQRT5 * r;
      // Beyond ~745, exp underflows to 0 while a^2 may be Infinity: return the limit, not NaN.
      return a < 745 ? (1 + a + (a * a) / 3) * Math.exp(-a) : 0;
    }
  }
}

/**
 * g(r) such that dk/d(log l_j) = g(r) * (dx_j / l_j)^2 (unit variance). For isotropic kernels the
 * derivative in log l is g(r) * r^2. Derived from dk/dr and dr/dlog l_j = -(dx_j/l_j)^2 / r.
 */
export function kernelGradFactor(type: KernelType, r: number): number {
  switch (type) {
    case 'rbf':
      return Math.exp(-0.5 * r * r);
    case 'matern12':
      // (dx_j/l_j)^2 / r <= r, so the product tends to 0 as r -> 0.
      return r > 0 ? Math.exp(-r) / r : 0;
    case 'matern32':
      return 3 * Math.exp(-SQRT3 * r);
    case 'matern52':
      return SQRT5 * r < 745 ? (5 / 3) * (1 + SQRT5 * r) * Math.exp(-SQRT5 * r) : 0;
  }
}

/** Per-dimension inverse length scales (length d), whatever the spec's form. */
export function inverseLengthScales(spec: KernelSpec, d: number): Float64Array {
  const inv = new Float64Array(d);
  const ls = spec.lengthScale;
  for (let k = 0; k < d; k++) {
    const l = typeof ls === 'number' ? ls : ls[k];
    if (l === undefined)
      throw new RangeError(
        `lengthScale has ${(ls as readonly number[]).length} entries, expected ${d}`,
      );
    inv[k] = 1 / l;
  }
  return inv;
}

/**
 * Cross-covariance K[i, j] = variance * k(|(A_i - B_j) / l|), written into out (A.n x B.n,
 * row-major), which is allocated when not given.
 */
export function crossCovariance(
  spec: KernelSpec,
  A: PointSet,
  B: PointSet,
  out?: Float64Array,
): Float64Array {
  if (A.d !== B.d) throw new RangeError(`dimension mismatch: ${A.d} vs ${B.d}`);
  const d = A.d;
  const K = out ?? new Float64Array(A.n * B.n);
  const inv = inverseLengthScales(spec, d);
  const a = A.data;
  const b = B.data;
  for (let i = 0; i < A.n; i++) {
    for (let j = 0; j < B.n; j++) {
      let r2 = 0;
      for (let k = 0; k < d; k++) {
        const t = ((a[i * d + k] as number) - (b[j * d + k] as number)) * (inv[k] as number);
        r2 += t * t;
      }
      K[i * B.n + j] = spec.variance * kernelOfDistance(spec.type, Math.sqrt(r2));
    }
  }
  return K;
}

/** K(X, X) without noise. */
export function covariance(spec: KernelSpec, X: PointSet, out?: Float64Array): Float64Array {
  return crossCovariance(spec, X, X, out);
}
