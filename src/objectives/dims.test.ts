import { describe, expect, it } from 'vitest';
import {
  boundsProblem,
  boundsProblemText,
  leastWidth,
  MAX_ABS_BOUND,
  validateAppDims,
  validateDims,
} from './dims.ts';
import { compileFormula } from './formula.ts';
import type { Dim } from './types.ts';

const x = (min: number, max: number, scale: Dim['scale'] = 'linear'): Dim => ({
  name: 'x',
  min,
  max,
  scale,
});

describe('boundsProblem', () => {
  it('accepts the boxes people use, from tiny to huge, near 0 or far from it', () => {
    for (const [lo, hi] of [
      [-2, 6],
      [0, 1e-12],
      [0, 1e-100],
      [-1e100, 1e100],
      [1e6, 1e6 + 2],
      [2000, 2000.01],
    ] as const)
      expect(boundsProblem(lo, hi, 'linear'), `[${lo}, ${hi}]`).toBeUndefined();
    expect(boundsProblem(-5, -1, 'log10')).toBeUndefined();
    expect(boundsProblem(-300, 300, 'log10')).toBeUndefined();
  });

  it('refuses bounds beyond ±1e100, whose width or squared distances overflow', () => {
    expect(boundsProblem(-1.7e308, 1.7e308, 'linear')).toEqual({
      kind: 'tooLarge',
      key: 'min',
      value: -1.7e308,
      limit: MAX_ABS_BOUND,
    });
    expect(boundsProblem(0, 1.01e100, 'linear')).toMatchObject({ kind: 'tooLarge', key: 'max' });
  });

  it('refuses a box too narrow for its place (float64 cannot tell its ticks apart)', () => {
    expect(boundsProblem(1, 1.0000000000000002, 'linear')).toEqual({
      kind: 'tooNarrow',
      least: 1e-6,
    });
    expect(boundsProblem(1e6, 1e6 + 0.001, 'linear')).toEqual({ kind: 'tooNarrow', least: 1.1 });
  });

  it('refuses a box narrower than 1e-100 anywhere (squared distances underflow)', () => {
    expect(boundsProblem(0, 1e-300, 'linear')).toEqual({ kind: 'tooNarrow', least: 1e-100 });
    expect(leastWidth(0, 1e-300)).toBe(1e-100);
  });

  it('rounds the least width up, so the number in the message is itself enough', () => {
    expect(boundsProblem(3.14159e7, 3.14159e7 + 1, 'linear')).toEqual({
      kind: 'tooNarrow',
      least: 32,
    });
    expect(leastWidth(3.14159e7, 3.14159e7 + 32)).toBeLessThan(32);
    expect(boundsProblem(3.14159e7, 3.14159e7 + 32, 'linear')).toBeUndefined();
  });

  it('keeps log10 exponents in [-300, 300] and at least 0.01 decades apart', () => {
    expect(boundsProblem(-400, 1, 'log10')).toEqual({ kind: 'logRange', limit: 300 });
    expect(boundsProblem(-5, -4.999, 'log10')).toEqual({ kind: 'logTooNarrow', factor: 1.023 });
  });

  it('says what is wrong and what to do', () => {
    expect(boundsProblemText({ kind: 'tooLarge', key: 'max', value: 2e200, limit: 1e100 })).toBe(
      'max (2e+200) is too far from 0: bounds must lie within ±1e+100; rescale the variable (e.g. measure in millions).',
    );
    expect(boundsProblemText({ kind: 'tooNarrow', least: 1e-6 })).toMatch(
      /at least 0\.000001; widen it, or shift/,
    );
  });
});

describe('validateDims and validateAppDims', () => {
  it('names the dimension and its problem, for the compiler and the CLI alike', () => {
    const dims = [x(-2, 6), { ...x(1, 1.0000000000000002), name: 'y' }];
    expect(validateDims(dims)).toMatch(/^Dimension 2 \('y'\): the range is too narrow to plot/);
    expect(compileFormula('x + y', dims)).toMatchObject({ ok: false });
    expect(validateDims([x(-1.7e308, 1.7e308)])).toMatch(/^Dimension 1 \('x'\): min .* ±1e\+100/);
  });

  it('lets the CLI take 20 dimensions while the app shows at most 10', () => {
    const eleven = Array.from({ length: 11 }, (_, k) => `p${k}`).map((name) => ({
      ...x(0, 1),
      name,
    }));
    expect(validateDims(eleven)).toBeUndefined();
    expect(validateAppDims(eleven)).toBe(
      'This study has 11 dimensions; the app shows 1 to 10 (the CLI runs up to 20: npm run cli -- run).',
    );
    expect(validateAppDims(eleven.slice(0, 10))).toBeUndefined();
    expect(validateAppDims(eleven.slice(0, 3))).toBeUndefined();
  });
});
