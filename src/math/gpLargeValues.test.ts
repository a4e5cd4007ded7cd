/**
 * Targets near the top of float64 (issue 12: y = [0, 1e200, -1e200] gave a NaN mean; x * 1e305 on
 * the BO screen gave "the mean (NaN)... σ is large (∞)"). Multiplying y by a power of two is exact
 * in float64, so a model of c * y must predict c times what the model of y predicts: that is the
 * reference the large cases are checked against.
 */
import { describe, expect, it } from 'vitest';
import { fitGP, GPError, normalizeTargets, predict, predictWithGradient } from './gp.ts';
import { fitGPWithHyperparameters } from './gpFit.ts';
import { createRng } from './rng.ts';
import type { GPModel, KernelSpec, PointSet } from './types.ts';

const KERNEL: KernelSpec = { type: 'matern52', lengthScale: 1, variance: 1 };
/** 2^1000 ≈ 1.07e301: y * C1000 is exact, and y^2 * C1000^2 overflows. */
const C1000 = 2 ** 1000;

const X: PointSet = { data: Float64Array.of(-2, -0.5, 1, 2.5, 4, 6), n: 6, d: 1 };
const Y = Float64Array.of(-2, -0.5, 1, 2.5, 4, 6);
const GRID: PointSet = {
  data: Float64Array.from({ length: 41 }, (_, i) => -2 + i * 0.2),
  n: 41,
  d: 1,
};

function predictGrid(model: GPModel): { mean: Float64Array; std: Float64Array } {
  const mean = new Float64Array(GRID.n);
  const std = new Float64Array(GRID.n);
  predict(model, GRID, mean, std);
  return { mean, std };
}

/** |a - b| <= rel * |b| (+ a floor relative to the data's scale for values near 0). */
function expectScaledClose(
  actual: Float64Array,
  reference: Float64Array,
  c: number,
  rel = 1e-9,
): void {
  for (let i = 0; i < reference.length; i++) {
    const ref = (reference[i] as number) * c;
    expect(Number.isFinite(actual[i] as number)).toBe(true);
    expect(Math.abs((actual[i] as number) - ref)).toBeLessThanOrEqual(rel * (Math.abs(ref) + c));
  }
}

describe('normalizeTargets with values whose squares overflow', () => {
  it('gives the mean and population std of [0, 1e200, -1e200]', () => {
    const { yNorm, yMean, yStd } = normalizeTargets(Float64Array.of(0, 1e200, -1e200), true);
    expect(yMean).toBe(0);
    expect(yStd / (1e200 * Math.sqrt(2 / 3))).toBeCloseTo(1, 14);
    expect(yNorm[0]).toBe(0);
    expect(yNorm[1]).toBeCloseTo(Math.sqrt(1.5), 14);
    expect(yNorm[2]).toBeCloseTo(-Math.sqrt(1.5), 14);
  });

  it('survives a sum that overflows and differences wider than float64', () => {
    const { yNorm, yMean, yStd } = normalizeTargets(
      Float64Array.of(1.7e308, 1.7e308, -1.7e308),
      true,
    );
    expect(yMean / (1.7e308 / 3)).toBeCloseTo(1, 14);
    expect(Number.isFinite(yStd)).toBe(true);
    for (const v of yNorm) expect(Number.isFinite(v)).toBe(true);
    // (y - mean) / std, recomputed in a scale where nothing overflows.
    const u = [1, 1, -1];
    const mu = 1 / 3;
    const sd = Math.sqrt(u.reduce((s, v) => s + (v - mu) ** 2, 0) / 3);
    u.forEach((v, i) => expect(yNorm[i]).toBeCloseTo((v - mu) / sd, 14));
  });

  it('scales exactly with the data: c * y normalizes to the same yNorm', () => {
    const plain = normalizeTargets(Y, true);
    const big = normalizeTargets(
      Y.map((v) => v * C1000),
      true,
    );
    expect(big.yMean / C1000).toBeCloseTo(plain.yMean, 13);
    expect(big.yStd / C1000).toBeCloseTo(plain.yStd, 13);
    big.yNorm.forEach((v, i) => expect(v).toBeCloseTo(plain.yNorm[i] as number, 13));
  });

  it('all equal at 1e308: std falls back to 1 and yNorm is 0', () => {
    const { yNorm, yMean, yStd } = normalizeTargets(Float64Array.of(1e308, 1e308, 1e308), true);
    expect(yMean).toBe(1e308);
    expect(yStd).toBe(1);
    expect(Array.from(yNorm)).toEqual([0, 0, 0]);
  });
});

