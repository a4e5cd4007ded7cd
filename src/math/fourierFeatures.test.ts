import { describe, expect, it } from 'vitest';
import {
  chiSquareQuantile,
  coordinateLattice,
  drawFourierBasis,
  latticeTrigTables,
  phasesAt,
} from './fourierFeatures.ts';
import { kernelOfDistance } from './kernels.ts';
import { createRng } from './rng.ts';
import { pointSet, type KernelSpec } from './types.ts';

describe('chiSquareQuantile', () => {
  // scipy.stats.chi2.ppf(p, k).
  const cases: [number, number, number][] = [
    [1, 0.01, 0.00015708785790970184],
    [1, 0.5, 0.454936423119572],
    [1, 0.999999, 23.92812697687947],
    [3, 1e-6, 0.00024181048720124264],
    [3, 0.3, 1.4236522430352798],
    [3, 0.9, 6.251388631170325],
    [3, 1 - 1e-12, 58.9198006659047],
    [5, 1e-6, 0.012896160206497087],
    [5, 0.5, 4.351460191095526],
    [5, 0.999999, 35.88818687961042],
  ];
  it.each(cases)('chi2_%d quantile at %d', (k, p, x) => {
    expect(Math.abs(chiSquareQuantile(k, p) - x) / x).toBeLessThan(1e-9);
  });
});

describe('drawFourierBasis', () => {
  it.each(['rbf', 'matern52', 'matern32', 'matern12'] as const)(
    'implies the %s kernel: (s^2 / M) sum_j cos(omega_j . delta) ~ k(delta)',
    (type) => {
      const kernel: KernelSpec = { type, lengthScale: [0.5, 2], variance: 2 };
      const deltas = [
        [0.1, 0],
        [0.2, 0.5],
        [0.5, 1],
        [1.2, -0.8],
        [0.05, 3],
        [2, 2],
      ];
      const M = 2048;
      let meanError = 0;
      for (let seed = 0; seed < 4; seed++) {
        const { omega } = drawFourierBasis(kernel, 2, M, createRng(seed));
        for (const [a, b] of deltas as [number, number][]) {
          let s = 0;
          for (let j = 0; j < M; j++)
            s += Math.cos((omega[2 * j] as number) * a + (omega[2 * j + 1] as number) * b);
          const implied = (2 / M) * s;
          const exact = 2 * kernelOfDistance(type, Math.hypot(a / 0.5, b / 2));
          // i.i.d. frequencies would err by up to ~0.1 here (sd 2 sqrt(0.5 / M) ~ 0.03).
          expect(Math.abs(implied - exact), `${type} seed ${seed} delta ${a},${b}`).toBeLessThan(
            0.08,
          );
          meanError += (implied - exact) / (4 * deltas.length);
        }
      }
      // Unbiased: the errors average out over bases.
      expect(Math.abs(meanError)).toBeLessThan(0.02);
    },
  );

  it('is deterministic by seed and scales with the length scales', () => {
    const a = drawFourierBasis({ type: 'rbf', lengthScale: 1, variance: 1 }, 3, 64, createRng(1));
    const b = drawFourierBasis({ type: 'rbf', lengthScale: 1, variance: 1 }, 3, 64, createRng(1));
    const c = drawFourierBasis(
      { type: 'rbf', lengthScale: [1, 2, 4], variance: 1 },
      3,
      64,
      createRng(1),
    );
    expect(Array.from(a.omega)).toEqual(Array.from(b.omega));
    for (let j = 0; j < 64; j++) {
      expect(c.omega[3 * j]).toBe(a.omega[3 * j]);
      expect(c.omega[3 * j + 1]).toBe((a.omega[3 * j + 1] as number) / 2);
      expect(c.omega[3 * j + 2]).toBe((a.omega[3 * j + 2] as number) / 4);
    }
    expect(a.omega.every((w) => Number.isFinite(w))).toBe(true);
  });
});

describe('lattice phases', () => {
  it('detects grids in any order and refuses scattered points', () => {
    const grid = pointSet([
      [0, 5],
      [1, 5],
      [0, 6],
      [1, 6],
      [1, 5],
      [0, 6],
      [0, 5],
      [1, 6],
    ]);
    const lat = coordinateLattice(grid);
    expect(lat).not.toBeNull();
    expect(lat?.values.map((v) => Array.from(v))).toEqual([
      [0, 1],
      [5, 6],
    ]);
    expect(Array.from(lat?.index ?? [])).toEqual([0, 0, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 0, 0, 1, 1]);
    expect(coordinateLattice(pointSet([[0.1], [0.2], [0.3]]))).toBeNull();
    expect(coordinateLattice(pointSet([[1, 2]]))).toBeNull();
  });

  it('angle addition over the tables reproduces direct phases', () => {
    const basis = drawFourierBasis(
      { type: 'matern52', lengthScale: 0.3, variance: 1 },
      2,
      16,
      createRng(4),
    );
    const rows: number[][] = [];
    for (const y of [-1, 0.5, 2, 2.5, 4])
      for (const x of [0, 0.25, 0.7, 3, 5, 6]) rows.push([x, y]);
    const pts = pointSet(rows);
    const lat = coordinateLattice(pts);
    if (!lat) throw new Error('expected a lattice');
    const [t0, t1] = latticeTrigTables(basis, lat) as [Float64Array, Float64Array];
    const direct = new Float64Array(32);
    for (let p = 0; p < pts.n; p++) {
      phasesAt(basis, pts.data, 2 * p, direct);
      const a = (lat.index[2 * p] as number) * 32;
      const b = (lat.index[2 * p + 1] as number) * 32;
      for (let j = 0; j < 32; j += 2) {
        const c =
          (t0[a + j] as number) * (t1[b + j] as number) -
          (t0[a + j + 1] as number) * (t1[b + j + 1] as number);
        const s =
          (t0[a + j + 1] as number) * (t1[b + j] as number) +
          (t0[a + j] as number) * (t1[b + j + 1] as number);
        expect(c).toBeCloseTo(direct[j] as number, 13);
        expect(s).toBeCloseTo(direct[j + 1] as number, 13);
      }
    }
  });
});
