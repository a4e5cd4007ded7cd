/**
 * The O(n^3) kernels of the GP likelihood's gradient (gpLikelihood.ts): a Cholesky factorization
 * read straight from the kernel's packed pairs, the inverse of the factor, and the lower triangle
 * of K^-1 = L^-T L^-1. Each works on 2 x 2 blocks of outputs: four independent sums that share
 * every load, which is what bounds these loops in V8's scalar code: one load per multiply-add
 * instead of two (bench/lmlEval.ts measures them against one dot product at a time). The products
 * run through a Dot2x2 (JS, or WebAssembly SIMD on buffers in its memory: wasm/dotWasm.ts) with
 * one fixed summation order, so the results depend neither on the blocking nor on the path.
 *
 * Packed pairs: entry e(p, q) = p (p - 1) / 2 + q holds the (p, q) element, q < p, row by row.
 */

/**
 * The 2 x 2 block every kernel here is made of: rows a0, a1 of A (offsets) dotted with rows b0, b1
 * of B over k in [from, to), into acc = [a0.b0, a0.b1, a1.b0, a1.b1]. Each sum is split in two
 * over the pairs (from + 2m, from + 2m + 1): the even elements (and an odd tail) in one, the odd
 * in the other, added last; the order of the two f64x2 lanes of wasm/dotModule.ts, so that the
 * WebAssembly path (wasm/dotWasm.ts) gives the same bits.
 */
export type Dot2x2 = (
  A: Float64Array,
  a0: number,
  a1: number,
  B: Float64Array,
  b0: number,
  b1: number,
  from: number,
  to: number,
  acc: Float64Array,
) => void;

/** Dot2x2 in plain JS. */
export const dot2x2Js: Dot2x2 = (A, a0, a1, B, b0, b1, from, to, acc) => {
  let e00 = 0;
  let e01 = 0;
  let e10 = 0;
  let e11 = 0;
  let o00 = 0;
  let o01 = 0;
  let o10 = 0;
  let o11 = 0;
  const last = from + ((to - from) & ~1);
  for (let k = from; k < last; k += 2) {
    const x0 = A[a0 + k] as number;
    const x1 = A[a1 + k] as number;
    const y0 = B[b0 + k] as number;
    const y1 = B[b1 + k] as number;
    e00 += x0 * y0;
    e01 += x0 * y1;
    e10 += x1 * y0;
    e11 += x1 * y1;
    const u0 = A[a0 + k + 1] as number;
    const u1 = A[a1 + k + 1] as number;
    const v0 = B[b0 + k + 1] as number;
    const v1 = B[b1 + k + 1] as number;
    o00 += u0 * v0;
    o01 += u0 * v1;
    o10 += u1 * v0;
    o11 += u1 * v1;
  }
  if (last < to) {
    const x0 = A[a0 + last] as number;
    const x1 = A[a1 + last] as number;
    const y0 = B[b0 + last] as number;
    const y1 = B[b1 + last] as number;
    e00 += x0 * y0;
    e01 += x0 * y1;
    e10 += x1 * y0;
    e11 += x1 * y1;
  }
  acc[0] = e00 + o00;
  acc[1] = e01 + o01;
  acc[2] = e10 + o10;
  acc[3] = e11 + o11;
};

/**
 * A row of 2 x 2 blocks: rows a0, a1 of A dotted, over k in [from, to), with the row pairs
 * (b0 + 2 c stride, b0 + (2 c + 1) stride) of B for c < count, block c into acc[4 c .. 4 c + 3],
 * each as one Dot2x2 computes it. One call for a whole row of blocks saves the WebAssembly path
 * (wasm/dotWasm.ts) a call per block, which costs as much as a product of length 30.
 */
export type Dot2x2Row = (
  A: Float64Array,
  a0: number,
  a1: number,
  B: Float64Array,
  b0: number,
  stride: number,
  count: number,
  from: number,
  to: number,
  acc: Float64Array,
) => void;