describe('a GP of very large targets', () => {
  it('predicts c times the mean and std of the GP of y (fixed kernel)', () => {
    const ref = predictGrid(fitGP(X, Y, { kernel: KERNEL, alpha: 1e-6, normalizeY: true }));
    const big = predictGrid(
      fitGP(
        X,
        Y.map((v) => v * C1000),
        { kernel: KERNEL, alpha: 1e-6, normalizeY: true },
      ),
    );
    expectScaledClose(big.mean, ref.mean, C1000);
    expectScaledClose(big.std, ref.std, C1000);
  });

  it('fits the same length scale by ML-II and stays finite (x * 1e305)', () => {
    const opts = { kernel: KERNEL, alpha: 1e-6, normalizeY: true, restarts: 2 };
    const ref = fitGPWithHyperparameters(X, Y, { ...opts, rng: createRng(1) });
    const big = fitGPWithHyperparameters(
      X,
      Y.map((v) => v * 1e305),
      { ...opts, rng: createRng(1) },
    );
    // The optimizer stops within its tolerance of the same optimum.
    const ls = ref.kernel.lengthScale as number;
    expect(Math.abs((big.kernel.lengthScale as number) / ls - 1)).toBeLessThan(1e-5);
    expect(Number.isFinite(big.logMarginalLikelihood)).toBe(true);
    const p = predictGrid(big);
    const r = predictGrid(ref);
    expectScaledClose(p.mean, r.mean, 1e305, 1e-5);
    expectScaledClose(p.std, r.std, 1e305, 1e-5);
  });

  it('gives a finite std and gradients at one point (predictWithGradient)', () => {
    const model = fitGP(
      X,
      Y.map((v) => v * C1000),
      { kernel: KERNEL, alpha: 1e-6, normalizeY: true },
    );
    const ref = fitGP(X, Y, { kernel: KERNEL, alpha: 1e-6, normalizeY: true });
    const a = predictWithGradient(model, Float64Array.of(0.3));
    const b = predictWithGradient(ref, Float64Array.of(0.3));
    expect(a.std / C1000).toBeCloseTo(b.std, 12);
    expect(a.mean / C1000).toBeCloseTo(b.mean, 12);
    expect((a.dStd[0] as number) / C1000).toBeCloseTo(b.dStd[0] as number, 10);
  });

  it('without normalization, says that the targets are too large instead of -Infinity', () => {
    const y = Float64Array.of(0, 1e200, -1e200);
    const X3: PointSet = { data: Float64Array.of(0, 1, 2), n: 3, d: 1 };
    const fit = (): GPModel => fitGP(X3, y, { kernel: KERNEL, alpha: 1e-6, normalizeY: false });
    expect(fit).toThrow(GPError);
    expect(fit).toThrow(/too large.*normaliz/);
    try {
      fit();
    } catch (e) {
      expect((e as GPError).reason).toBe('overflow');
    }
    const ml = (): GPModel =>
      fitGPWithHyperparameters(X3, y, {
        kernel: KERNEL,
        alpha: 1e-6,
        normalizeY: false,
        rng: createRng(0),
      });
    expect(ml).toThrow(/too large.*normaliz/);
  });
});
