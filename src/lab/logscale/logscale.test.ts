import { describe, expect, it } from 'vitest';
import { createRng } from '../../math/rng.ts';
import { binomialStdError } from '../stats.ts';
import {
  averagingWindow,
  betaShareBelow,
  betaStep,
  decadeShares,
  logUniformDecadeShare,
  sampleBetas,
  sampleLearningRates,
  uniformDecadeShare,
} from './logscale.ts';

describe('learning-rate sampling', () => {
  it('puts 0.9 / 0.9999 of uniform samples in [0.1, 1] and a quarter per decade when log-uniform', () => {
    expect(uniformDecadeShare(-1, 1e-4, 1)).toBeCloseTo(0.9 / 0.9999, 14);
    expect(uniformDecadeShare(-4, 1e-4, 1)).toBeCloseTo(0.0009 / 0.9999, 14);
    expect(logUniformDecadeShare(-2, 1e-4, 1)).toBeCloseTo(0.25, 14);

    const n = 40000;
    const uni = decadeShares(sampleLearningRates(n, 'uniform', createRng(1)), -4, 0);
    const log = decadeShares(sampleLearningRates(n, 'logUniform', createRng(2)), -4, 0);
    [-4, -3, -2, -1].forEach((k, i) => {
      const pu = uniformDecadeShare(k, 1e-4, 1);
      expect(Math.abs((uni[i] as number) - pu)).toBeLessThan(4 * binomialStdError(pu, n) + 1e-9);
      expect(Math.abs((log[i] as number) - 0.25)).toBeLessThan(4 * binomialStdError(0.25, n));
    });
    expect(uni.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('counts exact powers of ten in the decade they start', () => {
    expect(decadeShares([1e-4, 1e-3, 0.01, 0.1, 1], -4, 0)).toEqual([0.2, 0.2, 0.2, 0.4]);
  });

  it('keeps samples within range', () => {
    const lr = sampleLearningRates(1000, 'logUniform', createRng(5));
    expect(Math.min(...lr)).toBeGreaterThanOrEqual(1e-4);
    expect(Math.max(...lr)).toBeLessThanOrEqual(1);
  });
});

describe('momentum beta', () => {
  it('shows that 0.9 -> 0.9005 barely changes the window while 0.999 -> 0.9995 doubles it', () => {
    expect(averagingWindow(0.9)).toBeCloseTo(10, 12);
    expect(averagingWindow(0.999)).toBeCloseTo(1000, 9);
    const low = betaStep(0.9, 0.0005);
    expect(low.nextWindow).toBeCloseTo(1 / 0.0995, 9);
    expect(low.ratio).toBeCloseTo(0.1 / 0.0995, 12);
    const high = betaStep(0.999, 0.0005);
    expect(high.nextWindow).toBeCloseTo(2000, 6);
    expect(high.ratio).toBeCloseTo(2, 9);
  });

  it('spreads reverse-log samples evenly over the two decades of 1 - beta', () => {
    const n = 20000;
    const rev = sampleBetas(n, 'reverseLog', createRng(9));
    const uni = sampleBetas(n, 'uniform', createRng(9));
    const windows = (b: Float64Array) => Array.from(b, averagingWindow);
    const revShares = decadeShares(windows(rev), 1, 3);
    const uniShares = decadeShares(windows(uni), 1, 3);
    expect(Math.abs((revShares[0] as number) - 0.5)).toBeLessThan(4 * binomialStdError(0.5, n));
    // Uniform beta: beta < 0.99 (window < 100) with probability 0.09 / 0.099.
    const p = 0.09 / 0.099;
    expect(betaShareBelow(0.99, 'uniform')).toBeCloseTo(p, 12);
    expect(betaShareBelow(0.99, 'reverseLog')).toBeCloseTo(0.5, 12);
    expect(Math.abs((uniShares[0] as number) - p)).toBeLessThan(4 * binomialStdError(p, n));
    expect(Math.min(...rev)).toBeGreaterThanOrEqual(0.9);
    expect(Math.max(...rev)).toBeLessThanOrEqual(0.999 + 1e-15);
  });
});
