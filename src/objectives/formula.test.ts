import { describe, expect, it } from 'vitest';
import { safeEvaluate } from './evaluate.ts';
import {
  compileFormula,
  FORMULA_OBJECTIVE_ID,
  MAX_FORMULA_LENGTH,
  validateDims,
  type FormulaResult,
} from './formula.ts';
import { tokenize } from './formulaTokens.ts';
import { getObjective } from './registry.ts';
import type { Dim, Objective } from './types.ts';

const X: readonly Dim[] = [{ name: 'x', min: -2, max: 6, scale: 'linear' }];
const XY: readonly Dim[] = [
  { name: 'x', min: 0, max: 1, scale: 'linear' },
  { name: 'y', min: 0, max: 1, scale: 'linear' },
];

function ok(source: string, dims: readonly Dim[] = X): Objective {
  const r = compileFormula(source, dims);
  if (!r.ok) throw new Error(`expected ${source} to compile: ${r.error.message}`);
  return r.objective;
}

function err(source: string, dims: readonly Dim[] = X): { message: string; column?: number } {
  const r: FormulaResult = compileFormula(source, dims);
  if (r.ok) throw new Error(`expected ${source} to be rejected`);
  return r.error;
}

describe('compileFormula', () => {
  it('compiles the seed formula as written in DESIGN.md to the registry function', () => {
    const seed = getObjective('bayes-opt-1d') as Objective;
    const compiled = ok('exp(-(x-3)^2) + exp(-(3x-2)^2) + 1/(x^2+1)');
    for (let i = 0; i < 50; i++) {
      const x = [-2 + (8 * i) / 49];
      expect(Math.abs(compiled.f(x) - seed.f(x))).toBeLessThanOrEqual(1e-12);
    }
  });

  it('builds an objective with the defaults and the options', () => {
    const o = ok('  x^2 ');
    expect(o.id).toBe(FORMULA_OBJECTIVE_ID);
    expect(o.goal).toBe('maximize');
    expect(o.formula).toBe('x^2');
    expect(o.title).toBe('f(x) = x^2');
    expect(o.optimum).toBeUndefined();
    const r = compileFormula('x^2', X, { goal: 'minimize', title: 'Parabola' });
    expect(r.ok && [r.objective.goal, r.objective.title]).toEqual(['minimize', 'Parabola']);
  });

  it('knows pi, e, implicit multiplication and precedence', () => {
    expect(ok('2 pi').f([0])).toBe(2 * Math.PI);
    expect(ok('e^x').f([1])).toBe(Math.E);
    expect(ok('3x').f([2])).toBe(6);
    expect(ok('-x^2').f([3])).toBe(-9);
    expect(ok('2^3^2').f([0])).toBe(512);
    expect(ok('+x - -x').f([2])).toBe(4);
    expect(ok('x * y + 1', XY).f([2, 3])).toBe(7);
  });

  it('evaluates the whitelisted functions like mathjs on real numbers', () => {
    const at = (s: string, x = 0) => ok(s).f([x]);
    expect(at('log(x)', Math.E)).toBe(1);
    expect(at('log(8, 2)')).toBeCloseTo(3, 15);
    expect(at('log10(1000)')).toBe(3);
    expect(at('log2(8)')).toBe(3);
    expect(at('sqrt(16) + cbrt(-8) + abs(-1)')).toBe(3);
    expect(at('min(3, x, 5) + max(1, 2, 9)', 1)).toBe(10);
    expect(at('hypot(3, 4)')).toBe(5);
    expect(at('atan2(1, 1)')).toBe(Math.PI / 4);
    expect(at('pow(2, 10)')).toBe(1024);
    expect(at('round(2.5) + round(-2.5)')).toBe(0);
    expect(at('round(-2.5)')).toBe(-3);
    expect(at('floor(x) + ceil(x) + sign(x)', -1.5)).toBe(-4);
    expect(at('sinh(0) + cosh(0) + tanh(0) + sin(0) + cos(0) + tan(0)')).toBe(2);
    expect(at('asin(1) + acos(1) + atan(0)')).toBe(Math.PI / 2);
  });

  it('returns NaN for non-real results and +/-Infinity for division by zero', () => {
    const o = ok('sqrt(x)');
    expect(o.f([-1])).toBeNaN();
    expect(safeEvaluate(o, [-1])).toMatchObject({ ok: false });
    expect(ok('log(x)').f([-1])).toBeNaN();
    expect(ok('x^(1/3)').f([-8])).toBeNaN();
    expect(safeEvaluate(ok('1/x'), [0])).toEqual({ ok: true, value: Infinity });
    expect(safeEvaluate(ok('-1/0'), [1])).toEqual({ ok: true, value: -Infinity });
  });

  it('gives a log10 dimension its natural value (10^exponent) in the formula', () => {
    const lr: Dim[] = [{ name: 'lr', min: -5, max: -1, scale: 'log10' }];
    const o = ok('lr', lr);
    expect(o.f([-3])).toBeCloseTo(1e-3, 18);
    expect(ok('log10(lr)', lr).f([-2.5])).toBeCloseTo(-2.5, 14);
    const mixed: Dim[] = [lr[0] as Dim, { name: 'layers', min: 1, max: 4, scale: 'linear' }];
    expect(ok('lr * layers', mixed).f([-2, 3])).toBeCloseTo(0.03, 15);
  });

  it('reports syntax errors with a 1-based column', () => {
    expect(err('sin(x')).toEqual({
      message: 'Syntax error at column 6: a closing parenthesis ")" is missing.',
      column: 6,
    });
    expect(err('x +')).toMatchObject({
      column: 4,
      message: expect.stringContaining('ends too early'),
    });
    expect(err('x +* 2')).toMatchObject({ column: 4 });
    expect(err(')')).toMatchObject({ column: 1 });
    expect(err('(x + 1))')).toMatchObject({ column: 8 });
  });

  it('suggests ^ for **', () => {
    expect(err('x**2')).toEqual({
      message: 'Use ^ for powers, e.g. x^2, not ** (column 2).',
      column: 2,
    });
  });

  it('names unknown variables and functions, with the column', () => {
    expect(err('x + z', X)).toEqual({
      message: "Unknown variable 'z' at column 5: use x.",
      column: 5,
    });
    expect(err('x + y + zz', XY)).toMatchObject({
      column: 9,
      message: "Unknown variable 'zz' at column 9: use x or y.",
    });
    expect(err('X + 1').message).toContain('did you mean x?');
    expect(err('1 + foo(x)')).toMatchObject({
      column: 5,
      message: expect.stringMatching(/^Unknown function 'foo' at column 5\. Available: sin, cos/),
    });
    expect(err('Sin(x)').message).toContain('did you mean sin?');
    expect(err('ln(x)').message).toContain('use log(x)');
    expect(err('sin + 1')).toMatchObject({
      column: 1,
      message: expect.stringContaining('is a function'),
    });
    expect(err('x(2)')).toMatchObject({
      column: 1,
      message: expect.stringContaining('not a function'),
    });
    expect(err('sin(x, 2)').message).toBe('sin at column 1 takes 1 argument, got 2.');
    expect(err('min()').message).toContain('at least 1 argument');
    expect(err('log(1, 2, 3)').message).toContain('1 or 2 arguments');
  });

  it('says an assignment is not a formula, quoting the expression to keep', () => {
    expect(err('y = x^2')).toEqual({
      message:
        "Assignments with '=' at column 3 are not allowed: write only the expression, e.g. x^2 rather than y = x^2.",
      column: 3,
    });
    expect(err('f = exp(-x) + 1').message).toContain(
      'e.g. exp(-x) + 1 rather than f = exp(-x) + 1',
    );
    // The assigned name is passed over, so the same name on the right keeps its own column.
    expect(err('y = y + 1').column).toBe(3);
    expect(err('x = 2').message).toContain('e.g. 2 rather than x = 2');
    // Nested or chained, the example stays generic rather than quoting a part of the formula.
    expect(err('1 + (y = x)').message).toContain('e.g. x^2 rather than y = x^2');
    expect(err('y = z = x').message).toContain('e.g. x^2 rather than y = x^2');
  });

  it('reports the leftmost of several problems', () => {
    expect(err('a + b + sin(x, 1)')).toMatchObject({ column: 1 });
    expect(err('x + b + a')).toMatchObject({ column: 5 });
    expect(err('x + x + q + x + q').column).toBe(9);
  });

  it.each([
    ['x = 2', 3, 'Assignments'],
    ['import({}, {})', 1, "Unknown function 'import'"],
    ["evaluate('1')", 1, "Unknown function 'evaluate'"],
    ["createUnit('foo')", 1, "Unknown function 'createUnit'"],
    ['parse("x")', 1, "Unknown function 'parse'"],
    ['f(x) = x', 6, 'Assignments'],
    ['[1, 2]', 1, 'Arrays'],
    ['x ? 1 : 2', 3, 'Conditionals'],
    ["'abc'", 1, 'Text in quotes'],
    ['1 cm', 3, "Unknown variable 'cm'"],
    ['x.y', 2, 'Property access'],
    ['x[1]', 2, 'indexing'],
    ['a.b(1)', 1, "Unknown variable 'a'"],
    ['{a: 1}', 1, 'Objects'],
    ['1:3', 2, 'Ranges'],
    ['x; x', 2, 'single expression'],
    ['x\nx', 2, 'A line break'],
    ['x == 1', 3, "operator '=='"],
    ['x < 1 < 2', 3, 'Comparisons'],
    ['x!', 2, "operator '!'"],
    ["x'", 2, "operator '''"],
    ['x % 2', 3, "operator '%'"],
    ['x mod 2', 3, "operator 'mod'"],
    ['not x', 1, "operator 'not'"],
    ['x and 1', 3, "operator 'and'"],
    ['5%', 2, 'Percentages'],
    ['true', 1, "'true'"],
    ['null + x', 1, "'null'"],
    ['x .* 2', 3, "operator '.*'"],
    ['constructor(x)', 1, "Unknown function 'constructor'"],
    ['__proto__', 1, "Unknown variable '__proto__'"],
    ['toString(x)', 1, "Unknown function 'toString'"],
  ])('rejects %j at column %i', (source, column, text) => {
    const e = err(source);
    expect(e.column).toBe(column);
    expect(e.message).toContain(text);
  });

  it('rejects empty and too long formulas', () => {
    expect(err('   ').message).toContain('empty');
    const long = Array.from({ length: 251 }, () => 'x').join('+');
    expect(long.length).toBe(MAX_FORMULA_LENGTH + 1);
    expect(err(long).message).toBe('The formula is too long (501 characters; at most 500).');
    expect(ok(long.slice(0, MAX_FORMULA_LENGTH - 1)).f([1])).toBe(250);
  });

  it('folds constant sub-expressions and evaluates many points consistently', () => {
    const o = ok('2 * 0.12^2 + x');
    expect(o.f([1])).toBe(2 * 0.12 ** 2 + 1);
    expect(o.f([2])).toBe(2 * 0.12 ** 2 + 2);
  });
});

