import { describe, expect, it } from 'vitest';
import {
  createLmlEvaluator,
  createPredictScratch,
  fitGP,
  GPError,
  logMarginalLikelihood,
  predict,
  predictWithGradient,
  VARIANCE_FLOOR,
} from './gp.ts';
import { atLowerLengthScaleBound, fitGPWithHyperparameters } from './gpFit.ts';
import { crossCovariance } from './kernels.ts';
import { cholesky, cholSolveInPlace, solveLowerInPlace } from './linalg.ts';
import { createRng } from './rng.ts';
import type { GPModel, KernelSpec, KernelType, PointSet } from './types.ts';
import { pointSet } from './types.ts';

const TYPES: KernelType[] = ['matern52', 'matern32', 'matern12', 'rbf'];

function randomPoints(n: number, d: number, seed: number, lo = -2, hi = 3): PointSet {
  const rng = createRng(seed);
  return { data: Float64Array.from({ length: n * d }, () => rng.uniform(lo, hi)), n, d };
}

function target(X: PointSet): Float64Array {
  const y = new Float64Array(X.n);
  for (let i = 0; i < X.n; i++) {
    let s = 0;
    for (let k = 0; k < X.d; k++) s += Math.sin(1.3 * (X.data[i * X.d + k] as number) + k);
    y[i] = 3 * s + 5;
  }
  return y;
}

/** A model on normalized targets (sklearn normalize_y), as most tests here fit it. */
function fitNormalized(
  X: PointSet,
  y: Float64Array | readonly number[],
  kernel: KernelSpec,
  alpha = 1e-6,
): GPModel {
  return fitGP(X, y, { kernel, alpha, normalizeY: true });
}

function gpError(fn: () => unknown): GPError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GPError) return e;
    throw e;
  }
  throw new Error('expected a GPError');
}

/** Textbook posterior from crossCovariance and the linalg solves, one point at a time. */
function naivePredict(model: GPModel, Xs: PointSet): { mean: number[]; std: number[] } {
  const n = model.X.n;
  const Ks = crossCovariance(model.kernel, Xs, model.X);
  const mean: number[] = [];
  const std: number[] = [];
  for (let j = 0; j < Xs.n; j++) {
    const k = Ks.slice(j * n, (j + 1) * n);
    let mu = 0;
    for (let i = 0; i < n; i++) mu += (k[i] as number) * (model.weights[i] as number);
    const v = solveLowerInPlace(model.L, n, k.slice());
    let q = 0;
    for (const t of v) q += t * t;
    const variance = Math.max(model.kernel.variance - q, 0);
    mean.push(mu * model.yStd + model.yMean);
    std.push(Math.sqrt(variance) * model.yStd);
  }
  return { mean, std };
}

