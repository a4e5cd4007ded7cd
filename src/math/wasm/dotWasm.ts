/**
 * Buffers for the blocked Cholesky kernels in a WebAssembly memory, with the SIMD inner product
 * of dotModule.ts, for gpLikelihood.ts's evaluator: same bits as the JS path (dot2x2Js), which
 * serves where WebAssembly SIMD is missing. The module is compiled once per thread; each evaluator
 * gets its own memory, sized once (no growth, so its views stay valid).
 */
import { dot2x2Js, rowOfDot2x2, type Dot2x2, type Dot2x2Row } from '../choleskyBlocked.ts';
import { buildDotModule, DOT_SCRATCH_BYTES } from './dotModule.ts';

/** Shorter products are cheaper in JS than a call into the module. */
const MIN_WASM_LENGTH = 24;

let compiled: WebAssembly.Module | null | undefined;

function dotModule(wa: typeof WebAssembly): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    const bytes = buildDotModule();
    compiled = wa.validate(bytes) ? new wa.Module(bytes) : null;
  } catch {
    // Chrome refuses synchronous compilation of big modules on the main thread; this one is tiny,
    // but any refusal just means the JS path.
    compiled = null;
  }
  return compiled;
}

/** The factor's and the inverse's n x n buffers and the inner product that runs on them. */
export interface CholeskyBuffers {
  readonly L: Float64Array;
  readonly Z: Float64Array;
  readonly dot: Dot2x2;
  /** Rows of up to n / 2 + 1 blocks (inversePairs), one call into the module per row. */
  readonly row: Dot2x2Row;
  readonly backend: 'wasm' | 'js';
}

/** Buffers in a WebAssembly memory with the SIMD product, else plain arrays with dot2x2Js. */
export function choleskyBuffers(n: number, useWasm = true): CholeskyBuffers {
  // Looked up per call: a thread (or a test) may run without WebAssembly after compiling it.
  const wa = (globalThis as { WebAssembly?: typeof WebAssembly }).WebAssembly;
  const mod = useWasm && typeof wa === 'object' ? dotModule(wa) : null;
  if (!wa || !mod) {
    const [L, Z] = [new Float64Array(n * n), new Float64Array(n * n)];
    return { L, Z, dot: dot2x2Js, row: rowOfDot2x2(dot2x2Js), backend: 'js' };
  }
  // L, Z, then the lane sums of up to n / 2 + 1 blocks of a row.
  const rowLanes = DOT_SCRATCH_BYTES + 16 * n * n;
  const bytes = rowLanes + 32 * n + 64;
  const memory = new wa.Memory({ initial: Math.ceil(bytes / 65536) });
  const instance = new wa.Instance(mod, { env: { memory } });
  const run = instance.exports['dot'] as (...a: number[]) => void;
  const runRow = instance.exports['row'] as (...a: number[]) => void;
  const buf = memory.buffer;
  const L = new Float64Array(buf, DOT_SCRATCH_BYTES, n * n);
  const Z = new Float64Array(buf, DOT_SCRATCH_BYTES + 8 * n * n, n * n);
  const lanes = new Float64Array(buf, 0, 8);
  const rowSums = new Float64Array(buf, rowLanes, 4 * n + 8);
  const dot: Dot2x2 = (A, a0, a1, B, b0, b1, from, to, acc) => {
    const len = to - from;
    if (len < MIN_WASM_LENGTH) {
      dot2x2Js(A, a0, a1, B, b0, b1, from, to, acc);
      return;
    }
    const ba = A.byteOffset + 8 * from;
    const bb = B.byteOffset + 8 * from;
    run(ba + 8 * a0, ba + 8 * a1, bb + 8 * b0, bb + 8 * b1, len >> 1);
    let e00 = lanes[0] as number;
    let e01 = lanes[2] as number;
    let e10 = lanes[4] as number;
    let e11 = lanes[6] as number;
    if (len & 1) {
      const k = to - 1;
      const x0 = A[a0 + k] as number;
      const x1 = A[a1 + k] as number;
      const y0 = B[b0 + k] as number;
      const y1 = B[b1 + k] as number;
      e00 += x0 * y0;
      e01 += x0 * y1;
      e10 += x1 * y0;
      e11 += x1 * y1;
    }
    acc[0] = e00 + (lanes[1] as number);
    acc[1] = e01 + (lanes[3] as number);
    acc[2] = e10 + (lanes[5] as number);
    acc[3] = e11 + (lanes[7] as number);
  };
  const rowJs = rowOfDot2x2(dot2x2Js);
  const row: Dot2x2Row = (A, a0, a1, B, b0, stride, count, from, to, acc) => {
    const len = to - from;
    if (len < MIN_WASM_LENGTH || count === 0) {
      rowJs(A, a0, a1, B, b0, stride, count, from, to, acc);
      return;
    }
    const ba = A.byteOffset + 8 * from;
    const bb = B.byteOffset + 8 * (from + b0);
    runRow(ba + 8 * a0, ba + 8 * a1, bb, 8 * stride, len >> 1, rowLanes, rowLanes + 64 * count);
    const k = to - 1;
    const odd = (len & 1) === 1;
    const x0 = A[a0 + k] as number;
    const x1 = A[a1 + k] as number;
    for (let c = 0; c < count; c++) {
      const l = 8 * c;
      let e00 = rowSums[l] as number;
      let e01 = rowSums[l + 2] as number;
      let e10 = rowSums[l + 4] as number;
      let e11 = rowSums[l + 6] as number;
      if (odd) {
        const y0 = B[b0 + 2 * c * stride + k] as number;
        const y1 = B[b0 + (2 * c + 1) * stride + k] as number;
        e00 += x0 * y0;
        e01 += x0 * y1;
        e10 += x1 * y0;
        e11 += x1 * y1;
      }
      const o = 4 * c;
      acc[o] = e00 + (rowSums[l + 1] as number);
      acc[o + 1] = e01 + (rowSums[l + 3] as number);
      acc[o + 2] = e10 + (rowSums[l + 5] as number);
      acc[o + 3] = e11 + (rowSums[l + 7] as number);
    }
  };
  return { L, Z, dot, row, backend: 'wasm' };
}
