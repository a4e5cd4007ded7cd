import { describe, expect, it } from 'vitest';
import {
  dot2x2Js,
  factorPackedLower,
  inversePairs,
  invertLowerTransposed,
  rowOfDot2x2,
} from '../choleskyBlocked.ts';
import { createRng } from '../rng.ts';
import { choleskyBuffers } from './dotWasm.ts';

/** Packed pairs of a Matern 5/2 kernel on n random 2D points. */
function pairs(n: number): Float64Array {
  const rng = createRng(n);
  const x = Array.from({ length: 2 * n }, () => rng.uniform(0, 4));
  const Kp = new Float64Array((n * (n - 1)) / 2);
  for (let p = 0, e = 0; p < n; p++) {
    for (let q = 0; q < p; q++, e++) {
      const a = Math.sqrt(
        5 * ((x[2 * p]! - x[2 * q]!) ** 2 + (x[2 * p + 1]! - x[2 * q + 1]!) ** 2),
      );
      Kp[e] = (1 + a + (a * a) / 3) * Math.exp(-a);
    }
  }
  return Kp;
}

describe('WebAssembly SIMD Cholesky kernels', () => {
  it('run on WebAssembly here (Node has SIMD)', () => {
    expect(choleskyBuffers(4).backend).toBe('wasm');
  });

  // Odd and even sizes, below and above the length where the module takes over.
  it.each([3, 30, 57, 96, 131])(
    'n = %i: factor, inverse and K^-1 pairs equal the JS path bit for bit',
    (n) => {
      const Kp = pairs(n);
      const out = (['wasm', 'js'] as const).map((kind) => {
        const b = choleskyBuffers(n, kind === 'wasm');
        expect(b.backend).toBe(kind);
        expect(factorPackedLower(Kp, 1 + 1e-6, b.L, n, b.dot)).toBe(true);
        invertLowerTransposed(b.L, n, b.Z, b.dot);
        const inv = new Float64Array(Kp.length);
        inversePairs(b.Z, n, inv, b.dot, b.row);
        return { L: Array.from(b.L), Z: Array.from(b.Z), inv: Array.from(inv) };
      });
      expect(out[0]).toEqual(out[1]);
    },
  );

  // Lengths below, at and above the module's threshold, odd and even; a row of no blocks.
  it.each([
    [0, 40],
    [1, 23],
    [3, 24],
    [5, 25],
    [7, 64],
    [6, 65],
  ])('a row of %i blocks over %i elements equals one 2 x 2 block at a time', (count, len) => {
    const n = 80;
    const b = choleskyBuffers(n);
    const rng = createRng(count * 100 + len);
    for (let i = 0; i < n * n; i++) b.Z[i] = rng.uniform(-1, 1);
    const from = 3;
    const got = new Float64Array(4 * count + 4).fill(NaN);
    const want = got.slice();
    b.row(b.Z, 70 * n, 71 * n, b.Z, n, n, count, from, from + len, got);
    rowOfDot2x2(dot2x2Js)(b.Z, 70 * n, 71 * n, b.Z, n, n, count, from, from + len, want);
    expect(Array.from(got)).toEqual(Array.from(want));
  });
});
