import { describe, expect, it } from 'vitest';
import {
  fromNaturalUnits,
  fromNaturalValue,
  safeEvaluate,
  toNaturalUnits,
  toNaturalValue,
} from './evaluate.ts';
import type { Dim, Objective } from './types.ts';

const dims: readonly Dim[] = [
  { name: 'lr', min: -5, max: -1, scale: 'log10' },
  { name: 'units', min: 8, max: 256, scale: 'linear' },
];
const objective = (f: (x: readonly number[]) => unknown): Objective => ({
  id: 'test',
  title: 'test',
  description: 'A test.',
  dims,
  goal: 'maximize',
  f: f as (x: readonly number[]) => number,
});

describe('safeEvaluate', () => {
  it('passes finite values and infinities through', () => {
    expect(
      safeEvaluate(
        objective(([a, b]) => (a as number) + (b as number)),
        [-2, 10],
      ),
    ).toEqual({
      ok: true,
      value: 8,
    });
    expect(
      safeEvaluate(
        objective(() => Infinity),
        [-2, 10],
      ),
    ).toEqual({ ok: true, value: Infinity });
    expect(
      safeEvaluate(
        objective(() => -Infinity),
        [-2, 10],
      ),
    ).toEqual({ ok: true, value: -Infinity });
  });

  it('turns NaN, throws and non-numbers into failed evaluations', () => {
    const nan = safeEvaluate(
      objective(() => Number.NaN),
      [-2, 10],
    );
    expect(nan).toEqual({ ok: false, error: expect.stringContaining('not a real number') });
    const thrown = safeEvaluate(
      objective(() => {
        throw new Error('diverged');
      }),
      [-2, 10],
    );
    expect(thrown).toEqual({ ok: false, error: 'The objective failed: diverged' });
    class Complex {
      re = 0;
      im = 1;
    }
    expect(
      safeEvaluate(
        objective(() => new Complex()),
        [-2, 10],
      ),
    ).toEqual({
      ok: false,
      error: 'The objective returned a Complex value, not a real number.',
    });
    expect(
      safeEvaluate(
        objective(() => '1'),
        [-2, 10],
      ),
    ).toMatchObject({ ok: false });
    expect(
      safeEvaluate(
        objective(() => undefined),
        [-2, 10],
      ),
    ).toMatchObject({ ok: false });
    expect(
      safeEvaluate(
        objective(() => null),
        [-2, 10],
      ),
    ).toMatchObject({ ok: false });
  });

  it('rejects points of the wrong length or with non-finite coordinates', () => {
    const o = objective(() => 1);
    expect(safeEvaluate(o, [1])).toEqual({ ok: false, error: 'Expected 2 coordinates, got 1.' });
    expect(safeEvaluate(o, [Number.NaN, 1])).toEqual({
      ok: false,
      error: 'Coordinate lr is not a finite number (NaN).',
    });
  });
});

describe('natural units', () => {
  it('converts log10 coordinates and leaves linear ones alone', () => {
    expect(toNaturalUnits(dims, [-2, 64])).toEqual([0.01, 64]);
    expect(fromNaturalUnits(dims, [0.001, 64])).toEqual([-3, 64]);
    expect(toNaturalValue(dims[0] as Dim, -1)).toBe(0.1);
    expect(fromNaturalValue(dims[0] as Dim, 0)).toBe(-Infinity);
    expect(fromNaturalValue(dims[0] as Dim, -1)).toBeNaN();
  });

  it('round-trips', () => {
    for (const r of [-5, -4.3, -2.5, -1]) {
      const back = fromNaturalUnits(dims, toNaturalUnits(dims, [r, 100]));
      expect(back[0]).toBeCloseTo(r, 14);
      expect(back[1]).toBe(100);
    }
  });
});