/** Dot2x2Row by one Dot2x2 call per block. */
export function rowOfDot2x2(dot2x2: Dot2x2): Dot2x2Row {
  const block = new Float64Array(4);
  return (A, a0, a1, B, b0, stride, count, from, to, acc) => {
    for (let c = 0; c < count; c++) {
      const b = b0 + 2 * c * stride;
      dot2x2(A, a0, a1, B, b, b + stride, from, to, block);
      acc.set(block, 4 * c);
    }
  };
}

/**
 * Lower Cholesky factor, into L (row-major n x n; the upper triangle is left as it is), of the
 * symmetric matrix with off-diagonal packed pairs Kp and every diagonal entry diag. False when a
 * pivot is not positive and finite, which NaN or Infinity anywhere in the input also reaches.
 */
export function factorPackedLower(
  Kp: Float64Array,
  diag: number,
  L: Float64Array,
  n: number,
  dot2x2: Dot2x2 = dot2x2Js,
): boolean {
  const acc = new Float64Array(4);
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const r0 = i * n;
    const r1 = r0 + n;
    const e0 = (i * (i - 1)) / 2;
    const e1 = e0 + i;
    for (let j = 0; j < i; j += 2) {
      const c0 = j * n;
      const c1 = c0 + n;
      dot2x2(L, r0, r1, L, c0, c1, 0, j, acc);
      const s00 = acc[0] as number;
      const s10 = acc[2] as number;
      const djj = L[c0 + j] as number;
      const l00 = ((Kp[e0 + j] as number) - s00) / djj;
      const l10 = ((Kp[e1 + j] as number) - s10) / djj;
      L[r0 + j] = l00;
      L[r1 + j] = l10;
      const b = L[c1 + j] as number;
      const dj1 = L[c1 + j + 1] as number;
      L[r0 + j + 1] = ((Kp[e0 + j + 1] as number) - (acc[1] as number) - l00 * b) / dj1;
      L[r1 + j + 1] = ((Kp[e1 + j + 1] as number) - (acc[3] as number) - l10 * b) / dj1;
    }
    let s00 = 0;
    let s10 = 0;
    let s11 = 0;
    for (let k = 0; k < i; k++) {
      const a0 = L[r0 + k] as number;
      const a1 = L[r1 + k] as number;
      s00 += a0 * a0;
      s10 += a1 * a0;
      s11 += a1 * a1;
    }
    const p0 = diag - s00;
    if (!(p0 > 0) || p0 === Infinity) return false;
    const d0 = Math.sqrt(p0);
    L[r0 + i] = d0;
    const l10 = ((Kp[e1 + i] as number) - s10) / d0;
    L[r1 + i] = l10;
    const p1 = diag - s11 - l10 * l10;
    if (!(p1 > 0) || p1 === Infinity) return false;
    L[r1 + i + 1] = Math.sqrt(p1);
  }
  if (i < n) {
    const r0 = i * n;
    const e0 = (i * (i - 1)) / 2;
    for (let j = 0; j < i; j += 2) {
      const c0 = j * n;
      const c1 = c0 + n;
      let s0 = 0;
      let s1 = 0;
      for (let k = 0; k < j; k++) {
        const a0 = L[r0 + k] as number;
        s0 += a0 * (L[c0 + k] as number);
        s1 += a0 * (L[c1 + k] as number);
      }
      const l00 = ((Kp[e0 + j] as number) - s0) / (L[c0 + j] as number);
      L[r0 + j] = l00;
      L[r0 + j + 1] =
        ((Kp[e0 + j + 1] as number) - s1 - l00 * (L[c1 + j] as number)) / (L[c1 + j + 1] as number);
    }
    let s = 0;
    for (let k = 0; k < i; k++) s += (L[r0 + k] as number) * (L[r0 + k] as number);
    const p0 = diag - s;
    if (!(p0 > 0) || p0 === Infinity) return false;
    L[r0 + i] = Math.sqrt(p0);
  }
  return true;
}

