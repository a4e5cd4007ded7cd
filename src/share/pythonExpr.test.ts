import { describe, expect, it } from 'vitest';
import { createRng } from '../math/rng.ts';
import { compileFormula } from '../objectives/formula.ts';
import { objectives } from '../objectives/registry.ts';
import type { Objective } from '../objectives/types.ts';
import { formulaToPython, formulaToText, pythonNames } from './pythonExpr.ts';

const xyz = new Map([
  ['x', 'x'],
  ['y', 'y'],
  ['z', 'z'],
]);
const py = (f: string) => formulaToPython(f, xyz);

/**
 * For every registry objective, `checker` prepares a check (or returns null to skip it), then the
 * check runs at n seeded random points of the objective's box.
 */
function atRandomPoints(
  seed: number,
  n: number,
  checker: (o: Objective) => ((x: number[]) => void) | null,
) {
  const rng = createRng(seed);
  for (const o of objectives) {
    const check = checker(o);
    for (let i = 0; check && i < n; i++) check(o.dims.map((d) => rng.uniform(d.min, d.max)));
  }
}

describe('formula to numpy', () => {
  it('writes powers, unary minus and implicit products as Python reads them', () => {
    expect(py('x^2')).toBe('x ** 2');
    expect(py('-x^2')).toBe('-x ** 2');
    expect(py('(-x)^2')).toBe('(-x) ** 2');
    expect(py('2^-x')).toBe('2 ** (-x)');
    expect(py('x^y^z')).toBe('x ** y ** z');
    expect(py('(x^y)^z')).toBe('(x ** y) ** z');
    expect(py('3x - 2')).toBe('3 * x - 2');
    expect(py('x - (y - z)')).toBe('x - (y - z)');
    expect(py('x - y - z')).toBe('x - y - z');
    expect(py('x / (y * z)')).toBe('x / (y * z)');
    expect(py('-(x + y)')).toBe('-(x + y)');
    expect(py('- -x')).toBe('-(-x)');
    expect(py('exp(-(x - 3)^2)')).toBe('np.exp(-(x - 3) ** 2)');
    expect(py('10 pi x')).toBe('10 * np.pi * x');
    expect(py('e^x')).toBe('np.e ** x');
    expect(py('1e-7 * x + 5e21')).toBe('1e-7 * x + 5e+21');
  });

  it('maps every function of the whitelist', () => {
    expect(py('log(x)')).toBe('np.log(x)');
    expect(py('2 * log(x, 2)')).toBe('2 * (np.log(x) / np.log(2))');
    expect(py('asin(x) + atan2(y, x)')).toBe('np.arcsin(x) + np.arctan2(y, x)');
    expect(py('min(x)')).toBe('x');
    expect(py('max(x, y, z)')).toBe('max(x, y, z)');
    expect(py('hypot(x, y)')).toBe('np.hypot(x, y)');
    expect(py('hypot(x, y, z)')).toBe('np.hypot.reduce([x, y, z])');
    expect(py('round(x)')).toBe('np.sign(x) * np.floor(np.abs(x) + 0.5)');
    expect(py('pow(x + 1, 2)')).toBe('(x + 1) ** 2');
    expect(() => py('x == 1')).toThrow();
  });

  it('renames variables that Python or the script would misread', () => {
    const names = pythonNames(['lambda', 'np', 'np_', 'x'], ['np', 'f']);
    expect([...names.values()]).toEqual(['lambda_', 'np_', 'np__', 'x']);
    expect(formulaToPython('lambda + np', names)).toBe('lambda_ + np_');
  });

  it('keeps only ASCII identifiers, whatever a name held', () => {
    const names = pythonNames(['a"""\nimport os', 'é', '', '1x', '__debug__', 'ok'], []);
    for (const p of names.values()) expect(p).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(names.get('ok')).toBe('ok');
    expect(names.get('__debug__')).toBe('__debug___');
    expect(new Set(names.values()).size).toBe(6);
  });

  it("registry formulas are exactly their objectives (the scripts' source of truth)", () => {
    atRandomPoints(1, 50, (o) => {
      const c = compileFormula(o.formula ?? '', o.dims);
      expect(c.ok, o.id).toBe(true);
      if (!c.ok) return null;
      return (x) => {
        const want = o.f(x);
        expect(Math.abs(c.objective.f(x) - want), o.id).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(want)),
        );
      };
    });
  });
});

describe('formula printed back from its syntax tree', () => {
  it("writes the app's syntax: ^, named functions, explicit products, no comment", () => {
    expect(formulaToText('exp(-(x-3)^2) + 1/(x^2+1)')).toBe('exp(-(x - 3)^2) + 1 / (x^2 + 1)');
    expect(formulaToText('2pi x # """; import os')).toBe('2 * pi * x');
    expect(formulaToText('-x^2 + 2^-x + (-x)^2')).toBe('-x^2 + 2^(-x) + (-x)^2');
    expect(formulaToText('log(x, 2) + max(x, y, 1e-7)')).toBe('log(x, 2) + max(x, y, 1e-7)');
    expect(() => formulaToText('foo(x)')).toThrow();
    expect(() => formulaToText('"a"')).toThrow();
  });

  it('reads back as the same function', () => {
    atRandomPoints(4, 20, (o) => {
      const typed = compileFormula(o.formula ?? '', o.dims);
      const printed = compileFormula(formulaToText(o.formula ?? ''), o.dims);
      expect(printed.ok, o.id).toBe(true);
      if (!printed.ok || !typed.ok) return null;
      return (x) => expect(printed.objective.f(x), o.id).toBe(typed.objective.f(x));
    });
  });
});
