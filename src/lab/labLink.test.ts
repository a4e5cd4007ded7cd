import { describe, expect, it } from 'vitest';
import { decodeLab, defaultsOf, encodeLab, int, num, oneOf, seedField } from './labLink.ts';

const SCHEMA = {
  objective: oneOf<string>(['branin', 'forrester'], 'branin'),
  k: int(2, 10, 5),
  wy: num(0, 1, 0.05),
  seed: seedField(),
  epochs: int(1, 1000, 27, (v) => [9, 27, 81].includes(v)),
};

describe('lab link codec', () => {
  it('round-trips every field exactly, in characters a query keeps as they are', () => {
    const values = { objective: 'forrester', k: 7, wy: 0.1 + 0.2, seed: 2 ** 31 - 1, epochs: 81 };
    const text = encodeLab('coverage', SCHEMA, values);
    expect(text).toMatch(/^[\w.-]+$/);
    expect(new URLSearchParams({ l: text }).toString()).toBe(`l=${text}`);
    expect(decodeLab('coverage', SCHEMA, text)).toEqual({ values, reset: [] });
  });

  it('ignores a link for another figure, or none', () => {
    const text = encodeLab('race', SCHEMA, defaultsOf(SCHEMA));
    expect(decodeLab('coverage', SCHEMA, text)).toBeNull();
    expect(decodeLab('coverage', SCHEMA, null)).toBeNull();
  });

  it('resets unusable values to their defaults and names them, keeping the rest', () => {
    const decoded = decodeLab(
      'coverage',
      SCHEMA,
      'coverage_objective.ackley_k.11_wy.0.5_seed.-3_epochs.30',
    );
    expect(decoded?.values).toEqual({ ...defaultsOf(SCHEMA), wy: 0.5 });
    expect(decoded?.reset).toEqual(['objective', 'k', 'seed', 'epochs']);
  });

  it('survives garbage: no number parsing tricks, no prototype keys, no crash', () => {
    for (const bad of [
      'coverage_k.0x5',
      'coverage_k.Infinity',
      'coverage_wy.NaN',
      'coverage_k.',
      'coverage_k',
      'coverage_k.5.5',
      'coverage_wy.1e400',
      'coverage___proto__.1_constructor.2',
      'coverage_objective.<script>',
      `coverage_k.${'9'.repeat(1000)}`,
    ]) {
      const decoded = decodeLab('coverage', SCHEMA, bad);
      expect(decoded).not.toBeNull();
      expect(Object.keys(decoded?.values ?? {})).toEqual(Object.keys(SCHEMA));
      for (const key of decoded?.reset ?? []) expect(Object.keys(SCHEMA)).toContain(key);
      expect(decoded?.values.k).toBe(5);
    }
  });

  it('keeps the defaults quietly for fields an older link does not have', () => {
    expect(decodeLab('coverage', SCHEMA, 'coverage_k.3')).toEqual({
      values: { ...defaultsOf(SCHEMA), k: 3 },
      reset: [],
    });
  });
});