describe('fitGP', () => {
  it('normalizes y with the mean and the population std (sklearn normalize_y)', () => {
    const X = pointSet([[0], [1], [2], [3]]);
    const model = fitNormalized(X, [1, 2, 3, 6], { type: 'rbf', lengthScale: 1, variance: 1 });
    expect(model.yMean).toBe(3);
    expect(model.yStd).toBeCloseTo(Math.sqrt((4 + 1 + 0 + 9) / 4), 15);
    const plain = fitGP(X, [1, 2, 3, 6], {
      kernel: { type: 'rbf', lengthScale: 1, variance: 1 },
      alpha: 1e-6,
      normalizeY: false,
    });
    expect([plain.yMean, plain.yStd]).toEqual([0, 1]);
  });

  it('uses std 1 for constant targets, and predicts the constant', () => {
    const model = fitNormalized(pointSet([[0], [1], [2]]), [4, 4, 4], {
      type: 'matern52',
      lengthScale: 1,
      variance: 1,
    });
    expect(model.yStd).toBe(1);
    const mean = new Float64Array(2);
    const std = new Float64Array(2);
    predict(model, pointSet([[0.5], [10]]), mean, std);
    expect(mean[0]).toBeCloseTo(4, 12);
    expect(mean[1]).toBeCloseTo(4, 12);
  });

  it('reports the jitter a duplicated point needs (alpha = 0)', () => {
    const model = fitNormalized(
      pointSet([[0], [0], [1]]),
      [1, 1, 2],
      { type: 'matern52', lengthScale: 1, variance: 1 },
      0,
    );
    expect(model.jitter).toBeGreaterThan(0);
    expect(model.jitter).toBeLessThanOrEqual(1e-3);
    expect(Number.isFinite(model.logMarginalLikelihood)).toBe(true);
  });

  it('needs no jitter with the default alpha', () => {
    const model = fitNormalized(pointSet([[0], [1e-9], [1]]), [1, 1, 2], {
      type: 'matern52',
      lengthScale: 1,
      variance: 1,
    });
    expect(model.jitter).toBe(0);
  });

  it('throws typed errors for bad input', () => {
    const kernel: KernelSpec = { type: 'rbf', lengthScale: 1, variance: 1 };
    const opts = { kernel, alpha: 1e-6, normalizeY: true };
    expect(gpError(() => fitGP(pointSet([[0], [NaN]]), [1, 2], opts)).reason).toBe('non-finite');
    const e = gpError(() => fitGP(pointSet([[0], [1]]), [1, Infinity], opts));
    expect(e.reason).toBe('non-finite');
    expect(e.message).toMatch(/y\[1\]/);
    expect(gpError(() => fitGP(pointSet([]), [], opts)).reason).toBe('empty');
    expect(gpError(() => fitGP(pointSet([[0], [1]]), [1], opts)).reason).toBe('length-mismatch');
    const badKernel = { ...opts, kernel: { ...kernel, lengthScale: [1, 2] } };
    expect(gpError(() => fitGP(pointSet([[0], [1]]), [1, 2], badKernel)).reason).toBe(
      'invalid-kernel',
    );
    const negAlpha = { ...opts, alpha: -1 };
    expect(gpError(() => fitGP(pointSet([[0]]), [1], negAlpha)).reason).toBe('invalid-option');
  });

  it('throws not-positive-definite when even jitter cannot help', () => {
    const opts = {
      kernel: { type: 'rbf', lengthScale: 1, variance: 1 } as const,
      alpha: 0,
      normalizeY: false,
      cholesky: { maxTries: 0 },
    };
    const e = gpError(() => fitGP(pointSet([[0], [0]]), [1, 2], opts));
    expect(e.reason).toBe('not-positive-definite');
  });
});

describe('predict', () => {
  it.each(TYPES)('%s interpolates noise-free data; std >= 0 and small at observations', (type) => {
    const X = randomPoints(12, 2, 1);
    const y = target(X);
    const model = fitNormalized(X, y, { type, lengthScale: [1.1, 0.8], variance: 1 }, 1e-10);
    const mean = new Float64Array(X.n);
    const std = new Float64Array(X.n);
    predict(model, X, mean, std);
    for (let i = 0; i < X.n; i++) {
      expect(Math.abs((mean[i] as number) - (y[i] as number))).toBeLessThan(1e-5);
      expect(std[i]).toBeGreaterThanOrEqual(0);
      expect(std[i]).toBeLessThan(1e-3 * model.yStd);
    }
    const G = randomPoints(50, 2, 2, -4, 5);
    const gm = new Float64Array(G.n);
    const gs = new Float64Array(G.n);
    predict(model, G, gm, gs);
    for (const s of gs) {
      expect(s).toBeGreaterThanOrEqual(Math.sqrt(VARIANCE_FLOOR) * model.yStd * (1 - 1e-12));
      expect(s).toBeLessThanOrEqual(model.yStd * (1 + 1e-12));
    }
  });

  it.each(TYPES)('%s agrees with the textbook formulas, ARD, any block size', (type) => {
    const X = randomPoints(9, 3, 3);
    const model = fitNormalized(
      X,
      target(X),
      { type, lengthScale: [0.9, 1.7, 2.4], variance: 1.8 },
      1e-4,
    );
    for (const m of [1, 7, 8, 13]) {
      const Xs = randomPoints(m, 3, 10 + m);
      const mean = new Float64Array(m);
      const std = new Float64Array(m);
      predict(model, Xs, mean, std);
      const ref = naivePredict(model, Xs);
      for (let j = 0; j < m; j++) {
        expect(mean[j]).toBeCloseTo(ref.mean[j] as number, 11);
        expect(std[j]).toBeCloseTo(ref.std[j] as number, 11);
      }
    }
  });

  it('reverts to the prior far from the data', () => {
    const X = randomPoints(6, 1, 4);
    const model = fitNormalized(X, target(X), { type: 'matern52', lengthScale: 0.5, variance: 2 });
    const mean = new Float64Array(1);
    const std = new Float64Array(1);
    predict(model, pointSet([[1e4]]), mean, std);
    expect(mean[0]).toBeCloseTo(model.yMean, 10);
    expect(std[0]).toBeCloseTo(Math.sqrt(2) * model.yStd, 10);
  });

  it('floors the variance instead of returning 0 or NaN (duplicated point, alpha 0)', () => {
    const model = fitGP(pointSet([[0], [0], [1]]), [1, 1, 2], {
      kernel: { type: 'rbf', lengthScale: 1, variance: 1 },
      alpha: 0,
      normalizeY: false,
    });
    const mean = new Float64Array(1);
    const std = new Float64Array(1);
    predict(model, pointSet([[0]]), mean, std);
    expect(std[0]).toBeGreaterThanOrEqual(Math.sqrt(VARIANCE_FLOOR));
    expect(Number.isFinite(mean[0] as number)).toBe(true);
  });
});

