/**
 * The `gp` CLI command against scikit-learn 1.2.1's GaussianProcessRegressor
 * (test/fixtures/gp-sklearn-cases.json, see ../shared/reference/README.md), plus the
 * command's input validation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CliInputError } from '../../src/cli/errors.ts';
import { gpCommand } from '../../src/cli/gpCommand.ts';

interface GpCase {
  name: string;
  input: {
    X: number[][];
    y: number[];
    Xs: number[][];
    kernel: { type: string; lengthScale: number | number[]; variance: number };
    alpha: number;
    normalizeY: boolean;
    optimize: boolean;
    restarts: number;
    seed: number;
  };
  expect: {
    mean: number[];
    std: number[];
    lengthScale: number[];
    logMarginalLikelihood: number;
  };
}

const cases = JSON.parse(
  readFileSync(new URL('../fixtures/gp-sklearn-cases.json', import.meta.url), 'utf8'),
) as GpCase[];

/**
 * The unit for "1e-6 relative to the scale of y": the larger of the data's magnitude (what the
 * mean is made of) and the prior predictive std sqrt(variance) * std(y) (the most the posterior
 * std can be), so both outputs are compared in the units they live in.
 */
function scaleOf(c: GpCase): number {
  const y = c.input.y;
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  const std = Math.sqrt(y.reduce((s, v) => s + (v - mean) ** 2, 0) / y.length);
  const prior = Math.sqrt(c.input.kernel.variance) * (c.input.normalizeY ? std : 1);
  return Math.max(prior, ...y.map(Math.abs));
}

function maxDiff(a: readonly number[], b: readonly number[]): number {
  expect(a).toHaveLength(b.length);
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] as number))), 0);
}

describe('gp command vs scikit-learn', () => {
  it('has all 62 reference cases', () => {
    expect(cases).toHaveLength(62);
  });

  const fixed = cases.filter((c) => !c.input.optimize);
  const fitted = cases.filter((c) => c.input.optimize);

  it.each(fixed.map((c) => [c.name, c] as const))(
    '%s: mean, std and log marginal likelihood to 1e-6',
    (_name, c) => {
      const out = gpCommand(c.input);
      const scale = scaleOf(c);
      expect(maxDiff(out.mean, c.expect.mean) / scale).toBeLessThan(1e-6);
      expect(maxDiff(out.std, c.expect.std) / scale).toBeLessThan(1e-6);
      const ref = c.expect.logMarginalLikelihood;
      expect(Math.abs(out.logMarginalLikelihood - ref)).toBeLessThan(1e-6 * Math.abs(ref));
      expect(out.kernel.lengthScale).toEqual(c.input.kernel.lengthScale);
    },
  );

  it.each(fitted.map((c) => [c.name, c] as const))(
    '%s: fitted log marginal likelihood at least as high as sklearn',
    (_name, c) => {
      const out = gpCommand(c.input);
      const ref = c.expect.logMarginalLikelihood;
      expect(out.logMarginalLikelihood).toBeGreaterThanOrEqual(ref - 1e-6 * Math.abs(ref));
      expect(out.mean).toHaveLength(c.input.Xs.length);
      expect(out.std.every((s) => s >= 0 && Number.isFinite(s))).toBe(true);
      // Isotropic in, isotropic out.
      expect(typeof out.kernel.lengthScale).toBe(typeof c.input.kernel.lengthScale);
    },
  );
});

function fieldOf(input: unknown): string {
  try {
    gpCommand(input);
  } catch (e) {
    if (e instanceof CliInputError) return e.field;
    throw e;
  }
  throw new Error('expected a CliInputError');
}

describe('gp command input', () => {
  const ok = { X: [[0], [1], [2]], y: [1, 2, 0], Xs: [[0.5]] };

  it('applies the defaults (matern52, ls 1, alpha 1e-6, normalizeY, optimize)', () => {
    const out = gpCommand(ok);
    expect(out.kernel.type).toBe('matern52');
    expect(out.kernel.variance).toBe(1);
    expect(typeof out.kernel.lengthScale).toBe('number');
    expect(out.mean).toHaveLength(1);
    const fixed = gpCommand({ ...ok, optimize: false });
    expect(fixed.kernel.lengthScale).toBe(1);
  });

  it('returns an array of length scales for ARD input', () => {
    const out = gpCommand({
      X: [
        [0, 0],
        [1, 0.5],
        [0.3, 2],
      ],
      y: [1, 2, 3],
      Xs: [],
      kernel: { type: 'rbf', lengthScale: [1, 2], variance: 1 },
    });
    expect(Array.isArray(out.kernel.lengthScale)).toBe(true);
    expect(out.mean).toEqual([]);
  });

  it('is reproducible for a seed', () => {
    const a = gpCommand({ ...ok, seed: 3 });
    const b = gpCommand({ ...ok, seed: 3 });
    expect(a).toEqual(b);
  });

  it.each([
    ['not an object', [1, 2], 'input'],
    ['unknown field', { ...ok, normalize_y: true }, 'normalize_y'],
    ['missing X', { y: [1], Xs: [] }, 'X'],
    ['empty X', { ...ok, X: [], y: [] }, 'X'],
    ['ragged X', { ...ok, X: [[0], [1, 2], [2]] }, 'X[1]'],
    ['string in X', { ...ok, X: [[0], ['1'], [2]] }, 'X[1][0]'],
    ['NaN in X', { ...ok, X: [[0], [1], [NaN]] }, 'X[2][0]'],
    ['y too short', { ...ok, y: [1, 2] }, 'y'],
    ['y not finite', { ...ok, y: [1, Infinity, 2] }, 'y[1]'],
    ['Xs of another dimension', { ...ok, Xs: [[1, 2]] }, 'Xs[0]'],
    ['bad kernel type', { ...ok, kernel: { type: 'matern' } }, 'kernel.type'],
    ['zero length scale', { ...ok, kernel: { lengthScale: 0 } }, 'kernel.lengthScale'],
    ['too many length scales', { ...ok, kernel: { lengthScale: [1, 2] } }, 'kernel.lengthScale'],
    ['bad ARD entry', { ...ok, kernel: { lengthScale: [-1] } }, 'kernel.lengthScale[0]'],
    ['bad variance', { ...ok, kernel: { variance: -1 } }, 'kernel.variance'],
    ['unknown kernel field', { ...ok, kernel: { nu: 2.5 } }, 'kernel.nu'],
    ['negative alpha', { ...ok, alpha: -1e-6 }, 'alpha'],
    ['string normalizeY', { ...ok, normalizeY: 'yes' }, 'normalizeY'],
    ['fractional restarts', { ...ok, restarts: 1.5 }, 'restarts'],
    ['negative seed', { ...ok, seed: -1 }, 'seed'],
  ] as const)('names the field: %s', (_what, input, field) => {
    expect(fieldOf(input)).toBe(field);
  });

  it('explains what is expected', () => {
    expect(() => gpCommand({ ...ok, kernel: { lengthScale: [1, 2] } })).toThrow(
      /kernel\.lengthScale: expected one number or an array of 1/,
    );
    expect(() => gpCommand({ ...ok, X: [[0], [1], [NaN]] })).toThrow(
      /X\[2\]\[0\]: expected a finite number, got NaN/,
    );
  });

  it('gets through coincident points with alpha 0 (jitter), like a duplicated observation', () => {
    const out = gpCommand({ ...ok, X: [[0], [0], [0]], alpha: 0, optimize: false });
    expect(out.std[0]).toBeGreaterThan(0);
  });
});
