import { describe, expect, it } from 'vitest';
import { createRng } from './rng.ts';
import {
  boxToUnit,
  fromUnit,
  grid,
  gridCountsForBudget,
  gridIncludingEdges,
  lhs,
  logUniform,
  reverseLogUniform,
  sobol,
  toUnit,
  uniform,
  unitToBox,
  type ScaledInterval,
} from './samplers.ts';
import { toRows } from './types.ts';

describe('grids', () => {
  it('places cell centers with dimension 0 fastest', () => {
    expect(toRows(grid({ perDim: [3, 2] }, 2))).toEqual([
      [1 / 6, 0.25],
      [0.5, 0.25],
      [5 / 6, 0.25],
      [1 / 6, 0.75],
      [0.5, 0.75],
      [5 / 6, 0.75],
    ]);
    expect(toRows(grid({ perDim: 1 }, 3))).toEqual([[0.5, 0.5, 0.5]]);
  });

  it('fits a total budget as fully as possible', () => {
    expect(gridCountsForBudget(10, 2)).toEqual([3, 3]);
    expect(gridCountsForBudget(12, 2)).toEqual([4, 3]);
    expect(gridCountsForBudget(16, 2)).toEqual([4, 4]);
    expect(gridCountsForBudget(1000, 3)).toEqual([10, 10, 10]);
    expect(gridCountsForBudget(3, 2)).toEqual([2, 1]);
    expect(gridCountsForBudget(1, 4)).toEqual([1, 1, 1, 1]);
    expect(gridCountsForBudget(20, 1)).toEqual([20]);
    for (let total = 1; total <= 200; total++) {
      for (let d = 1; d <= 4; d++) {
        const counts = gridCountsForBudget(total, d);
        const product = counts.reduce((a, b) => a * b, 1);
        expect(product).toBeLessThanOrEqual(total);
        // Balanced (counts differ by at most 1), and no dimension at the lower count could take one
        // more point within the budget.
        const lo = Math.min(...counts);
        expect(Math.max(...counts) - lo).toBeLessThanOrEqual(1);
        expect((product / lo) * (lo + 1)).toBeGreaterThan(total);
      }
    }
    expect(grid({ total: 12 }, 2).n).toBe(12);
  });

  it('includes the edges for the plotting grid', () => {
    expect(toRows(gridIncludingEdges(5, 1)).flat()).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(toRows(gridIncludingEdges([2, 3], 2))).toEqual([
      [0, 0],
      [1, 0],
      [0, 0.5],
      [1, 0.5],
      [0, 1],
      [1, 1],
    ]);
    expect(toRows(gridIncludingEdges(1, 1))).toEqual([[0.5]]);
    const big = gridIncludingEdges(100, 2);
    expect(big.n).toBe(10000);
    expect(big.data[2 * 9999]).toBe(1);
  });

  it('rejects bad sizes', () => {
    expect(() => grid({ perDim: [2, 0] }, 2)).toThrow(RangeError);
    expect(() => grid({ perDim: [2, 2] }, 3)).toThrow(RangeError);
    expect(() => gridIncludingEdges(2.5, 1)).toThrow(RangeError);
    expect(() => gridCountsForBudget(0, 2)).toThrow(RangeError);
  });
});

describe('random designs', () => {
  it('uniform is in [0, 1) and deterministic by seed', () => {
    const a = uniform(500, 3, createRng(5));
    const b = uniform(500, 3, createRng(5));
    const c = uniform(500, 3, createRng(6));
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    expect(Array.from(a.data)).not.toEqual(Array.from(c.data));
    for (const v of a.data) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
    const mean = a.data.reduce((s, v) => s + v, 0) / a.data.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.03);
  });

  it('LHS has exactly one point per stratum in every dimension', () => {
    for (const [n, d, seed] of [
      [37, 5, 1],
      [1, 2, 2],
      [256, 3, 3],
    ] as const) {
      const p = lhs(n, d, createRng(seed));
      for (let k = 0; k < d; k++) {
        const strata = new Set<number>();
        for (let i = 0; i < n; i++) strata.add(Math.floor((p.data[i * d + k] as number) * n));
        expect(strata.size).toBe(n);
        expect(Math.min(...strata)).toBe(0);
        expect(Math.max(...strata)).toBe(n - 1);
      }
    }
    const a = lhs(20, 2, createRng(9));
    expect(Array.from(a.data)).toEqual(Array.from(lhs(20, 2, createRng(9)).data));
    expect(Array.from(a.data)).not.toEqual(Array.from(lhs(20, 2, createRng(10)).data));
    expect(lhs(0, 2, createRng(1)).n).toBe(0);
  });

  it('re-exports sobol', () => {
    expect(toRows(sobol(2, 2))).toEqual([
      [0, 0],
      [0.5, 0.5],
    ]);
  });
});