describe('predictWithGradient', () => {
  const cases = TYPES.flatMap((type) => [
    { type, lengthScale: 0.9 as number | number[] },
    { type, lengthScale: [0.7, 1.6] },
  ]);

  it.each(cases)('$type $lengthScale: values match predict, gradients match differences', (c) => {
    const X = randomPoints(10, 2, 5);
    const model = fitNormalized(X, target(X), {
      type: c.type,
      lengthScale: c.lengthScale,
      variance: 1.3,
    });
    const scratch = createPredictScratch(model);
    const at = (x: Float64Array): [number, number] => {
      const mean = new Float64Array(1);
      const std = new Float64Array(1);
      predict(model, { data: x, n: 1, d: 2 }, mean, std);
      return [mean[0] as number, std[0] as number];
    };
    for (const x of [Float64Array.of(0.31, -0.7), Float64Array.of(2.2, 1.9)]) {
      const p = predictWithGradient(model, x, scratch);
      const [m0, s0] = at(x);
      expect(p.mean).toBeCloseTo(m0, 12);
      expect(p.std).toBeCloseTo(s0, 12);
      for (let k = 0; k < 2; k++) {
        const h = 1e-6;
        const xp = x.slice();
        const xm = x.slice();
        xp[k] = (xp[k] as number) + h;
        xm[k] = (xm[k] as number) - h;
        const [mp, sp] = at(xp);
        const [mm, sm] = at(xm);
        const scale = Math.max(1, Math.abs((mp - mm) / (2 * h)));
        expect(Math.abs((p.dMean[k] as number) - (mp - mm) / (2 * h)) / scale).toBeLessThan(1e-5);
        const sScale = Math.max(1, Math.abs((sp - sm) / (2 * h)));
        expect(Math.abs((p.dStd[k] as number) - (sp - sm) / (2 * h)) / sScale).toBeLessThan(1e-5);
      }
    }
  });

  it('allocates its own buffers when no scratch is given', () => {
    const X = randomPoints(4, 1, 6);
    const model = fitNormalized(X, target(X), { type: 'matern52', lengthScale: 1, variance: 1 });
    const a = predictWithGradient(model, Float64Array.of(0.1));
    const b = predictWithGradient(model, Float64Array.of(0.9));
    expect(a.dMean).not.toBe(b.dMean);
  });
});

