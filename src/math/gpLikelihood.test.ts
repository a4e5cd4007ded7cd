import { describe, expect, it } from 'vitest';
import { createLmlEvaluator } from './gpLikelihood.ts';
import { cholesky, cholSolveInPlace, halfLogDet } from './linalg.ts';
import type { PointSet } from './types.ts';

/** Scattered points and smooth targets, deterministic. */
function problem(n: number, d: number): { X: PointSet; y: Float64Array } {
  const data = Float64Array.from({ length: n * d }, (_, i) => 2 * Math.sin(2.1 * i + 0.4));
  const y = Float64Array.from({ length: n }, (_, i) => Math.cos(data[i * d] as number) - 0.3);
  return { X: { n, d, data }, y };
}

/** The LML by linalg.cholesky on the full Matern 5/2 matrix: the slow, obvious way. */
function direct(X: PointSet, y: Float64Array, ls: number[], alpha: number): number {
  const { n, d } = X;
  const K = new Float64Array(n * n);
  for (let p = 0; p < n; p++) {
    for (let q = 0; q < n; q++) {
      let r2 = 0;
      for (let j = 0; j < d; j++) {
        const t = ((X.data[p * d + j] as number) - (X.data[q * d + j] as number)) / ls[j]!;
        r2 += t * t;
      }
      const a = Math.sqrt(5 * r2);
      K[p * n + q] = (1 + a + (a * a) / 3) * Math.exp(-a) + (p === q ? alpha : 0);
    }
  }
  const c = cholesky(K, n, { maxTries: 0 });
  if (!c.ok) throw new Error(c.message);
  const a = cholSolveInPlace(c.L, n, y.slice());
  let yKy = 0;
  for (let i = 0; i < n; i++) yKy += (y[i] as number) * (a[i] as number);
  return -0.5 * yKy - halfLogDet(c.L, n) - 0.5 * n * Math.log(2 * Math.PI);
}

// Sizes past the 2 x 2 blocks' edge cases, both parities: the kernels' loops, not just their ends.
describe.each([
  { n: 30, d: 1, ard: false },
  { n: 31, d: 2, ard: false },
  { n: 33, d: 3, ard: true },
  { n: 36, d: 2, ard: true },
])('createLmlEvaluator n = $n, d = $d, ard = $ard', ({ n, d, ard }) => {
  const { X, y } = problem(n, d);
  const alpha = 1e-4;
  const ev = createLmlEvaluator(X, y, 'matern52', 1, alpha, ard, { maxTries: 0 });
  const theta = ard ? Array.from({ length: d }, (_, j) => Math.log(0.6 + 0.3 * j)) : [-0.4];
  const ls = (t: number[]): number[] =>
    Array.from({ length: d }, (_, j) => Math.exp(t[ard ? j : 0]!));

  it('gives the value of a direct computation', () => {
    const v = ev.evaluate(theta);
    expect(Math.abs(v - direct(X, y, ls(theta), alpha))).toBeLessThan(1e-8 * Math.abs(v));
  });

  it('gives the gradient of central differences, and the same value with or without it', () => {
    const grad = new Float64Array(ev.nParams);
    const v = ev.evaluate(theta, grad);
    expect(ev.evaluate(theta)).toBe(v);
    theta.forEach((_, j) => {
      const h = 1e-5;
      const tp = theta.slice();
      const tm = theta.slice();
      tp[j] = tp[j]! + h;
      tm[j] = tm[j]! - h;
      const fd = (direct(X, y, ls(tp), alpha) - direct(X, y, ls(tm), alpha)) / (2 * h);
      expect(Math.abs(grad[j]! - fd)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
    });
  });
});
