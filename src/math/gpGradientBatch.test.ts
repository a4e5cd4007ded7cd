/**
 * The batched predictWithGradient must give each point exactly the one-point function's bits: the
 * acquisition search's local runs are driven through it and their chosen points must not move.
 */
import { describe, expect, it } from 'vitest';
import { fitGP, predictWithGradient } from './gp.ts';
import { createBatchGradScratch, LANES, predictWithGradientBatch } from './gpGradientBatch.ts';
import { createRng } from './rng.ts';
import type { KernelType } from './types.ts';

function sameBits(a: number, b: number): boolean {
  return Object.is(a, b);
}

describe('predictWithGradientBatch', () => {
  for (const [type, useWasm] of [
    ['rbf', true],
    ['matern12', true],
    ['matern32', true],
    ['matern52', true],
    ['matern52', false],
  ] as [KernelType, boolean][]) {
    const path = useWasm ? 'WebAssembly SIMD solves' : 'JS solves';
    it(`gives predictWithGradient's bits at every point of a batch (${type}, 2D, ${path})`, () => {
      const rng = createRng(11);
      const n = 37;
      const X = { data: Float64Array.from({ length: 2 * n }, () => rng.uniform(-2, 3)), n, d: 2 };
      const y = Array.from({ length: n }, (_, i) => Math.sin(X.data[2 * i] as number) * 3 + i / n);
      const model = fitGP(X, y, {
        kernel: { type, lengthScale: [0.7, 1.3], variance: 1.5 },
        alpha: 1e-6,
        normalizeY: true,
      });
      const scratch = createBatchGradScratch(model, useWasm);
      expect(scratch.solver !== null).toBe(useWasm);
      for (const count of [1, 3, LANES]) {
        const xs = Array.from({ length: count }, () =>
          Float64Array.of(rng.uniform(-2, 3), rng.uniform(-2, 3)),
        );
        // A training point itself: the Matern 1/2 gradient's special case and the variance floor.
        xs[0] = X.data.slice(0, 2);
        const got = predictWithGradientBatch(xs, scratch);
        xs.forEach((x, b) => {
          const want = predictWithGradient(model, x);
          const p = got[b];
          if (!p) throw new Error(`lane ${b} missing`);
          expect(sameBits(p.mean, want.mean), `mean, lane ${b}`).toBe(true);
          expect(sameBits(p.std, want.std), `std, lane ${b}`).toBe(true);
          for (let j = 0; j < 2; j++) {
            expect(sameBits(p.dMean[j] as number, want.dMean[j] as number)).toBe(true);
            expect(sameBits(p.dStd[j] as number, want.dStd[j] as number)).toBe(true);
          }
        });
      }
    });
  }

  it('refuses an empty or oversized batch', () => {
    const model = fitGP({ data: Float64Array.of(0, 1), n: 2, d: 1 }, [0, 1], {
      kernel: { type: 'rbf', lengthScale: 1, variance: 1 },
      alpha: 1e-6,
      normalizeY: false,
    });
    const scratch = createBatchGradScratch(model);
    expect(() => predictWithGradientBatch([], scratch)).toThrow(RangeError);
    const many = Array.from({ length: LANES + 1 }, () => Float64Array.of(0.5));
    expect(() => predictWithGradientBatch(many, scratch)).toThrow(RangeError);
  });
});
