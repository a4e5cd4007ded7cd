import { describe, expect, it } from 'vitest';
import { factorPackedLower, inversePairs, invertLowerTransposed } from './choleskyBlocked.ts';
import { cholesky, cholSolveInPlace } from './linalg.ts';

/** A Matern 5/2 kernel on scattered 1D points: packed pairs, and the full matrix for linalg. */
function kernel(n: number, diag: number): { Kp: Float64Array; K: Float64Array } {
  const x = Array.from({ length: n }, (_, i) => 3 * Math.sin(1.3 * i + 0.2) + 0.01 * i);
  const Kp = new Float64Array((n * (n - 1)) / 2);
  const K = new Float64Array(n * n);
  for (let p = 0, e = 0; p < n; p++) {
    K[p * n + p] = diag;
    for (let q = 0; q < p; q++, e++) {
      const a = Math.sqrt(5) * Math.abs((x[p] as number) - (x[q] as number));
      const k = (1 + a + (a * a) / 3) * Math.exp(-a);
      Kp[e] = k;
      K[p * n + q] = k;
      K[q * n + p] = k;
    }
  }
  return { Kp, K };
}

// Every parity of the 2 x 2 blocks: row and column pairs with and without a single one left over.
const SIZES = [1, 2, 3, 4, 5, 8, 13, 40, 41];

describe('factorPackedLower', () => {
  it.each(SIZES)('n = %i: equals linalg.cholesky, leaves the upper triangle alone', (n) => {
    const { Kp, K } = kernel(n, 1.01);
    const L = new Float64Array(n * n).fill(-7);
    expect(factorPackedLower(Kp, 1.01, L, n)).toBe(true);
    const ref = cholesky(K, n, { maxTries: 0 });
    if (!ref.ok) throw new Error(ref.message);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const v = L[i * n + j] as number;
        if (j > i) expect(v).toBe(-7);
        else expect(Math.abs(v - (ref.L[i * n + j] as number))).toBeLessThan(1e-12);
      }
    }
  });

  it('fails on a matrix that is not positive definite (a repeated point, no jitter)', () => {
    // Points 0 and 1 coincide: K has two equal rows and the second pivot is 0.
    expect(factorPackedLower(Float64Array.of(1, 0.5, 0.5), 1, new Float64Array(9), 3)).toBe(false);
  });

  it.each([NaN, Infinity, -Infinity])(
    'fails on %s anywhere in the pairs or the diagonal',
    (bad) => {
      for (let e = 0; e < 10; e++) {
        const { Kp } = kernel(5, 1.01);
        Kp[e] = bad;
        expect(factorPackedLower(Kp, 1.01, new Float64Array(25), 5)).toBe(false);
      }
      const { Kp } = kernel(5, 1.01);
      expect(factorPackedLower(Kp, bad, new Float64Array(25), 5)).toBe(false);
    },
  );
});

describe('invertLowerTransposed and inversePairs', () => {
  it.each(SIZES)('n = %i: the pairs of K^-1, as columns of cholesky solves', (n) => {
    const { Kp } = kernel(n, 1.05);
    const L = new Float64Array(n * n);
    expect(factorPackedLower(Kp, 1.05, L, n)).toBe(true);
    const Z = new Float64Array(n * n);
    invertLowerTransposed(L, n, Z);
    // Z L^T = I: row j of Z is column j of L^-1, zero above the diagonal.
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let k = 0; k < n; k++) s += (L[i * n + k] as number) * (Z[j * n + k] as number);
        expect(Math.abs(s - (i === j ? 1 : 0))).toBeLessThan(1e-12);
        if (i < j) expect(Z[j * n + i]).toBe(0);
      }
    }
    const pairs = new Float64Array((n * (n - 1)) / 2);
    inversePairs(Z, n, pairs);
    for (let q = 0; q < n; q++) {
      const col = new Float64Array(n);
      col[q] = 1;
      cholSolveInPlace(L, n, col);
      for (let p = q + 1; p < n; p++) {
        const got = pairs[(p * (p - 1)) / 2 + q] as number;
        expect(Math.abs(got - (col[p] as number))).toBeLessThan(1e-10 * Math.max(1, Math.abs(got)));
      }
    }
  });
});
