import { describe, expect, it } from 'vitest';
import { fitGP, predict } from './gp.ts';
import { crossCovariance, kernelOfDistance } from './kernels.ts';
import { createRng } from './rng.ts';
import {
  evaluatePaths,
  samplePathParameters,
  samplePosteriorPaths,
  samplePriorPaths,
} from './thompson.ts';
import { pointSet, type GPModel, type KernelSpec, type PointSet } from './types.ts';

/** 1D data with an offset and scale far from 0 and 1, so yMean / yStd matter. */
function model1d(kernel: KernelSpec = { type: 'matern52', lengthScale: 0.3, variance: 1 }): {
  model: GPModel;
  y: number[];
} {
  const xs = [0.05, 0.3, 0.55, 0.8, 1.0];
  const y = xs.map((x) => 100 + 5 * Math.sin(6 * x) + 3 * x);
  const model = fitGP(pointSet(xs.map((x) => [x])), y, { kernel, alpha: 1e-6, normalizeY: true });
  return { model, y };
}

function model2d(): { model: GPModel; y: number[] } {
  const rng = createRng(99);
  const rows: number[][] = [];
  for (let i = 0; i < 12; i++) rows.push([rng.uniform(-2, 6), rng.uniform(-5, -1)]);
  const y = rows.map(([a, b]) => Math.exp(-(((a as number) - 3) ** 2)) + 0.2 * (b as number));
  const model = fitGP(pointSet(rows), y, {
    kernel: { type: 'matern32', lengthScale: [2, 1.5], variance: 1.3 },
    alpha: 1e-6,
    normalizeY: true,
  });
  return { model, y };
}

/** Empirical mean and std over paths (rows of a path-major matrix) at each point. */
function moments(
  values: Float64Array,
  paths: number,
  n: number,
): { mean: number[]; std: number[] } {
  const mean: number[] = [];
  const std: number[] = [];
  for (let p = 0; p < n; p++) {
    let s = 0;
    for (let c = 0; c < paths; c++) s += values[c * n + p] as number;
    const mu = s / paths;
    let ss = 0;
    for (let c = 0; c < paths; c++) ss += ((values[c * n + p] as number) - mu) ** 2;
    mean.push(mu);
    std.push(Math.sqrt(ss / (paths - 1)));
  }
  return { mean, std };
}

