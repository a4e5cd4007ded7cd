import { describe, expect, it } from 'vitest';
import { fitGP, logMarginalLikelihood, normalizeTargets, predict } from './gp.ts';
import {
  fitGPMap,
  lengthScalePrior,
  logPriorWithGradient,
  UNIT_LENGTH_SCALE_BOUNDS,
} from './gpMap.ts';
import { createRng } from './rng.ts';
import type { PointSet } from './types.ts';

const ranges = [15, 0.002];
function data(n: number, seed: number): { X: PointSet; y: number[] } {
  const rng = createRng(seed);
  const X = new Float64Array(n * 2);
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    X[2 * i] = rng.uniform(-5, 10);
    X[2 * i + 1] = rng.uniform(1, 1.002);
    y.push(Math.sin((X[2 * i] as number) / 3) + 50 * ((X[2 * i + 1] as number) - 1));
  }
  return { X: { data: X, n, d: 2 }, y };
}

describe('the length-scale prior (Hvarfner et al. 2024, as BoTorch)', () => {
  it('has loc sqrt(2) + log(d)/2 and scale sqrt(3)', () => {
    expect(lengthScalePrior(1)).toEqual({ loc: Math.SQRT2, scale: Math.sqrt(3) });
    expect(lengthScalePrior(4).loc).toBeCloseTo(Math.SQRT2 + Math.log(2), 15);
  });
  it('its gradient matches central differences, and it peaks at log l = loc (a density in log l)', () => {
    const prior = lengthScalePrior(3);
    for (const t of [-3, -1, 0, 0.7, 2]) {
      const h = 1e-6;
      const fd =
        (logPriorWithGradient(t + h, prior)[0] - logPriorWithGradient(t - h, prior)[0]) / (2 * h);
      expect(logPriorWithGradient(t, prior)[1]).toBeCloseTo(fd, 6);
    }
    expect(logPriorWithGradient(prior.loc, prior)[1]).toBeCloseTo(0, 12);
  });
});

/** The MAP fit of data(n, seed) on the 2D box above. */
function fitted(n: number, seed: number, restarts: number, rngSeed: number) {
  const { X, y } = data(n, seed);
  const model = fitGPMap(X, y, {
    kernelType: 'matern52',
    variance: 1,
    alpha: 1e-6,
    ranges,
    restarts,
    rng: createRng(rngSeed),
  });
  return { X, y, model, ls: model.kernel.lengthScale as number[] };
}

const toUnit = (p: PointSet): PointSet => ({
  data: Float64Array.from(p.data, (v, i) => v / (ranges[i % 2] as number)),
  n: p.n,
  d: p.d,
});

describe('fitGPMap', () => {
  it('finds a stationary point of log marginal likelihood + log prior in the unit cube', () => {
    const { X, y, ls } = fitted(12, 1, 3, 5);
    const unit = toUnit(X).data;
    const yNorm = normalizeTargets(Float64Array.from(y), true).yNorm;
    const theta = ls.map((l, k) => Math.log(l / (ranges[k] as number)));
    const prior = lengthScalePrior(2);
    const post = (th: number[]): number =>
      logMarginalLikelihood(
        { data: unit, n: 12, d: 2 },
        yNorm,
        { type: 'matern52', lengthScale: th.map(Math.exp), variance: 1 },
        1e-6,
        false,
      ).value + th.reduce((s, t) => s + logPriorWithGradient(t, prior)[0], 0);
    const [lo, hi] = UNIT_LENGTH_SCALE_BOUNDS.map(Math.log) as [number, number];
    theta.forEach((t, k) => {
      if (t <= lo + 1e-6 || t >= hi - 1e-6) return;
      const h = 1e-4;
      const up = [...theta];
      const dn = [...theta];
      up[k] = t + h;
      dn[k] = t - h;
      expect(Math.abs((post(up) - post(dn)) / (2 * h)), `dim ${k}`).toBeLessThan(1e-3);
    });
  });

  it('is the unit-cube GP, stored in search units (length scales times the widths)', () => {
    const { X, y, model, ls } = fitted(10, 2, 2, 3);
    const unit = toUnit(X);
    const ref = fitGP(unit, y, {
      kernel: {
        type: 'matern52',
        lengthScale: ls.map((l, k) => l / (ranges[k] as number)),
        variance: 1,
      },
      alpha: 1e-6,
      normalizeY: true,
    });
    const Xs = data(20, 9).X;
    const Us = toUnit(Xs);
    const [m1, s1, m2, s2] = [0, 1, 2, 3].map(() => new Float64Array(20)) as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    predict(model, Xs, m1, s1);
    predict(ref, Us, m2, s2);
    for (let i = 0; i < 20; i++) {
      expect(m1[i]).toBeCloseTo(m2[i] as number, 8);
      expect(s1[i]).toBeCloseTo(s2[i] as number, 8);
    }
  });

  it('is deterministic from the rng, and a 1D fit keeps one number', () => {
    const X: PointSet = { data: Float64Array.of(-1.5, 2.5), n: 2, d: 1 };
    const opts = {
      kernelType: 'matern52' as const,
      variance: 1,
      alpha: 1e-6,
      ranges: [8],
      restarts: 5,
    };
    const a = fitGPMap(X, [0.2, 1.1], { ...opts, rng: createRng(1) });
    const b = fitGPMap(X, [0.2, 1.1], { ...opts, rng: createRng(1) });
    expect(typeof a.kernel.lengthScale).toBe('number');
    expect(a.kernel.lengthScale).toBe(b.kernel.lengthScale);
    // Two points: the prior keeps the length scale well above its lower bound (bayes_opt's ML-II
    // goes to 1e-5 here), so the GP correlates them.
    expect(a.kernel.lengthScale as number).toBeGreaterThan(8 * 0.05);
  });

  it('refuses widths that do not match the dimensions', () => {
    const X: PointSet = { data: Float64Array.of(0, 1), n: 2, d: 1 };
    expect(() =>
      fitGPMap(X, [0, 1], {
        kernelType: 'rbf',
        variance: 1,
        alpha: 1e-6,
        ranges: [1, 2],
        restarts: 0,
        rng: createRng(0),
      }),
    ).toThrow(/ranges/);
    expect(() =>
      fitGPMap(X, [0, 1], {
        kernelType: 'rbf',
        variance: 1,
        alpha: 1e-6,
        ranges: [0],
        restarts: 0,
        rng: createRng(0),
      }),
    ).toThrow(/ranges/);
  });
});
