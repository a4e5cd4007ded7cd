/**
 * predictWithGradient (gpGradient.ts) at up to LANES points at once, for the acquisition search's
 * local runs driven side by side (bo/acqOptimizer.ts). Each point's numbers are the one-point
 * function's bit for bit: every sum runs over the same terms in the same order and the solves
 * divide by the diagonal as linalg.ts does; only the points' independent chains are interleaved,
 * which hides the latency the one-point triangular solves (n^2 dependent multiply-adds each) wait
 * on. The solves run in WebAssembly SIMD where available (wasm/laneSolveModule.ts, the same
 * bits), else in the JS loops below; the transposed solve reads a row-major copy of L^T (made once
 * per model) instead of striding down L's columns.
 */
import { kernelColumn } from './gpGradient.ts';
import { inverseLengthScales } from './kernels.ts';
import { VARIANCE_FLOOR } from './gpPredict.ts';
import type { GPModel } from './types.ts';
import { laneSolver, type LaneSolver } from './wasm/laneSolveModule.ts';

/** Points per batch: eight accumulator chains per loaded row of L. */
export const LANES = 8;

/** One point's result; dMean and dStd are the batch's buffers, overwritten by the next call. */
export interface LanePrediction {
  mean: number;
  std: number;
  readonly dMean: Float64Array;
  readonly dStd: Float64Array;
}

export interface BatchGradScratch {
  readonly model: GPModel;
  /** The WebAssembly SIMD solves (u lives in its memory), or null: the JS loops on Lt. */
  readonly solver: LaneSolver | null;
  /** L^T row-major (row i holds L[k][i] for k = 0..n-1), for the JS loops. */
  readonly Lt: Float64Array;
  readonly inv: Float64Array;
  /** u[i * LANES + b]: k(x_i, point b), then L^-1 k, then K^-1 k. */
  readonly u: Float64Array;
  readonly gfac: Float64Array;
  readonly out: LanePrediction[];
}

/** Buffers (and the solves' WebAssembly memory, unless useWasm is false) for one model. */
export function createBatchGradScratch(model: GPModel, useWasm = true): BatchGradScratch {
  const { X, L } = model;
  const n = X.n;
  const d = X.d;
  const solver = useWasm ? laneSolver(L, n) : null;
  const Lt = new Float64Array(solver ? 0 : n * n);
  if (!solver)
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) Lt[i * n + k] = L[k * n + i] as number;
  const out: LanePrediction[] = [];
  for (let b = 0; b < LANES; b++)
    out.push({ mean: 0, std: 0, dMean: new Float64Array(d), dStd: new Float64Array(d) });
  return {
    model,
    solver,
    Lt,
    inv: inverseLengthScales(model.kernel, d),
    u: solver?.u ?? new Float64Array(n * LANES),
    gfac: new Float64Array(n * LANES),
    out,
  };
}

/**
 * Posterior mean and std with their gradients at points xs[0..count-1] (count <= LANES): the same
 * bits as predictWithGradient at each. Results in scratch.out[0..count-1].
 */
export function predictWithGradientBatch(
  xs: readonly Float64Array[],
  scratch: BatchGradScratch,
): readonly LanePrediction[] {
  const { model, solver, Lt, inv, u, gfac, out } = scratch;
  const { X, L, weights, kernel, yMean, yStd } = model;
  const n = X.n;
  const d = X.d;
  const count = xs.length;
  if (count < 1 || count > LANES) throw new RangeError(`batch of ${count} points`);
  const variance = kernel.variance;
  for (let b = 0; b < LANES; b++) {
    // Unused lanes repeat the last point: the solves need no special case.
    const x = xs[Math.min(b, count - 1)] as Float64Array;
    if (x.length !== d) throw new RangeError(`point has ${x.length} dims, the model ${d}`);
    (out[b] as LanePrediction).mean = kernelColumn(model, x, inv, u, gfac, LANES, b);
  }
  if (solver) solver.forward();
  else solveLanes(L, n, u, false);
  const rawVar = new Float64Array(LANES);
  for (let b = 0; b < LANES; b++) {
    let q = 0;
    for (let i = 0; i < n; i++) q += (u[i * LANES + b] as number) ** 2;
    rawVar[b] = variance - q;
  }
  if (solver) solver.backward();
  else solveLanes(Lt, n, u, true);
  for (let b = 0; b < count; b++) {
    const o = out[b] as LanePrediction;
    const x = xs[b] as Float64Array;
    const { dMean, dStd } = o;
    dMean.fill(0);
    dStd.fill(0);
    for (let i = 0; i < n; i++) {
      const gi = gfac[i * LANES + b] as number;
      if (gi === 0) continue;
      const wi = weights[i] as number;
      const ui = u[i * LANES + b] as number;
      for (let j = 0; j < d; j++) {
        const ij = inv[j] as number;
        const dk = -gi * ((x[j] as number) - (X.data[i * d + j] as number)) * ij * ij;
        dMean[j] = (dMean[j] as number) + wi * dk;
        dStd[j] = (dStd[j] as number) - 2 * ui * dk;
      }
    }
    const rv = rawVar[b] as number;
    const floored = !(rv > VARIANCE_FLOOR);
    const v = floored ? VARIANCE_FLOOR : rv;
    const sd = Math.sqrt(v);
    for (let j = 0; j < d; j++) {
      dMean[j] = (dMean[j] as number) * yStd;
      dStd[j] = floored ? 0 : ((dStd[j] as number) / (2 * sd)) * yStd;
    }
    o.mean = o.mean * yStd + yMean;
    o.std = sd * yStd;
  }
  return out;
}

/**
 * Solves, for the LANES columns of u at once, L x = b (forward, T row-major L) or L^T x = b
 * (backward, T the row-major copy of L^T), with linalg.ts's order of terms and its division by the
 * diagonal: solveLowerInPlace / solveLowerTransposeInPlace per column, bit for bit.
 */
function solveLanes(T: Float64Array, n: number, u: Float64Array, backward: boolean): void {
  for (let s = 0; s < n; s++) {
    const i = backward ? n - 1 - s : s;
    const ri = i * n;
    const o = i * LANES;
    let a0 = u[o] as number;
    let a1 = u[o + 1] as number;
    let a2 = u[o + 2] as number;
    let a3 = u[o + 3] as number;
    let a4 = u[o + 4] as number;
    let a5 = u[o + 5] as number;
    let a6 = u[o + 6] as number;
    let a7 = u[o + 7] as number;
    // Forward: k = 0..i-1; backward: k = i+1..n-1; ascending either way, as linalg.ts sums.
    const from = backward ? i + 1 : 0;
    const to = backward ? n : i;
    for (let k = from; k < to; k++) {
      const l = T[ri + k] as number;
      const ok = k * LANES;
      a0 -= l * (u[ok] as number);
      a1 -= l * (u[ok + 1] as number);
      a2 -= l * (u[ok + 2] as number);
      a3 -= l * (u[ok + 3] as number);
      a4 -= l * (u[ok + 4] as number);
      a5 -= l * (u[ok + 5] as number);
      a6 -= l * (u[ok + 6] as number);
      a7 -= l * (u[ok + 7] as number);
    }
    const diag = T[ri + i] as number;
    u[o] = a0 / diag;
    u[o + 1] = a1 / diag;
    u[o + 2] = a2 / diag;
    u[o + 3] = a3 / diag;
    u[o + 4] = a4 / diag;
    u[o + 5] = a5 / diag;
    u[o + 6] = a6 / diag;
    u[o + 7] = a7 / diag;
  }
}
