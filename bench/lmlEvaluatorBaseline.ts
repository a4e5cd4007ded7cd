/**
 * The baseline of bench/lmlEval.ts: src/math/gpLikelihood.ts's evaluator as it was before the
 * blocked kernels (commit 99f8bbc), unchanged but for imports: one dot product per output, K^-1
 * through an explicit L^-1. Kept here, not in src, so that every run measures both side by side.
 */
import { cholSolveInPlace, halfLogDet, type CholeskyOptions } from '../src/math/linalg.ts';
import type { LmlEvaluator } from '../src/math/gpLikelihood.ts';
import type { KernelType, PointSet } from '../src/math/types.ts';

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * sum_k A[oa + k] * B[ob + k] for k < len. Four accumulators break the add-latency chain, which
 * otherwise bounds every O(n^3) loop below.
 */
function dot(A: Float64Array, oa: number, B: Float64Array, ob: number, len: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < len; k += 4) {
    s0 += (A[oa + k] as number) * (B[ob + k] as number);
    s1 += (A[oa + k + 1] as number) * (B[ob + k + 1] as number);
    s2 += (A[oa + k + 2] as number) * (B[ob + k + 2] as number);
    s3 += (A[oa + k + 3] as number) * (B[ob + k + 3] as number);
  }
  for (; k < len; k++) s0 += (A[oa + k] as number) * (B[ob + k] as number);
  return s0 + s1 + (s2 + s3);
}

/** Cholesky of the lower triangle of K (+ jitter on the diagonal) into L; false if not PD. */
function factorLower(K: Float64Array, L: Float64Array, n: number, jitter: number): boolean {
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = 0; j < i; j++) {
      const rj = j * n;
      L[ri + j] = ((K[ri + j] as number) - dot(L, ri, L, rj, j)) / (L[rj + j] as number);
    }
    const piv = (K[ri + i] as number) + jitter - dot(L, ri, L, ri, i);
    // NaN anywhere in K reaches a pivot, so this also rejects non-finite input.
    if (!(piv > 0) || piv === Infinity) return false;
    L[ri + i] = Math.sqrt(piv);
  }
  return true;
}

/**
 * Kernel values and gradient factors for squared scaled distances R2: Kp = variance * k(r),
 * G = variance * g(r) with dk/dlog l_j = g(r) (dx_j / l_j)^2 (kernels.ts's kernelGradFactor),
 * sharing one exp per pair.
 */
function kernelPairs(
  type: KernelType,
  v: number,
  R2: Float64Array,
  Kp: Float64Array,
  G: Float64Array,
): void {
  const P = R2.length;
  switch (type) {
    case 'rbf':
      for (let e = 0; e < P; e++) {
        const k = v * Math.exp(-0.5 * (R2[e] as number));
        Kp[e] = k;
        G[e] = k;
      }
      break;
    case 'matern12':
      for (let e = 0; e < P; e++) {
        const r = Math.sqrt(R2[e] as number);
        const k = v * Math.exp(-r);
        Kp[e] = k;
        G[e] = r > 0 ? k / r : 0;
      }
      break;
    case 'matern32':
      for (let e = 0; e < P; e++) {
        const a = Math.sqrt(3 * (R2[e] as number));
        // Guard Infinity * 0 at huge distances (see gp.ts UNDERFLOW).
        const ex = a < 745 ? v * Math.exp(-a) : 0;
        Kp[e] = ex === 0 ? 0 : (1 + a) * ex;
        G[e] = 3 * ex;
      }
      break;
    case 'matern52':
      for (let e = 0; e < P; e++) {
        const a = Math.sqrt(5 * (R2[e] as number));
        const ex = a < 745 ? v * Math.exp(-a) : 0;
        Kp[e] = ex === 0 ? 0 : (1 + a + (a * a) / 3) * ex;
        G[e] = ex === 0 ? 0 : (5 / 3) * (1 + a) * ex;
      }
      break;
  }
}

/**
 * Prepares LML evaluations for fixed data. Each evaluation costs one kernel matrix and one
 * Cholesky factorization, plus K^-1 (via L^-1) for the gradient. cholOpts has linalg.cholesky's
 * meaning: jitter baseJitter * 10^i on the diagonal for up to maxTries retries.
 */
