/**
 * Dense linear algebra on row-major Float64Array matrices: Cholesky with jitter retries and the
 * triangular solves the GP needs. No explicit inverses anywhere.
 */

export interface CholeskyOptions {
  /** First jitter tried after the plain factorization fails (default 1e-8). */
  readonly baseJitter?: number;
  /** How many jittered retries, jitter = baseJitter * 10^i (default 6). */
  readonly maxTries?: number;
}

export type CholeskyResult =
  | { readonly ok: true; readonly L: Float64Array; readonly jitter: number }
  | {
      readonly ok: false;
      readonly reason: 'non-finite' | 'not-positive-definite';
      readonly message: string;
    };

/**
 * Lower Cholesky factor of the symmetric n x n matrix A (A is not modified). The input is checked
 * for finiteness first and symmetrized ((A + A^T) / 2) so that round-off asymmetry from kernel
 * evaluation cannot make the factorization depend on which triangle is read.
 */
export function cholesky(A: Float64Array, n: number, opts: CholeskyOptions = {}): CholeskyResult {
  const baseJitter = opts.baseJitter ?? 1e-8;
  const maxTries = opts.maxTries ?? 6;
  if (A.length < n * n) throw new RangeError(`matrix has ${A.length} entries, expected ${n * n}`);
  for (let i = 0; i < n * n; i++) {
    if (!Number.isFinite(A[i] as number)) {
      return {
        ok: false,
        reason: 'non-finite',
        message: `matrix entry (${Math.floor(i / n)}, ${i % n}) is ${A[i]}: check the inputs for NaN or Infinity`,
      };
    }
  }
  const S = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const v = 0.5 * ((A[i * n + j] as number) + (A[j * n + i] as number));
      S[i * n + j] = v;
      S[j * n + i] = v;
    }
  }
  const L = new Float64Array(n * n);
  for (let t = 0; t <= maxTries; t++) {
    const jitter = t === 0 ? 0 : baseJitter * 10 ** (t - 1);
    if (factorInto(S, n, jitter, L)) return { ok: true, L, jitter };
  }
  return {
    ok: false,
    reason: 'not-positive-definite',
    message: `matrix is not positive definite even with jitter ${baseJitter * 10 ** (maxTries - 1)} on the diagonal`,
  };
}

/** Cholesky-Banachiewicz into L (lower, row-major); false if a pivot is not positive. */
function factorInto(S: Float64Array, n: number, jitter: number, L: Float64Array): boolean {
  L.fill(0);
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = 0; j <= i; j++) {
      const rj = j * n;
      let sum = S[ri + j] as number;
      if (i === j) sum += jitter;
      for (let k = 0; k < j; k++) sum -= (L[ri + k] as number) * (L[rj + k] as number);
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return false;
        L[ri + i] = Math.sqrt(sum);
      } else {
        L[ri + j] = sum / (L[rj + j] as number);
      }
    }
  }
  return true;
}

/** Solves L x = b in place (L lower triangular, row-major n x n). */
export function solveLowerInPlace(L: Float64Array, n: number, b: Float64Array): Float64Array {
  for (let i = 0; i < n; i++) {
    let s = b[i] as number;
    const ri = i * n;
    for (let k = 0; k < i; k++) s -= (L[ri + k] as number) * (b[k] as number);
    b[i] = s / (L[ri + i] as number);
  }
  return b;
}

/** Solves L^T x = b in place (L lower triangular, row-major n x n). */
export function solveLowerTransposeInPlace(
  L: Float64Array,
  n: number,
  b: Float64Array,
): Float64Array {
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i] as number;
    for (let k = i + 1; k < n; k++) s -= (L[k * n + i] as number) * (b[k] as number);
    b[i] = s / (L[i * n + i] as number);
  }
  return b;
}

/** Solves (L L^T) x = b in place. */
export function cholSolveInPlace(L: Float64Array, n: number, b: Float64Array): Float64Array {
  return solveLowerTransposeInPlace(L, n, solveLowerInPlace(L, n, b));
}

/** Sum of log of the diagonal of L: half the log determinant of L L^T. */
export function halfLogDet(L: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.log(L[i * n + i] as number);
  return s;
}
