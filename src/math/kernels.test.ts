import { describe, expect, it } from 'vitest';
import {
  covariance,
  crossCovariance,
  inverseLengthScales,
  kernelGradFactor,
  kernelOfDistance,
} from './kernels.ts';
import { fitGP, predict } from './gp.ts';
import type { KernelType } from './types.ts';
import { pointSet } from './types.ts';

const TYPES: KernelType[] = ['matern52', 'matern32', 'matern12', 'rbf'];

describe('kernelOfDistance', () => {
  it.each(TYPES)('%s is 1 at r = 0 and decreases with r', (type) => {
    expect(kernelOfDistance(type, 0)).toBe(1);
    let prev = 1;
    for (let r = 0.1; r < 10; r += 0.1) {
      const k = kernelOfDistance(type, r);
      expect(k).toBeLessThan(prev);
      expect(k).toBeGreaterThan(0);
      prev = k;
    }
  });

  it('matches the closed forms at r = 1 (scikit-learn)', () => {
    const s3 = Math.sqrt(3);
    const s5 = Math.sqrt(5);
    expect(kernelOfDistance('rbf', 1)).toBeCloseTo(Math.exp(-0.5), 15);
    expect(kernelOfDistance('matern12', 1)).toBeCloseTo(Math.exp(-1), 15);
    expect(kernelOfDistance('matern32', 1)).toBeCloseTo((1 + s3) * Math.exp(-s3), 15);
    expect(kernelOfDistance('matern52', 1)).toBeCloseTo((1 + s5 + 5 / 3) * Math.exp(-s5), 15);
  });
});

describe('kernelGradFactor', () => {
  it.each(TYPES)('%s: g(r) r^2 is dk/dlog l (central differences)', (type) => {
    for (const r0 of [0.05, 0.3, 1, 2.5]) {
      // k(r0 / l) at l = exp(t), differentiated at t = 0.
      const h = 1e-6;
      const fd =
        (kernelOfDistance(type, r0 * Math.exp(-h)) - kernelOfDistance(type, r0 * Math.exp(h))) /
        (2 * h);
      expect(kernelGradFactor(type, r0) * r0 * r0).toBeCloseTo(fd, 7);
    }
  });

  it('is finite at r = 0', () => {
    for (const type of TYPES) expect(Number.isFinite(kernelGradFactor(type, 0))).toBe(true);
  });
});

describe('crossCovariance', () => {
  const X = pointSet([
    [0, 0],
    [1, 0.5],
    [-0.3, 2],
  ]);

  it.each(TYPES)('%s: diagonal equals the variance, matrix symmetric', (type) => {
    const K = covariance({ type, lengthScale: [0.7, 1.9], variance: 2.5 }, X);
    for (let i = 0; i < 3; i++) {
      expect(K[i * 3 + i]).toBe(2.5);
      for (let j = 0; j < 3; j++) expect(K[i * 3 + j]).toBeCloseTo(K[j * 3 + i] as number, 15);
    }
  });

  it('scales each dimension by its own length scale (ARD)', () => {
    const A = pointSet([[0, 0]]);
    const B = pointSet([[0.6, 0.8]]);
    const K = crossCovariance({ type: 'rbf', lengthScale: [0.3, 0.4], variance: 1 }, A, B);
    // r^2 = (0.6/0.3)^2 + (0.8/0.4)^2 = 8
    expect(K[0]).toBeCloseTo(Math.exp(-4), 15);
    const iso = crossCovariance({ type: 'rbf', lengthScale: 2, variance: 1 }, A, B);
    expect(iso[0]).toBeCloseTo(Math.exp(-0.125), 15);
  });

  it('rejects a dimension mismatch and a wrong number of length scales', () => {
    expect(() =>
      crossCovariance({ type: 'rbf', lengthScale: 1, variance: 1 }, X, pointSet([[1]])),
    ).toThrow(RangeError);
    expect(() =>
      inverseLengthScales({ type: 'rbf', lengthScale: [1, 2, 3], variance: 1 }, 4),
    ).toThrow(RangeError);
  });
});

describe('kernels at extreme distances', () => {
  it('tend to 0, never NaN, where exp underflows and the polynomial overflows', () => {
    for (const type of ['rbf', 'matern12', 'matern32', 'matern52'] as const) {
      for (const r of [800, 1e160, Infinity]) {
        expect(kernelOfDistance(type, r)).toBe(0);
        expect(kernelGradFactor(type, r)).toBe(0);
      }
    }
  });

  it('a GP with a tiny length scale on a wide box predicts finite values', () => {
    const X = { data: Float64Array.of(-1e100, 0, 1e100), n: 3, d: 1 };
    const model = fitGP(X, [1, 2, 3], {
      kernel: { type: 'matern52', lengthScale: 1e-5, variance: 1 },
      alpha: 1e-6,
      normalizeY: true,
    });
    const mean = new Float64Array(2);
    const std = new Float64Array(2);
    predict(model, { data: Float64Array.of(5e99, 1), n: 2, d: 1 }, mean, std);
    expect([...mean, ...std].every(Number.isFinite)).toBe(true);
  });
});
