import { describe, expect, it } from 'vitest';
import {
  decode,
  defaultFixed,
  HP_IDS,
  HP_SPECS,
  naturalValue,
  searchDim,
  snap,
  toSearchUnits,
} from './hyperparams.ts';

describe('decoding a point of the search box', () => {
  it('reads log10 dims as exponents and leaves the rest at their fixed values', () => {
    const cfg = decode(['lr', 'wd'], [-2, -4.5], defaultFixed());
    expect(cfg.lr).toBeCloseTo(0.01, 12);
    expect(cfg.wd).toBeCloseTo(10 ** -4.5, 12);
    expect(cfg).toMatchObject({ units: 16, layers: 1, dropout: 0, batchSize: 32, epochs: 8 });
    expect(cfg.optimizer).toBe('momentum');
    expect(cfg.momentum).toBeCloseTo(0.9, 12);
  });

  it('rounds integers, batch exponents and the optimizer to the nearest allowed value', () => {
    const cfg = decode(
      ['units', 'batch', 'optimizer', 'epochs'],
      [7.49, 4.6, 2.4, 0.7],
      defaultFixed(),
    );
    expect(cfg.units).toBe(7);
    expect(cfg.batchSize).toBe(32);
    expect(cfg.optimizer).toBe('adam');
    // Below the allowed range: clamped to its lower end.
    expect(cfg.epochs).toBe(1);
  });

  it('widens a discrete range by half a bin so the ends get bins as wide as the rest', () => {
    const dim = searchDim('layers', [1, 3], 'layers');
    expect([dim.min, dim.max]).toEqual([0.5, 3.5]);
    // Bins of width 1 for each of 1, 2, 3: count how uniform samples land.
    const counts = new Map<number, number>();
    for (let i = 0; i < 3000; i++) {
      const v = snap('layers', dim.min + ((i + 0.5) / 3000) * (dim.max - dim.min));
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.entries()].sort()).toEqual([
      [1, 1000],
      [2, 1000],
      [3, 1000],
    ]);
    expect(searchDim('lr', [-5, -1], 'lr')).toMatchObject({ min: -5, max: -1, scale: 'log10' });
  });

  it('maps momentum through 1 - beta on a log scale', () => {
    expect(naturalValue('momentum', -1)).toBeCloseTo(0.9, 12);
    expect(naturalValue('momentum', -3)).toBeCloseTo(0.999, 12);
    expect(searchDim('momentum', [-3, -0.5], 'm').scale).toBe('log10');
  });

  it('inverts toSearchUnits for every continuous hyperparameter', () => {
    for (const id of HP_IDS) {
      const v = HP_SPECS[id].fixed;
      expect(toSearchUnits(id, naturalValue(id, v))).toBeCloseTo(v, 9);
    }
    expect(toSearchUnits('lr', 0)).toBeNaN();
  });

  it('has defaults inside their limits', () => {
    for (const id of HP_IDS) {
      const s = HP_SPECS[id];
      expect(s.fixed).toBeGreaterThanOrEqual(s.limit[0]);
      expect(s.fixed).toBeLessThanOrEqual(s.limit[1]);
      expect(s.range[0]).toBeLessThan(s.range[1]);
    }
  });
});