/**
 * The inverse of the lower factor L, transposed: Z[j * n + i] = (L^-1)_ij for i >= j, so that a
 * column of L^-1 is a contiguous row of Z. Entries with i < j are not written and must be zero.
 */
export function invertLowerTransposed(
  L: Float64Array,
  n: number,
  Z: Float64Array,
  dot2x2: Dot2x2 = dot2x2Js,
): void {
  const acc = new Float64Array(4);
  let j = 0;
  for (; j + 1 < n; j += 2) {
    const z0 = j * n;
    const z1 = z0 + n;
    const dj = 1 / (L[j * n + j] as number);
    Z[z0 + j] = dj;
    const d1 = L[(j + 1) * n + j + 1] as number;
    Z[z0 + j + 1] = (-(L[(j + 1) * n + j] as number) * dj) / d1;
    Z[z1 + j + 1] = 1 / d1;
    let i = j + 2;
    for (; i + 1 < n; i += 2) {
      const r0 = i * n;
      const r1 = r0 + n;
      dot2x2(L, r0, r1, Z, z0, z1, j, i, acc);
      const s00 = acc[0] as number;
      const s01 = acc[1] as number;
      const s10 = acc[2] as number;
      const s11 = acc[3] as number;
      const di = L[r0 + i] as number;
      const x0 = -s00 / di;
      const x1 = -s01 / di;
      Z[z0 + i] = x0;
      Z[z1 + i] = x1;
      const li = L[r1 + i] as number;
      const di1 = L[r1 + i + 1] as number;
      Z[z0 + i + 1] = -(s10 + li * x0) / di1;
      Z[z1 + i + 1] = -(s11 + li * x1) / di1;
    }
    if (i < n) {
      const r0 = i * n;
      let s0 = 0;
      let s1 = 0;
      for (let k = j; k < i; k++) {
        const a0 = L[r0 + k] as number;
        s0 += a0 * (Z[z0 + k] as number);
        s1 += a0 * (Z[z1 + k] as number);
      }
      const di = L[r0 + i] as number;
      Z[z0 + i] = -s0 / di;
      Z[z1 + i] = -s1 / di;
    }
  }
  if (j < n) Z[j * n + j] = 1 / (L[j * n + j] as number);
}

/**
 * The off-diagonal lower triangle of K^-1 = L^-T L^-1, packed by pairs (p, q), q < p, row by row,
 * from Z of invertLowerTransposed: (K^-1)_pq = sum_{k >= p} Z[p, k] Z[q, k].
 */
export function inversePairs(
  Z: Float64Array,
  n: number,
  out: Float64Array,
  dot2x2: Dot2x2 = dot2x2Js,
  row: Dot2x2Row = rowOfDot2x2(dot2x2),
): void {
  const acc = new Float64Array(2 * n + 4);
  let p = 0;
  for (; p + 1 < n; p += 2) {
    const r0 = p * n;
    const r1 = r0 + n;
    const e0 = (p * (p - 1)) / 2;
    const e1 = e0 + p;
    // Z[p + 1, p] is zero, so both rows may start at k = p; column pairs (q, q + 1), q even < p.
    row(Z, r0, r1, Z, 0, n, p >> 1, p, n, acc);
    for (let q = 0; q < p; q += 2) {
      const c = 2 * q;
      out[e0 + q] = acc[c] as number;
      out[e0 + q + 1] = acc[c + 1] as number;
      out[e1 + q] = acc[c + 2] as number;
      out[e1 + q + 1] = acc[c + 3] as number;
    }
    let s = 0;
    for (let k = p + 1; k < n; k++) s += (Z[r1 + k] as number) * (Z[r0 + k] as number);
    out[e1 + p] = s;
  }
  if (p < n) {
    const e0 = (p * (p - 1)) / 2;
    const zp = Z[p * n + p] as number;
    for (let q = 0; q < p; q++) out[e0 + q] = zp * (Z[q * n + p] as number);
  }
}