describe('validateDims', () => {
  const dim = (over: Partial<Dim>): Dim => ({
    name: 'x',
    min: 0,
    max: 1,
    scale: 'linear',
    ...over,
  });

  it('accepts good dims', () => {
    expect(
      validateDims([dim({}), dim({ name: 'y_2', scale: 'log10', min: -5, max: -1 })]),
    ).toBeUndefined();
  });

  it.each([
    [[], 'at least one'],
    [[dim({ name: '2x' })], 'must start with a letter'],
    [[dim({ name: '' })], 'must start with a letter'],
    [[dim({ name: 'a b' })], 'must start with a letter'],
    [[dim({ name: 'sin' })], "'sin' is a function name"],
    [[dim({ name: 'pi' })], "'pi' is a constant name"],
    [[dim({ name: 'mod' })], 'reserved word'],
    [[dim({}), dim({})], 'used twice'],
    [[dim({ min: 1, max: 1 })], 'less than max'],
    [[dim({ min: 2, max: 1 })], 'less than max'],
    [[dim({ min: Number.NaN })], 'min must be a finite number'],
    [[dim({ max: Infinity })], 'max must be a finite number'],
    [[dim({ scale: 'log' as Dim['scale'] })], 'scale'],
    [[dim({ scale: 'log10', min: -400, max: 1 })], 'exponents'],
    [[dim({ name: 'a'.repeat(33) })], 'longer than'],
    [Array.from({ length: 21 }, (_, k) => dim({ name: `x${k}` })), 'At most 20'],
  ])('rejects %j', (dims, text) => {
    expect(validateDims(dims as Dim[])).toContain(text);
    expect(compileFormula('1', dims as Dim[])).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining(text) },
    });
  });

  it('names the dimension at fault', () => {
    expect(validateDims([dim({}), dim({ name: 'y', min: 3, max: 1 })])).toBe(
      "Dimension 2 ('y'): min (3) must be less than max (1).",
    );
  });
});

describe('tokenize', () => {
  it('reads numbers with exponents and prefixes as single tokens', () => {
    expect(tokenize('1e-3 + 0x1F*e # e').map((t) => [t.kind, t.text, t.col])).toEqual([
      ['number', '1e-3', 1],
      ['op', '+', 6],
      ['number', '0x1F', 8],
      ['op', '*', 12],
      ['ident', 'e', 13],
    ]);
  });
});
