import { describe, expect, it } from 'vitest';
import { createRng } from '../../math/rng.ts';
import { binomialStdError } from '../stats.ts';
import { hitProbability, simulatedCurve, simulateFirstHits, trialsNeeded } from './trials.ts';

describe('hitProbability', () => {
  it('is 1 - (1 - p)^n', () => {
    for (const [p, n] of [
      [0.05, 60],
      [0.01, 300],
      [0.2, 3],
      [1e-6, 10],
    ] as const) {
      expect(hitProbability(p, n)).toBeCloseTo(1 - (1 - p) ** n, 12);
    }
    expect(hitProbability(0.3, 0)).toBe(0);
    expect(hitProbability(1, 1)).toBe(1);
  });
});

describe('trialsNeeded', () => {
  it('gives 59 for the top 5% and 299 for the top 1% at 95% confidence', () => {
    expect(trialsNeeded(0.05, 0.95)).toBe(59);
    expect(trialsNeeded(0.01, 0.95)).toBe(299);
  });

  it('is the smallest n reaching the confidence', () => {
    for (const p of [0.5, 0.1, 0.05, 0.02, 0.001]) {
      for (const c of [0.5, 0.75, 0.9, 0.99]) {
        const n = trialsNeeded(p, c);
        expect(hitProbability(p, n)).toBeGreaterThanOrEqual(c);
        expect(hitProbability(p, n - 1)).toBeLessThan(c);
      }
    }
    // An exact power: 1 - 0.5^2 = 0.75 needs exactly 2.
    expect(trialsNeeded(0.5, 0.75)).toBe(2);
  });

  it('rejects shares outside (0, 1]', () => {
    expect(() => trialsNeeded(0, 0.9)).toThrow(RangeError);
    expect(() => trialsNeeded(0.1, 1)).toThrow(RangeError);
  });
});

describe('simulation', () => {
  it('agrees with the closed form within binomial error at every n', () => {
    const reps = 20000;
    const p = 0.05;
    const nMax = 120;
    const hits = new Int32Array(reps);
    const rng = createRng(11);
    simulateFirstHits(hits, 0, 7000, p, nMax, rng);
    simulateFirstHits(hits, 7000, reps, p, nMax, rng);
    const curve = simulatedCurve(hits, nMax);
    for (const n of [1, 10, 30, 59, 120]) {
      const exact = hitProbability(p, n);
      expect(Math.abs((curve[n] as number) - exact)).toBeLessThan(
        4 * binomialStdError(exact, reps),
      );
    }
    expect(curve[0]).toBe(0);
  });

  it('does not depend on how the repetitions are sliced', () => {
    const a = new Int32Array(500);
    const b = new Int32Array(500);
    simulateFirstHits(a, 0, 500, 0.02, 200, createRng(3));
    const rng = createRng(3);
    for (let from = 0; from < 500; from += 37) {
      simulateFirstHits(b, from, Math.min(500, from + 37), 0.02, 200, rng);
    }
    expect(b).toEqual(a);
  });
});
