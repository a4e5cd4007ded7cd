/**
 * Shared numeric types of src/math. Points are stored row-major in a Float64Array so that batched
 * routines run without per-point allocation.
 */

/** n points of d dimensions, row-major: point i, dim k is data[i * d + k]. */
export interface PointSet {
  readonly data: Float64Array;
  readonly n: number;
  readonly d: number;
}

/** The kernels, the default (bayes_opt's) first; add one here and the compiler lists its uses. */
export const KERNEL_TYPES = ['matern52', 'matern32', 'matern12', 'rbf'] as const;
export type KernelType = (typeof KERNEL_TYPES)[number];

/** A stationary kernel: variance * k(r), r the Euclidean distance after dividing by length scales. */
export interface KernelSpec {
  readonly type: KernelType;
  /** One number (isotropic) or one per dimension (ARD). */
  readonly lengthScale: number | readonly number[];
  readonly variance: number;
}

/** Builds a PointSet from nested arrays (the CLI/JSON form). Throws on ragged input. */
export function pointSet(rows: readonly (readonly number[])[], d?: number): PointSet {
  const dim = d ?? rows[0]?.length ?? 0;
  const data = new Float64Array(rows.length * dim);
  rows.forEach((row, i) => {
    if (row.length !== dim)
      throw new RangeError(`row ${i} has ${row.length} values, expected ${dim}`);
    for (let k = 0; k < dim; k++) data[i * dim + k] = row[k] as number;
  });
  return { data, n: rows.length, d: dim };
}

/** Inverse of pointSet. */
export function toRows(p: PointSet): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < p.n; i++) rows.push(Array.from(p.data.subarray(i * p.d, (i + 1) * p.d)));
  return rows;
}

/**
 * A fitted Gaussian process (scikit-learn's GaussianProcessRegressor semantics): targets are
 * normalized when normalizeY is set, alpha is added to the diagonal, and L is the Cholesky factor
 * of K(X, X) + (alpha + jitter) I in normalized units.
 */
export interface GPModel {
  readonly X: PointSet;
  /** The kernel as used (after fitting, if it was fitted). */
  readonly kernel: KernelSpec;
  readonly alpha: number;
  readonly normalizeY: boolean;
  /** y = yNorm * yStd + yMean; 0 and 1 when normalizeY is false. */
  readonly yMean: number;
  readonly yStd: number;
  /** Targets in normalized units. */
  readonly yNorm: Float64Array;
  /** Lower Cholesky factor, n x n row-major. */
  readonly L: Float64Array;
  /** (K + alpha I)^-1 yNorm. */
  readonly weights: Float64Array;
  /** Extra diagonal jitter the factorization needed (0 when none). */
  readonly jitter: number;
  /** Log marginal likelihood of yNorm, as scikit-learn reports it. */
  readonly logMarginalLikelihood: number;
}
