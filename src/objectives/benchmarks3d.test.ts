import { describe, expect, it } from 'vitest';
import { minimizeBounded } from '../math/lbfgsb.ts';
import { hartmann3 } from './benchmarks3d.ts';
import { compileFormula } from './formula.ts';

describe('Hartmann-3', () => {
  it('reaches its stated optimum there, and nothing nearby is lower', () => {
    const opt = hartmann3.optimum;
    if (!opt) throw new Error('no optimum');
    const x0 = opt.x[0] as number[];
    expect(hartmann3.f(x0)).toBeCloseTo(opt.value, 10);
    const fg = (x: Float64Array, g: Float64Array): number => {
      const h = 1e-7;
      for (let j = 0; j < 3; j++) {
        const up = Float64Array.from(x);
        const dn = Float64Array.from(x);
        up[j] = (up[j] as number) + h;
        dn[j] = (dn[j] as number) - h;
        g[j] = (hartmann3.f(Array.from(up)) - hartmann3.f(Array.from(dn))) / (2 * h);
      }
      return hartmann3.f(Array.from(x));
    };
    const res = minimizeBounded(
      fg,
      Float64Array.of(0.2, 0.5, 0.8),
      new Float64Array(3),
      new Float64Array(3).fill(1),
    );
    expect(res.f).toBeGreaterThanOrEqual(opt.value - 1e-9);
  });
  it('its formula is the same function', () => {
    const res = compileFormula(hartmann3.formula as string, hartmann3.dims, { goal: 'minimize' });
    if (!res.ok) throw new Error(res.error.message);
    for (const p of [
      [0.1, 0.5, 0.8],
      [0.9, 0.1, 0.3],
      [0.5, 0.5, 0.5],
    ])
      expect(res.objective.f(p)).toBeCloseTo(hartmann3.f(p), 12);
  });
});
