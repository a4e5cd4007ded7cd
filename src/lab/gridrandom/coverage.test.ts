import { describe, expect, it } from 'vitest';
import { importantParameterObjective } from '../../objectives/registry.ts';
import {
  axisValues,
  bestTrial,
  coverageOptimum,
  coverageRun,
  coverageValue,
  designPoints,
  distinctCount,
  emptyRepeat,
  repeatSlice,
  shareAbove,
} from './coverage.ts';

const DEFAULT = { wx: 1, wy: 0.05 };

describe('coverage', () => {
  it('is the registry objective at wx = 1', () => {
    const reg = importantParameterObjective(0.05);
    for (const [x, y] of [
      [0.1, 0.2],
      [0.62, 0.5],
      [0.9, 0.95],
    ] as const) {
      expect(coverageValue(x, y, DEFAULT)).toBeCloseTo(reg.f([x, y]), 14);
    }
    expect(coverageOptimum(DEFAULT).value).toBeCloseTo(reg.optimum?.value ?? NaN, 12);
  });

  it('counts 5 distinct values per axis for a 5 x 5 grid and 25 for random', () => {
    const g = coverageRun('grid', 5, 1, DEFAULT);
    expect([g.distinctX, g.distinctY]).toEqual([5, 5]);
    const r = coverageRun('random', 5, 1, DEFAULT);
    expect([r.distinctX, r.distinctY]).toEqual([25, 25]);
    // Latin hypercube: one point per stratum per axis, so also 25 distinct values.
    const l = coverageRun('lhs', 5, 1, DEFAULT);
    expect(l.distinctX).toBe(25);
    expect(distinctCount([0.1, 0.1 + 1e-12, 0.3])).toBe(2);
  });

  it('finds the best trial by scanning every point', () => {
    const pts = designPoints('random', 4, 7);
    const best = bestTrial(pts, DEFAULT);
    const xs = axisValues(pts, 0);
    const ys = axisValues(pts, 1);
    const values = Array.from(xs, (x, i) => coverageValue(x, ys[i] as number, DEFAULT));
    expect(best.value).toBe(Math.max(...values));
    expect(values[best.index]).toBe(best.value);
  });

  it('makes the grid miss the narrow peak that random search often finds', () => {
    const opt = coverageOptimum(DEFAULT).value;
    const gridBest = coverageRun('grid', 5, 0, DEFAULT).best.value;
    expect(gridBest).toBeLessThan(0.6 * opt);
    const out = emptyRepeat(400);
    repeatSlice(out, 0, 200, 5, 1, DEFAULT);
    repeatSlice(out, 200, 400, 5, 1, DEFAULT);
    expect(new Set(out.grid).size).toBe(1);
    // Seed i of the repeat is the single-seed run of seed 1 + i.
    expect(out.random[3]).toBe(coverageRun('random', 5, 4, DEFAULT).best.value);
    // Each random trial lands within 0.03 of the peak with probability 0.06, so most of 25 do.
    const beats = shareAbove(out.random, gridBest);
    expect(beats).toBeGreaterThan(0.5);
    expect(shareAbove(out.sobol, gridBest)).toBeGreaterThan(0.5);
  });

  it('lets the weights decide which axis matters', () => {
    const yOnly = { wx: 0, wy: 1 };
    expect(coverageOptimum(yOnly)).toMatchObject({ value: 1, y: 0.5 });
    expect(coverageRun('grid', 5, 0, yOnly).best.value).toBeCloseTo(1, 12); // y = 0.5 is on the grid
  });
});
