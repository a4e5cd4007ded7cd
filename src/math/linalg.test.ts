import { describe, expect, it } from 'vitest';
import {
  cholesky,
  cholSolveInPlace,
  halfLogDet,
  solveLowerInPlace,
  solveLowerTransposeInPlace,
} from './linalg.ts';

/** A random-ish SPD matrix B B^T + n I, deterministic. */
function spd(n: number): Float64Array {
  const B = Float64Array.from({ length: n * n }, (_, i) => Math.sin(1.7 * i + 0.3));
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = i === j ? n : 0;
      for (let k = 0; k < n; k++) s += (B[i * n + k] as number) * (B[j * n + k] as number);
      A[i * n + j] = s;
    }
  }
  return A;
}

function matVec(A: Float64Array, n: number, x: Float64Array): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += (A[i * n + k] as number) * (x[k] as number);
    out[i] = s;
  }
  return out;
}

describe('cholesky', () => {
  it('factors an SPD matrix: L L^T = A, L lower, no jitter', () => {
    const n = 7;
    const A = spd(n);
    const res = cholesky(A, n);
    if (!res.ok) throw new Error(res.message);
    expect(res.jitter).toBe(0);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (j > i) expect(res.L[i * n + j]).toBe(0);
        let s = 0;
        for (let k = 0; k < n; k++)
          s += (res.L[i * n + k] as number) * (res.L[j * n + k] as number);
        expect(s).toBeCloseTo(A[i * n + j] as number, 10);
      }
    }
  });

  it('does not modify its input', () => {
    const A = spd(4);
    const copy = A.slice();
    cholesky(A, 4);
    expect(A).toEqual(copy);
  });

  it('adds and reports jitter for a singular matrix (duplicated point)', () => {
    // Covariance of three points where the first two coincide: rank 2.
    const A = Float64Array.of(1, 1, 0.5, 1, 1, 0.5, 0.5, 0.5, 1);
    const res = cholesky(A, 3);
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.jitter).toBeGreaterThan(0);
  });

  it('says non-finite before anything else', () => {
    const res = cholesky(Float64Array.of(1, NaN, NaN, 1), 2);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.reason).toBe('non-finite');
      expect(res.message).toMatch(/NaN/);
    }
  });

  it('gives up on an indefinite matrix', () => {
    const res = cholesky(Float64Array.of(1, 2, 2, 1), 2);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toBe('not-positive-definite');
  });

  it('symmetrizes round-off asymmetry', () => {
    const A = spd(3);
    A[1] = (A[1] as number) + 1e-13;
    const res = cholesky(A, 3);
    expect(res.ok).toBe(true);
  });
});

describe('triangular solves', () => {
  const n = 6;
  const A = spd(n);
  const res = cholesky(A, n);
  if (!res.ok) throw new Error(res.message);
  const L = res.L;
  const b = Float64Array.from({ length: n }, (_, i) => Math.cos(i));

  it('solveLowerInPlace solves L x = b', () => {
    const x = solveLowerInPlace(L, n, b.slice());
    const Lx = matVec(L, n, x);
    for (let i = 0; i < n; i++) expect(Lx[i]).toBeCloseTo(b[i] as number, 12);
  });

  it('solveLowerTransposeInPlace solves L^T x = b', () => {
    const x = solveLowerTransposeInPlace(L, n, b.slice());
    const Lt = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) Lt[i * n + j] = L[j * n + i] as number;
    const r = matVec(Lt, n, x);
    for (let i = 0; i < n; i++) expect(r[i]).toBeCloseTo(b[i] as number, 12);
  });

  it('cholSolveInPlace solves A x = b', () => {
    const x = cholSolveInPlace(L, n, b.slice());
    const Ax = matVec(A, n, x);
    for (let i = 0; i < n; i++) expect(Ax[i]).toBeCloseTo(b[i] as number, 10);
  });

  it('halfLogDet is half the log determinant', () => {
    // det of diag(2, 3, 4) = 24.
    const D = Float64Array.of(2, 0, 0, 0, 3, 0, 0, 0, 4);
    const r = cholesky(D, 3);
    if (!r.ok) throw new Error(r.message);
    expect(halfLogDet(r.L, 3)).toBeCloseTo(0.5 * Math.log(24), 14);
  });
});