export function createBaselineLmlEvaluator(
  X: PointSet,
  yNorm: Float64Array,
  type: KernelType,
  variance: number,
  alpha: number,
  ard: boolean,
  cholOpts: CholeskyOptions = {},
): LmlEvaluator {
  const n = X.n;
  const d = X.d;
  const baseJitter = cholOpts.baseJitter ?? 1e-8;
  const maxTries = cholOpts.maxTries ?? 6;
  const nParams = ard ? d : 1;
  const P = (n * (n - 1)) / 2;
  // D[j * P + e]: squared difference in dim j (ARD) or summed over dims (isotropic) of pair e,
  // pairs enumerated as (p, q) with q < p, row by row.
  const D = new Float64Array(nParams * P);
  for (let p = 1, e = 0; p < n; p++) {
    for (let q = 0; q < p; q++, e++) {
      for (let j = 0; j < d; j++) {
        const t = (X.data[p * d + j] as number) - (X.data[q * d + j] as number);
        const slot = (ard ? j * P : 0) + e;
        D[slot] = (D[slot] as number) + t * t;
      }
    }
  }
  const R2 = new Float64Array(P);
  const Kp = new Float64Array(P);
  const G = new Float64Array(P);
  const K = new Float64Array(n * n);
  const L = new Float64Array(n * n);
  const LinvT = new Float64Array(n * n);
  const a = new Float64Array(n);
  const invl2 = new Float64Array(nParams);
  let lastJitter = 0;

  const evaluate = (theta: ArrayLike<number>, grad?: Float64Array): number => {
    for (let j = 0; j < nParams; j++) invl2[j] = Math.exp(-2 * (theta[j] as number));
    for (let e = 0; e < P; e++) R2[e] = (D[e] as number) * (invl2[0] as number);
    for (let j = 1; j < nParams; j++) {
      const s = invl2[j] as number;
      for (let e = 0; e < P; e++) R2[e] = (R2[e] as number) + (D[j * P + e] as number) * s;
    }
    kernelPairs(type, variance, R2, Kp, G);
    for (let p = 0, e = 0; p < n; p++) {
      for (let q = 0; q < p; q++, e++) K[p * n + q] = Kp[e] as number;
      K[p * n + p] = variance + alpha;
    }
    let ok = false;
    for (let t = 0; t <= maxTries && !ok; t++) {
      lastJitter = t === 0 ? 0 : baseJitter * 10 ** (t - 1);
      ok = factorLower(K, L, n, lastJitter);
    }
    if (!ok) {
      grad?.fill(0);
      return -Infinity;
    }
    a.set(yNorm);
    cholSolveInPlace(L, n, a);
    const value = -0.5 * dot(yNorm, 0, a, 0, n) - halfLogDet(L, n) - 0.5 * n * LOG_2PI;
    if (!grad) return value;

    // Row j of LinvT is column j of L^-1 (zero before j), so every dot product below is
    // contiguous: L^-1 from L z = e_j, and (K^-1)_pq = sum_{k >= p} Linv_kp Linv_kq for q < p.
    for (let j = 0; j < n; j++) {
      const rj = j * n;
      LinvT[rj + j] = 1 / (L[rj + j] as number);
      for (let i = j + 1; i < n; i++) {
        const ri = i * n;
        LinvT[rj + i] = -dot(L, ri + j, LinvT, rj + j, i - j) / (L[ri + i] as number);
      }
    }
    // dLML/dtheta = 0.5 tr((a a^T - K^-1) dK/dtheta); dK is symmetric with a zero diagonal, so
    // the trace is the sum over pairs q < p of W_pq dK_pq.
    grad.fill(0);
    let gIso = 0;
    for (let p = 1, e = 0; p < n; p++) {
      const ap = a[p] as number;
      for (let q = 0; q < p; q++, e++) {
        const kinv = dot(LinvT, p * n + p, LinvT, q * n + p, n - p);
        const w = (ap * (a[q] as number) - kinv) * (G[e] as number);
        if (ard) {
          for (let j = 0; j < nParams; j++)
            grad[j] = (grad[j] as number) + w * (D[j * P + e] as number);
        } else {
          gIso += w * (R2[e] as number);
        }
      }
    }
    if (ard) for (let j = 0; j < nParams; j++) grad[j] = (grad[j] as number) * (invl2[j] as number);
    else grad[0] = gIso;
    return value;
  };
  return {
    nParams,
    evaluate,
    get lastJitter() {
      return lastJitter;
    },
  };
}