describe('logMarginalLikelihood', () => {
  const cases = TYPES.flatMap((type) => [
    { type, lengthScale: 0.8 as number | number[] },
    { type, lengthScale: [0.6, 1.4, 2.1] },
  ]);

  it.each(cases)('$type $lengthScale: gradient matches central differences', (c) => {
    const X = randomPoints(11, 3, 7);
    const model = fitNormalized(
      X,
      target(X),
      { type: c.type, lengthScale: c.lengthScale, variance: 1.2 },
      1e-3,
    );
    const { value, grad } = logMarginalLikelihood(X, model.yNorm, model.kernel, 1e-3, true);
    expect(value).toBeCloseTo(model.logMarginalLikelihood, 9);
    const ls = c.lengthScale;
    const theta = typeof ls === 'number' ? [Math.log(ls)] : ls.map(Math.log);
    const at = (t: number[]): number => {
      const spec: KernelSpec = {
        type: c.type,
        lengthScale: typeof ls === 'number' ? Math.exp(t[0] as number) : t.map(Math.exp),
        variance: 1.2,
      };
      return logMarginalLikelihood(X, model.yNorm, spec, 1e-3, false).value;
    };
    expect(grad.length).toBe(theta.length);
    theta.forEach((_, j) => {
      const h = 1e-5;
      const tp = theta.slice();
      const tm = theta.slice();
      tp[j] = (tp[j] as number) + h;
      tm[j] = (tm[j] as number) - h;
      const fd = (at(tp) - at(tm)) / (2 * h);
      expect(Math.abs((grad[j] as number) - fd)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
    });
  });

  it('equals the closed form for white noise (tiny length scale)', () => {
    const X = randomPoints(5, 1, 8);
    const yNorm = Float64Array.of(1, -1, 0.5, 0.2, -0.7);
    const alpha = 0.1;
    const { value } = logMarginalLikelihood(
      X,
      yNorm,
      { type: 'matern52', lengthScale: 1e-5, variance: 1 },
      alpha,
      false,
    );
    let yy = 0;
    for (const v of yNorm) yy += v * v;
    const expected =
      (-0.5 * yy) / (1 + alpha) - 2.5 * Math.log(1 + alpha) - 2.5 * Math.log(2 * Math.PI);
    expect(value).toBeCloseTo(expected, 12);
  });

  it('is -Infinity when K cannot be factored and jitter is off', () => {
    const X = pointSet([[0], [0]]);
    const ev = createLmlEvaluator(X, Float64Array.of(1, -1), 'rbf', 1, 0, false, { maxTries: 0 });
    const g = new Float64Array(1).fill(7);
    expect(ev.evaluate([0], g)).toBe(-Infinity);
    expect(g[0]).toBe(0);
  });

  it('matches a direct computation with the linalg solves', () => {
    const X = randomPoints(8, 2, 9);
    const yNorm = Float64Array.from(target(X), (v) => v / 5 - 1);
    const spec: KernelSpec = { type: 'matern32', lengthScale: [0.5, 1.5], variance: 0.7 };
    const K = crossCovariance(spec, X, X);
    for (let i = 0; i < 8; i++) K[i * 8 + i] = (K[i * 8 + i] as number) + 0.01;
    const chol = cholesky(K, 8);
    if (!chol.ok) throw new Error(chol.message);
    const a = cholSolveInPlace(chol.L, 8, yNorm.slice());
    let direct = -4 * Math.log(2 * Math.PI);
    for (let i = 0; i < 8; i++) {
      direct -= 0.5 * (yNorm[i] as number) * (a[i] as number) + Math.log(chol.L[i * 9] as number);
    }
    expect(logMarginalLikelihood(X, yNorm, spec, 0.01, false).value).toBeCloseTo(direct, 11);
  });
});

describe('fitGPWithHyperparameters', () => {
  const X = randomPoints(16, 1, 11, -2, 6);
  const y = Float64Array.from({ length: 16 }, (_, i) => {
    const x = X.data[i] as number;
    return Math.exp(-((x - 3) ** 2)) + Math.exp(-((3 * x - 2) ** 2)) + 1 / (x * x + 1);
  });
  const base = {
    kernel: { type: 'matern52', lengthScale: 1, variance: 1 } as KernelSpec,
    alpha: 1e-6,
    normalizeY: true,
  };

  it('beats the likelihood at the start and on a scan of length scales', () => {
    const model = fitGPWithHyperparameters(X, y, { ...base, restarts: 5, rng: createRng(0) });
    const lml = model.logMarginalLikelihood;
    for (let t = -5; t <= 5; t += 0.25) {
      const v = logMarginalLikelihood(
        X,
        model.yNorm,
        { ...base.kernel, lengthScale: 10 ** t },
        base.alpha,
        false,
      ).value;
      expect(lml).toBeGreaterThanOrEqual(v - 1e-9 * Math.abs(v));
    }
    const ls = model.kernel.lengthScale as number;
    expect(ls).toBeGreaterThanOrEqual(1e-5);
    expect(ls).toBeLessThanOrEqual(1e5);
  });

  it('is deterministic for a seed and works with no restarts', () => {
    const a = fitGPWithHyperparameters(X, y, { ...base, restarts: 3, rng: createRng(4) });
    const b = fitGPWithHyperparameters(X, y, { ...base, restarts: 3, rng: createRng(4) });
    expect(a.kernel.lengthScale).toBe(b.kernel.lengthScale);
    const c = fitGPWithHyperparameters(X, y, { ...base, restarts: 0, rng: createRng(4) });
    expect(c.logMarginalLikelihood).toBeCloseTo(a.logMarginalLikelihood, 6);
  });

  it('fits one length scale per dimension for ARD and respects custom bounds', () => {
    const X2 = randomPoints(20, 2, 12);
    const y2 = Float64Array.from({ length: 20 }, (_, i) =>
      Math.sin(2 * (X2.data[2 * i] as number)),
    );
    const model = fitGPWithHyperparameters(X2, y2, {
      ...base,
      kernel: { type: 'rbf', lengthScale: [1, 1], variance: 1 },
      bounds: [0.1, 10],
      rng: createRng(1),
    });
    const ls = model.kernel.lengthScale as number[];
    expect(ls).toHaveLength(2);
    for (const l of ls) {
      expect(l).toBeGreaterThanOrEqual(0.1);
      expect(l).toBeLessThanOrEqual(10);
    }
    // y ignores the second input: its length scale should be the longer one.
    expect(ls[1] as number).toBeGreaterThan(ls[0] as number);
  });

  it('puts two points at the lower bound: normalized to -1 and +1 they are best uncorrelated', () => {
    // LML = -1/(1-k) - log(1-k^2)/2 - log(2 pi) for correlation k, decreasing in k on [0, 1).
    const rng = createRng(5);
    for (let trial = 0; trial < 20; trial++) {
      const two = pointSet([[rng.uniform(-2, 6)], [rng.uniform(-2, 6)]]);
      const yy = [rng.uniform(-1, 1), rng.uniform(-1, 1)];
      const model = fitGPWithHyperparameters(two, yy, { ...base, restarts: 5, rng });
      expect(model.kernel.lengthScale).toBe(1e-5);
      expect(atLowerLengthScaleBound(model.kernel.lengthScale)).toBe(true);
    }
    // A third point on a smooth curve gives the fit something to correlate.
    expect(
      atLowerLengthScaleBound(fitGPWithHyperparameters(X, y, { ...base, rng }).kernel.lengthScale),
    ).toBe(false);
  });

  it('atLowerLengthScaleBound: any ARD dimension at the bound, within rounding only', () => {
    expect(atLowerLengthScaleBound(1e-5)).toBe(true);
    expect(atLowerLengthScaleBound(Math.exp(Math.log(1e-5)))).toBe(true);
    expect(atLowerLengthScaleBound(1.0001e-5)).toBe(false);
    expect(atLowerLengthScaleBound([0.3, 1e-5])).toBe(true);
    expect(atLowerLengthScaleBound([0.3, 2])).toBe(false);
    expect(atLowerLengthScaleBound(0.1, 0.1)).toBe(true);
  });

  it('rejects bad options with GPError', () => {
    const bad = { ...base, rng: createRng(0) };
    expect(gpError(() => fitGPWithHyperparameters(X, y, { ...bad, restarts: -1 })).reason).toBe(
      'invalid-option',
    );
    expect(gpError(() => fitGPWithHyperparameters(X, y, { ...bad, bounds: [2, 1] })).reason).toBe(
      'invalid-option',
    );
  });
});
