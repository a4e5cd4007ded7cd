import { describe, expect, it } from 'vitest';
import { createRng } from './rng.ts';
import { sobol, SOBOL_MAX_DIMENSION } from './sobol.ts';
import type { PointSet } from './types.ts';

function row(p: PointSet, i: number): number[] {
  return Array.from(p.data.subarray(i * p.d, (i + 1) * p.d));
}

/** Every coordinate: each of the 2^k dyadic intervals of [0, 1) holds exactly n / 2^k points. */
function expectBalanced(p: PointSet, k: number): void {
  const cells = 2 ** k;
  for (let dim = 0; dim < p.d; dim++) {
    const counts = new Array<number>(cells).fill(0);
    for (let i = 0; i < p.n; i++) {
      const v = p.data[i * p.d + dim] as number;
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      const cell = Math.floor(v * cells);
      counts[cell] = (counts[cell] as number) + 1;
    }
    expect(new Set(counts), `dimension ${dim + 1}, 2^${k} cells`).toEqual(new Set([p.n / cells]));
  }
}

describe('sobol', () => {
  it('starts like the Joe-Kuo sequence (scipy Sobol(3, scramble=False))', () => {
    const p = sobol(8, 3);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => row(p, i))).toEqual([
      [0, 0, 0],
      [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25],
      [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625],
      [0.875, 0.875, 0.125],
      [0.625, 0.125, 0.875],
      [0.125, 0.625, 0.375],
    ]);
  });

  it('matches scipy in all 21 dimensions far into the sequence', () => {
    // scipy.stats.qmc.Sobol(21, scramble=False).random(4096), rows 1000 and 4095, times 4096.
    const p = sobol(4096, 21);
    expect(row(p, 1000).map((v) => v * 4096)).toEqual([
      900, 396, 2124, 2772, 1148, 3716, 188, 3684, 2052, 284, 348, 1044, 660, 1572, 588, 1516, 2948,
      1412, 4060, 2972, 2140,
    ]);
    expect(row(p, 4095).map((v) => v * 4096)).toEqual([
      1, 3855, 1369, 3693, 3851, 323, 3889, 1601, 785, 1009, 2333, 1317, 1511, 2129, 2257, 1707,
      255, 2495, 3331, 2135, 925,
    ]);
    expect(SOBOL_MAX_DIMENSION).toBe(21);
  });

  it('skip jumps into the sequence', () => {
    const all = sobol(300, 5);
    const tail = sobol(100, 5, { skip: 200 });
    expect(Array.from(tail.data)).toEqual(Array.from(all.data.subarray(200 * 5)));
    const end = sobol(2, 2, { skip: 2 ** 32 - 2 });
    expect(end.n).toBe(2);
    expect(() => sobol(3, 2, { skip: 2 ** 32 - 2 })).toThrow(RangeError);
  });

  it('is balanced over dyadic intervals for powers of 2, unscrambled and scrambled', () => {
    expectBalanced(sobol(1024, 21), 10);
    expectBalanced(sobol(256, 21), 4);
    expectBalanced(sobol(256, 21, { skip: 512 }), 8);
    const scrambled = sobol(512, 21, { scramble: createRng(7) });
    expectBalanced(scrambled, 9);
    expectBalanced(scrambled, 3);
  });

  it('has 2D elementary-interval balance: 16 points, one per 4 x 4 cell', () => {
    for (const scramble of [undefined, createRng(3)]) {
      const p = sobol(16, 2, scramble ? { scramble } : {});
      const cells = new Set<number>();
      for (let i = 0; i < 16; i++) {
        cells.add(
          Math.floor((p.data[2 * i] as number) * 4) * 4 +
            Math.floor((p.data[2 * i + 1] as number) * 4),
        );
      }
      expect(cells.size).toBe(16);
    }
  });

  it('scrambling is deterministic by seed and differs between seeds', () => {
    const a = sobol(64, 4, { scramble: createRng(11) });
    const b = sobol(64, 4, { scramble: createRng(11) });
    const c = sobol(64, 4, { scramble: createRng(12) });
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    expect(Array.from(a.data)).not.toEqual(Array.from(c.data));
    expect(row(a, 0)).not.toEqual([0, 0, 0, 0]);
  });

  it('rejects bad arguments', () => {
    expect(() => sobol(4, 22)).toThrow(RangeError);
    expect(() => sobol(4, 0)).toThrow(RangeError);
    expect(() => sobol(-1, 2)).toThrow(RangeError);
    expect(() => sobol(2.5, 2)).toThrow(RangeError);
    expect(sobol(0, 3).data.length).toBe(0);
  });
});
