/**
 * Posterior mean and std at one point with their gradients in x, for the local (L-BFGS-B) search of
 * the acquisition; consistent with predict. Re-exported by gp.ts.
 */
import { inverseLengthScales, kernelGradFactor, kernelOfDistance } from './kernels.ts';
import { solveLowerInPlace, solveLowerTransposeInPlace } from './linalg.ts';
import type { GPModel } from './types.ts';
import { VARIANCE_FLOOR } from './gpPredict.ts';

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

/**
 * k(X_i, x) into u[i * stride + lane] and the kernel's gradient factor (times the variance) into
 * gfac at the same places, for every training point i; returns the normalized posterior mean
 * sum_i k_i w_i. Shared with gpGradientBatch.ts, which must give this file's bits.
 */
export function kernelColumn(
  model: GPModel,
  x: Float64Array,
  inv: Float64Array,
  u: Float64Array,
  gfac: Float64Array,
  stride: number,
  lane: number,
): number {
  const { X, weights, kernel } = model;
  const n = X.n;
  const d = X.d;
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
    u[i * stride + lane] = kv;
    gfac[i * stride + lane] = variance * kernelGradFactor(kernel.type, r);
    mean += kv * (weights[i] as number);
  }
  return mean;
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
  const mean = kernelColumn(model, x, inv, u, gfac, 1, 0);
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