describe('scales', () => {
  const lr: ScaledInterval = { min: 1e-5, max: 1e-1, scale: 'log10' };
  const beta: ScaledInterval = { min: 0.9, max: 0.999, scale: 'reverseLog' };
  const x: ScaledInterval = { min: -2, max: 6, scale: 'linear' };

  it('maps the unit interval onto each scale, monotone, with exact ends', () => {
    expect(fromUnit(0, x)).toBe(-2);
    expect(fromUnit(1, x)).toBe(6);
    expect(fromUnit(0.25, x)).toBe(0);
    expect(fromUnit(0, lr)).toBeCloseTo(1e-5, 18);
    expect(fromUnit(1, lr)).toBeCloseTo(1e-1, 15);
    expect(fromUnit(0.5, lr)).toBeCloseTo(1e-3, 15);
    expect(fromUnit(0, beta)).toBeCloseTo(0.9, 15);
    expect(fromUnit(1, beta)).toBeCloseTo(0.999, 15);
    expect(fromUnit(0.5, beta)).toBeCloseTo(0.99, 15);
    for (const dim of [x, lr, beta]) {
      let prev = -Infinity;
      for (let u = 0; u <= 1; u += 0.01) {
        const v = fromUnit(u, dim);
        expect(v).toBeGreaterThan(prev);
        prev = v;
        expect(toUnit(v, dim)).toBeCloseTo(u, 12);
      }
    }
  });

  it('maps point sets into a box and back', () => {
    const u = lhs(40, 3, createRng(4));
    const box = unitToBox(u, [x, lr, beta]);
    const back = boxToUnit(box, [x, lr, beta]);
    for (let i = 0; i < u.data.length; i++)
      expect(back.data[i]).toBeCloseTo(u.data[i] as number, 12);
    // LHS through a log10 dimension is stratified per decade: 40 strata over 4 decades.
    const decades = [0, 0, 0, 0];
    for (let i = 0; i < 40; i++) {
      const decade = Math.floor(Math.log10(box.data[i * 3 + 1] as number)) + 5;
      decades[decade] = (decades[decade] as number) + 1;
    }
    expect(decades).toEqual([10, 10, 10, 10]);
    expect(() => unitToBox(u, [x, lr])).toThrow(RangeError);
    expect(() => unitToBox(u, [x, { min: 0, max: 1, scale: 'log10' }, beta])).toThrow(/min > 0/);
    expect(() => unitToBox(u, [x, lr, { min: 0.9, max: 1, scale: 'reverseLog' }])).toThrow(
      /max < 1/,
    );
    expect(() => unitToBox(u, [x, lr, { min: 2, max: 1, scale: 'linear' }])).toThrow(/min < max/);
  });

  it('log-uniform gives each decade the same share', () => {
    const rng = createRng(2024);
    const n = 20000;
    const decades = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      const v = logUniform(1e-5, 1e-1, rng);
      expect(v).toBeGreaterThanOrEqual(1e-5 * (1 - 1e-12));
      expect(v).toBeLessThanOrEqual(1e-1);
      const decade = Math.floor(Math.log10(v)) + 5;
      decades[decade] = (decades[decade] as number) + 1;
    }
    // Binomial sd of a share is sqrt(0.25 * 0.75 / 20000) = 0.003; allow 5 sd.
    for (const c of decades) expect(Math.abs(c / n - 0.25)).toBeLessThan(0.015);
    expect(() => logUniform(0, 1, rng)).toThrow(RangeError);
  });

  it('reverse-log spreads beta evenly over 0.9-0.99 and 0.99-0.999', () => {
    const rng = createRng(77);
    const n = 20000;
    let low = 0;
    for (let i = 0; i < n; i++) {
      const v = reverseLogUniform(0.9, 0.999, rng);
      expect(v).toBeGreaterThanOrEqual(0.9 - 1e-12);
      expect(v).toBeLessThanOrEqual(0.999 + 1e-12);
      if (v < 0.99) low++;
    }
    expect(Math.abs(low / n - 0.5)).toBeLessThan(0.02);
    // Deterministic by seed.
    expect(reverseLogUniform(0.9, 0.999, createRng(1))).toBe(
      reverseLogUniform(0.9, 0.999, createRng(1)),
    );
  });
});
