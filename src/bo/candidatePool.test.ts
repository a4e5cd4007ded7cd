/**
 * The pruned candidate scoring must decide exactly as the all-exact one: the same k best
 * candidates, the same best accepted candidate, and the exact posterior wherever it is used.
 */
import { describe, expect, it } from 'vitest';
import { evaluateLogAcquisition, type AcquisitionSpec } from '../math/acquisition.ts';
import { fitGP, predict, predictStdBound } from '../math/gp.ts';
import { createRng } from '../math/rng.ts';
import type { GPModel, PointSet } from '../math/types.ts';
import { topIndices } from './acqOptimizer.ts';
import { bestAccepted, growsWithStd, predictPool, scorePool } from './candidatePool.ts';

function study(n: number, d: number, seed: number): GPModel {
  const rng = createRng(seed);
  const data = Float64Array.from({ length: n * d }, () => rng.uniform(0, 4));
  const y = Array.from(
    { length: n },
    (_, i) => Math.sin(2 * (data[i * d] as number)) + (0.1 * i) / n,
  );
  return fitGP({ data, n, d }, y, {
    kernel: { type: 'matern52', lengthScale: 0.6, variance: 1 },
    alpha: 1e-6,
    normalizeY: true,
  });
}

function points(m: number, d: number, seed: number): PointSet {
  const rng = createRng(seed);
  return { data: Float64Array.from({ length: m * d }, () => rng.uniform(0, 4)), n: m, d };
}

const spec: AcquisitionSpec = { type: 'ei', xi: 0.01 };
const scoreWith = (best: number) => (mean: Float64Array, std: Float64Array, out: Float64Array) =>
  evaluateLogAcquisition(spec, mean, std, best, out);

describe('predictStdBound', () => {
  it("gives predict's mean, a std never below predict's, and predict's std with every row", () => {
    const model = study(90, 2, 1);
    const pts = points(300, 2, 2);
    const mean = new Float64Array(pts.n);
    const std = new Float64Array(pts.n);
    predict(model, pts, mean, std);
    const bMean = new Float64Array(pts.n);
    const bound = new Float64Array(pts.n);
    expect(predictStdBound(model, pts, bMean, bound, 44)).toBe(true);
    expect([...bMean]).toEqual([...mean]);
    for (let i = 0; i < pts.n; i++) expect(bound[i]).toBeGreaterThanOrEqual(std[i] as number);
    expect(bound.some((b, i) => b > (std[i] as number))).toBe(true);
    expect(predictStdBound(model, pts, bMean, bound, model.X.n)).toBe(true);
    expect([...bound]).toEqual([...std]);
  });
});

describe('pruned candidate scores', () => {
  for (const [n, d] of [
    [120, 1],
    [150, 2],
  ] as const) {
    it(`pick the same best candidates and the same best accepted one (${d}D, N = ${n})`, () => {
      const model = study(n, d, 3);
      const pts = points(4000, d, 4);
      const best = Math.max(...Array.from(model.yNorm, (v) => v * model.yStd + model.yMean));
      const score = scoreWith(best);
      const mean = new Float64Array(pts.n);
      const std = new Float64Array(pts.n);
      predict(model, pts, mean, std);
      const exact = new Float64Array(pts.n);
      score(mean, std, exact);

      expect(growsWithStd(spec)).toBe(true);
      const hit = predictPool(model, pts, 3500, true);
      expect(hit.exact).not.toBeNull();
      const values = scorePool(model, hit, score, 40);
      expect(topIndices(values, 40)).toEqual(topIndices(exact, 40));
      // Pruning happened: most random candidates kept only their bound.
      const kept = hit.exact?.subarray(0, 3500).reduce((a, b) => a + b, 0) ?? 3500;
      expect(kept).toBeLessThan(3500 / 2);
      // The extra candidates (the plot grid) are exact.
      expect([...hit.std.subarray(3500)]).toEqual([...std.subarray(3500)]);

      // Refuse the 300 best and every third point: the answer lies among bounds.
      const refused = new Set(topIndices(exact, 300));
      const accept = (i: number) => !refused.has(i) && i % 3 !== 0;
      const want = Array.from(exact.keys())
        .filter((i) => Number.isFinite(exact[i]))
        .sort((a, b) => (exact[b] as number) - (exact[a] as number))
        .find(accept);
      expect(bestAccepted(model, hit, score, values, accept)).toBe(want);
      expect(bestAccepted(model, hit, score, values, () => false)).toBe(-1);
    });
  }
});