describe('posterior sample paths', () => {
  it('pass within a few sqrt(alpha) of the data, in the units of y', () => {
    for (const { model, y } of [model1d(), model2d()]) {
      const paths = samplePosteriorPaths(model, 20, createRng(1));
      const out = new Float64Array(model.X.n);
      const tol = 6 * Math.sqrt(model.alpha) * model.yStd;
      for (const path of paths) {
        path.evaluate(model.X, out);
        y.forEach((v, j) => expect(Math.abs((out[j] as number) - v)).toBeLessThan(tol));
      }
    }
  });

  it.each([false, true])(
    'match the GP posterior mean and std over 2000 paths (sharedFeatures %s)',
    (sharedFeatures) => {
      const { model } = model1d();
      const Xs = pointSet([[0.17], [0.42], [0.68], [0.9], [1.4], [-0.5]]);
      const gpMean = new Float64Array(Xs.n);
      const gpStd = new Float64Array(Xs.n);
      predict(model, Xs, gpMean, gpStd);
      const N = 2000;
      const paths = samplePosteriorPaths(model, N, createRng(2024), { sharedFeatures });
      const values = new Float64Array(N * Xs.n);
      evaluatePaths(paths, Xs, values);
      const { mean, std } = moments(values, N, Xs.n);
      const priorStd = Math.sqrt(model.kernel.variance) * model.yStd;
      // One shared basis carries its approximation error into every path: near the data, where
      // the posterior std is a fifth of the prior's, the spread can be ~15% off (see thompson.ts).
      const stdTol = sharedFeatures ? 0.3 : 0.1;
      for (let p = 0; p < Xs.n; p++) {
        const s = gpStd[p] as number;
        // Monte-Carlo error of the mean is s / sqrt(N) ~ 0.022 s; allow 5 of those plus 1% of the
        // prior std for the feature approximation.
        expect(Math.abs((mean[p] as number) - (gpMean[p] as number))).toBeLessThan(
          (5 * s) / Math.sqrt(N) + 0.01 * priorStd,
        );
        expect(Math.abs((std[p] as number) / s - 1)).toBeLessThan(stdTol);
      }
    },
  );

  it('2D with ARD: evaluatePaths equals per-path evaluate, and moments match', () => {
    const { model } = model2d();
    const Xs = pointSet([
      [0, -3],
      [3, -2],
      [5.5, -4.5],
      [-1.5, -1.2],
    ]);
    const N = 1500;
    const paths = samplePosteriorPaths(model, N, createRng(5));
    const values = new Float64Array(N * Xs.n);
    evaluatePaths(paths, Xs, values);
    const one = new Float64Array(Xs.n);
    for (const c of [0, 7, N - 1]) {
      (paths[c] as (typeof paths)[number]).evaluate(Xs, one);
      for (let p = 0; p < Xs.n; p++) expect(one[p]).toBeCloseTo(values[c * Xs.n + p] as number, 10);
    }
    const gpMean = new Float64Array(Xs.n);
    const gpStd = new Float64Array(Xs.n);
    predict(model, Xs, gpMean, gpStd);
    const { mean, std } = moments(values, N, Xs.n);
    for (let p = 0; p < Xs.n; p++) {
      const s = gpStd[p] as number;
      expect(Math.abs((mean[p] as number) - (gpMean[p] as number))).toBeLessThan(
        (5 * s) / Math.sqrt(N) + 0.01 * model.yStd,
      );
      expect(Math.abs((std[p] as number) / s - 1)).toBeLessThan(0.1);
    }
  });

  it.each([1, 2, 3])('gives the same values on a %dD grid as point by point', (d) => {
    const rng = createRng(40 + d);
    const rows: number[][] = [];
    for (let i = 0; i < 8; i++) rows.push(Array.from({ length: d }, () => rng.uniform(0, 1)));
    const model = fitGP(
      pointSet(rows),
      rows.map((r) => Math.sin(5 * (r[0] as number)) + r.length),
      {
        kernel: { type: 'matern52', lengthScale: 0.4, variance: 1 },
        alpha: 1e-6,
        normalizeY: true,
      },
    );
    const counts = [12, 7, 5].slice(0, d);
    const grid: number[][] = [];
    const visit = (prefix: number[]): void => {
      if (prefix.length === d) {
        grid.push(prefix);
        return;
      }
      const k = counts[prefix.length] as number;
      for (let i = 0; i < k; i++) visit([...prefix, -0.2 + (1.4 * i) / (k - 1)]);
    };
    visit([]);
    const G = pointSet(grid);
    for (const sharedFeatures of [false, true]) {
      const paths = samplePosteriorPaths(model, 3, createRng(7), { sharedFeatures, features: 64 });
      const batched = new Float64Array(3 * G.n);
      evaluatePaths(paths, G, batched);
      const one = new Float64Array(1);
      paths.forEach((path, c) => {
        const own = new Float64Array(G.n);
        path.evaluate(G, own);
        for (let p = 0; p < G.n; p++) {
          path.evaluate({ data: G.data.subarray(p * d, (p + 1) * d), n: 1, d }, one);
          expect(Math.abs((own[p] as number) - (one[0] as number))).toBeLessThan(1e-12);
          expect(Math.abs((batched[c * G.n + p] as number) - (one[0] as number))).toBeLessThan(
            1e-12,
          );
        }
      });
    }
  });

  it('exposes its parameters, which reproduce its values (for a GPU implementation)', () => {
    const { model } = model2d();
    const [path] = samplePosteriorPaths(model, 1, createRng(3), { features: 32 });
    const p = samplePathParameters(path as NonNullable<typeof path>);
    expect(p.omega.length).toBe(16 * 2);
    expect(p.weights.length).toBe(32);
    const x = [2.5, -3.1];
    let s = 0;
    for (let j = 0; j < 16; j++) {
      const t =
        (p.omega[2 * j] as number) * (x[0] as number) +
        (p.omega[2 * j + 1] as number) * (x[1] as number);
      s +=
        (p.weights[2 * j] as number) * Math.cos(t) + (p.weights[2 * j + 1] as number) * Math.sin(t);
    }
    const X = p.X as PointSet;
    const ks = crossCovariance(p.kernel, pointSet([x]), X);
    for (let i = 0; i < X.n; i++) s += (p.v as Float64Array)[i]! * (ks[i] as number);
    const out = new Float64Array(1);
    (path as NonNullable<typeof path>).evaluate(pointSet([x]), out);
    expect(s * p.yStd + p.yMean).toBeCloseTo(out[0] as number, 10);
  });

  it('is deterministic by seed and fixed once drawn', () => {
    const { model } = model1d();
    const Xs = pointSet([[0.2], [0.7], [1.3]]);
    const a = new Float64Array(3);
    const b = new Float64Array(3);
    const c = new Float64Array(3);
    const pa = samplePosteriorPaths(model, 3, createRng(8));
    (pa[2] as (typeof pa)[number]).evaluate(Xs, a);
    (samplePosteriorPaths(model, 3, createRng(8))[2] as (typeof pa)[number]).evaluate(Xs, b);
    (samplePosteriorPaths(model, 3, createRng(9))[2] as (typeof pa)[number]).evaluate(Xs, c);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
    (pa[2] as (typeof pa)[number]).evaluate(Xs, b);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(samplePosteriorPaths(model, 0, createRng(1))).toEqual([]);
  });

  it('has an analytic gradient that matches central differences', () => {
    const { model } = model2d();
    const paths = samplePosteriorPaths(model, 3, createRng(12), { features: 256 });
    const g = new Float64Array(2);
    const one = new Float64Array(1);
    const at = (path: (typeof paths)[number], x: number[]): number => {
      path.evaluate({ data: Float64Array.from(x), n: 1, d: 2 }, one);
      return one[0] as number;
    };
    for (const path of paths) {
      for (const x of [
        [1, -3],
        [3.3, -1.7],
        [-1, -4.2],
      ]) {
        const v = path.evaluateWithGradient(Float64Array.from(x), g);
        expect(v).toBeCloseTo(at(path, x), 10);
        for (let k = 0; k < 2; k++) {
          const h = 1e-5;
          const xp = [...x];
          const xm = [...x];
          (xp[k] as number) += h;
          (xm[k] as number) -= h;
          const fd = (at(path, xp) - at(path, xm)) / (2 * h);
          expect(Math.abs((g[k] as number) - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
        }
      }
    }
  });

  it('rejects bad arguments', () => {
    const { model } = model1d();
    expect(() => samplePosteriorPaths(model, -1, createRng(1))).toThrow(RangeError);
    expect(() => samplePosteriorPaths(model, 1, createRng(1), { features: 0 })).toThrow(RangeError);
    const path = samplePosteriorPaths(model, 1, createRng(1))[0] as ReturnType<
      typeof samplePosteriorPaths
    >[number];
    expect(() => path.evaluate(pointSet([[1, 2]]), new Float64Array(1))).toThrow(RangeError);
    expect(() => path.evaluate(pointSet([[1], [2]]), new Float64Array(1))).toThrow(RangeError);
  });
});

describe('prior paths (random Fourier features)', () => {
  const pts: PointSet = pointSet([
    [0, 0],
    [0.2, 0.1],
    [0.5, 1],
    [1.2, -0.8],
  ]);

  function empiricalCovariance(values: Float64Array, paths: number, i: number, j: number): number {
    let s = 0;
    const n = pts.n;
    for (let c = 0; c < paths; c++)
      s += (values[c * n + i] as number) * (values[c * n + j] as number);
    return s / paths;
  }

  it.each(['rbf', 'matern52', 'matern32', 'matern12'] as const)(
    'reproduce the %s kernel covariance',
    (type) => {
      const kernel: KernelSpec = { type, lengthScale: [0.5, 2], variance: 2 };
      // Independent bases with few features (each path's kernel is rough, their ensemble exact),
      // and one shared basis with many (its implied kernel is close to exact).
      for (const sharedFeatures of [false, true]) {
        const N = 2000;
        const paths = samplePriorPaths(kernel, 2, N, createRng(31), {
          sharedFeatures,
          features: sharedFeatures ? 4096 : 64,
        });
        const values = new Float64Array(N * pts.n);
        evaluatePaths(paths, pts, values);
        for (let i = 0; i < pts.n; i++) {
          for (let j = i; j < pts.n; j++) {
            const dx = ((pts.data[2 * i] as number) - (pts.data[2 * j] as number)) / 0.5;
            const dy = ((pts.data[2 * i + 1] as number) - (pts.data[2 * j + 1] as number)) / 2;
            const k = 2 * kernelOfDistance(type, Math.hypot(dx, dy));
            // Monte-Carlo sd of a covariance estimate is at most variance * sqrt(2 / N) = 0.063.
            expect(
              Math.abs(empiricalCovariance(values, N, i, j) - k),
              `${type} shared=${sharedFeatures} (${i}, ${j})`,
            ).toBeLessThan(0.2);
          }
        }
      }
    },
  );
});
