/**
 * The GP log marginal likelihood of normalized targets and its gradient in log length scales
 * (scikit-learn's log_marginal_likelihood with eval_gradient), set up for the many evaluations of
 * an ML-II fit: pairwise differences are computed once and every buffer is reused. Re-exported by
 * gp.ts.
 */
import { factorPackedLower, inversePairs, invertLowerTransposed } from './choleskyBlocked.ts';
import { choleskyBuffers } from './wasm/dotWasm.ts';
import { cholSolveInPlace, halfLogDet, type CholeskyOptions } from './linalg.ts';
import type { KernelSpec, KernelType, PointSet } from './types.ts';

const LOG_2PI = Math.log(2 * Math.PI);

/** Log marginal likelihood as a function of log length scales, for repeated evaluation. */
export interface LmlEvaluator {
  /** 1 for an isotropic kernel, d for ARD. */
  readonly nParams: number;
  /**
   * LML of yNorm at length scales exp(theta); writes dLML/dtheta into grad when given. Returns
   * -Infinity (and a zero gradient) when K + alpha I cannot be factored, as scikit-learn does.
   */
  evaluate(theta: ArrayLike<number>, grad?: Float64Array): number;
  /** Jitter the last successful factorization needed. */
  readonly lastJitter: number;
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
    default: {
      // Writes in place: a kernel missing here would leave buffers unwritten; the compiler says so.
      const unhandled: never = type;
      throw new TypeError(`unknown kernel ${String(unhandled)}`);
    }
  }
}

/**
 * Prepares LML evaluations for fixed data. Each evaluation costs the kernel's pairs and one
 * Cholesky factorization (n^3 / 6 multiply-adds); the gradient adds L^-1 and the lower triangle
 * of K^-1 (n^3 / 6 each), blocked in choleskyBlocked.ts. cholOpts has linalg.cholesky's meaning:
 * jitter baseJitter * 10^i on the diagonal for up to maxTries retries.
 */
export function createLmlEvaluator(
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
  // L and L^-1 live in a WebAssembly memory where SIMD is available (same bits either way).
  const { L, Z, dot, row } = choleskyBuffers(n);
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
    let ok = false;
    for (let t = 0; t <= maxTries && !ok; t++) {
      lastJitter = t === 0 ? 0 : baseJitter * 10 ** (t - 1);
      ok = factorPackedLower(Kp, variance + alpha + lastJitter, L, n, dot);
    }
    if (!ok) {
      grad?.fill(0);
      return -Infinity;
    }
    a.set(yNorm);
    cholSolveInPlace(L, n, a);
    let yKy = 0;
    for (let i = 0; i < n; i++) yKy += (yNorm[i] as number) * (a[i] as number);
    const value = -0.5 * yKy - halfLogDet(L, n) - 0.5 * n * LOG_2PI;
    if (!grad) return value;

    invertLowerTransposed(L, n, Z, dot);
    // Kp is spent once L exists; it now receives the pairs of K^-1.
    const Kinv = Kp;
    inversePairs(Z, n, Kinv, dot, row);
    // dLML/dtheta = 0.5 tr((a a^T - K^-1) dK/dtheta); dK is symmetric with a zero diagonal, so
    // the trace is the sum over pairs q < p of W_pq dK_pq.
    grad.fill(0);
    let gIso = 0;
    for (let p = 1, e = 0; p < n; p++) {
      const ap = a[p] as number;
      for (let q = 0; q < p; q++, e++) {
        const w = (ap * (a[q] as number) - (Kinv[e] as number)) * (G[e] as number);
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

/**
 * Log marginal likelihood of normalized targets yNorm under kernel + alpha I, and (when wantGrad)
 * its gradient with respect to the log length scales: one entry for an isotropic kernel, d for
 * ARD. -Infinity when the covariance cannot be factored even with jitter.
 */
export function logMarginalLikelihood(
  X: PointSet,
  yNorm: Float64Array,
  kernel: KernelSpec,
  alpha: number,
  wantGrad: boolean,
): { value: number; grad: Float64Array } {
  const ls = kernel.lengthScale;
  const ard = typeof ls !== 'number';
  const ev = createLmlEvaluator(X, yNorm, kernel.type, kernel.variance, alpha, ard);
  const theta = ard ? Array.from(ls, Math.log) : [Math.log(ls)];
  const grad = new Float64Array(ev.nParams);
  const value = ev.evaluate(theta, wantGrad ? grad : undefined);
  return { value, grad };
}
