import { describe, expect, it } from 'vitest';
import { bestSoFar, quantileSorted, regret, regretCurve, summarizeCurves } from './stats.ts';

describe('run statistics', () => {
  it('tracks the best so far in the goal’s direction and skips failures', () => {
    expect(bestSoFar([3, null, 1, 2, 0.5], 'minimize')).toEqual([3, 3, 1, 1, 0.5]);
    expect(bestSoFar([null, 1, 3, 2], 'maximize')).toEqual([null, 1, 3, 3]);
  });

  it('never reports negative regret', () => {
    expect(regret(1.7, 1.7075, 'maximize')).toBeCloseTo(0.0075, 12);
    expect(regret(1.7076, 1.7075, 'maximize')).toBe(0);
    expect(regret(0.5, 0.397887, 'minimize')).toBeCloseTo(0.102113, 12);
    expect(regret(0.3978, 0.397887, 'minimize')).toBe(0);
    const curve = regretCurve([null, 5, 2, 0.1], 0.397887, 'minimize');
    expect(curve[0]).toBe(Infinity);
    for (const r of curve) expect(r).toBeGreaterThanOrEqual(0);
    // Regret of a best-so-far curve can only fall.
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i]).toBeLessThanOrEqual(curve[i - 1] as number);
    }
  });

  it('interpolates quantiles like numpy', () => {
    // numpy.quantile([1, 2, 3, 4], [0.25, 0.5, 0.75]) = [1.75, 2.5, 3.25]
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25, 12);
    expect(quantileSorted([7], 0.25)).toBe(7);
    expect(quantileSorted([1, Infinity], 0.75)).toBe(Infinity);
  });

  it('summarizes curves per evaluation with q25 <= median <= q75', () => {
    const curves = [
      [4, 3, 2],
      [5, 1, 1],
      [6, 4, 0.5],
      [3, 3, 3],
    ];
    const s = summarizeCurves(curves);
    expect(s.median).toEqual([4.5, 3, 1.5]);
    expect(s.count).toEqual([4, 4, 4]);
    s.median.forEach((m, i) => {
      expect(s.q25[i]).toBeLessThanOrEqual(m);
      expect(s.q75[i]).toBeGreaterThanOrEqual(m);
    });
  });
});
