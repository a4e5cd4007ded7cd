/**
 * Batched posterior prediction (mean and std at many points), the O(n^2)-per-point hot loop of the
 * surfaces and the acquisition search. Its arithmetic is mirrored bit for bit by
 * wasm/predictModule.ts (DESIGN.md, Numbers). Re-exported by gp.ts.
 */
import { inverseLengthScales } from './kernels.ts';
import type { GPModel, KernelType, PointSet } from './types.ts';
import { predictWasm } from './wasm/predictWasm.ts';

/** Posterior variance floor in normalized units (DESIGN.md): keeps std > 0 for EI/PI and logs. */
export const VARIANCE_FLOOR = 1e-12;

/**
 * Past this scaled distance exp(-a) is 0 in float64 while the Matern polynomial can overflow to
 * Infinity (Infinity * 0 = NaN): the kernel is set to its limit, 0, instead.
 */
const UNDERFLOW = 745;

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
 * predict's mean (the same bits) and, in outStdBound, an upper bound of its std that costs a
 * quarter of its solve: |v|^2 over the first nSolve rows of v = L^-1 k only. Forward substitution
 * computes each row from the rows above it, so those terms are exactly the full solve's; a partial
 * sum of non-negative terms never exceeds the full sum in floating point (rounding is monotone),
 * and so are the subtraction, max, product and square root after it: the bound is never below
 * predict's std. WebAssembly only; false, having written nothing, where that path is not available.
 */
export function predictStdBound(
  model: GPModel,
  Xs: PointSet,
  outMean: Float64Array,
  outStdBound: Float64Array,
  nSolve: number,
): boolean {
  const { X, yStd } = model;
  if (Xs.d !== X.d) throw new RangeError(`points have ${Xs.d} dims, the model ${X.d}`);
  if (Xs.n === 0) return true;
  if (!Number.isFinite(yStd * yStd)) return false;
  const rows = Math.max(0, Math.min(X.n, Math.floor(nSolve)));
  return predictWasm(model, Xs, outMean, outStdBound, VARIANCE_FLOOR, rows);
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
