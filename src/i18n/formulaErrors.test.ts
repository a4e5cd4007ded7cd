import { describe, expect, it } from 'vitest';
import { validateAppDims } from '../objectives/dims.ts';
import { compileFormula } from '../objectives/formula.ts';
import type { Dim } from '../objectives/types.ts';
import { translateFormulaError } from './formulaErrors.ts';

const X: readonly Dim[] = [{ name: 'x', min: -2, max: 6, scale: 'linear' }];

/** Formulas that reach every message of the compiler (checked below: each one fails). */
const BAD_FORMULAS = [
  'y = x^2',
  '1 + (y = x)',
  'x # comment',
  'x\n+ 1',
  'x +\u202e 1',
  'x > 0 ? 1 : 2',
  '[1, 2]',
  '{a: 1}',
  '1:3',
  'x.a',
  'x; x',
  'x < 1',
  '"abc"',
  'true',
  'sin',
  'X + 1',
  'z + 1',
  '5%',
  'x mod 2',
  'x!',
  '(sin)(x)',
  'x(2)',
  'ln(x)',
  'Sin(x)',
  'foo(x)',
  'sin(x, 2)',
  'max()',
  '',
  'x'.repeat(3000),
  'x ** 2',
  'x +',
  '(x + 1',
  'x 2 3',
  '2 $ 3',
];

const BAD_DIMS: readonly (readonly Dim[])[] = [
  [],
  [
    { name: 'a', min: 0, max: 1, scale: 'linear' },
    { name: 'b', min: 0, max: 1, scale: 'linear' },
    { name: 'c', min: 0, max: 1, scale: 'linear' },
    { name: 'd', min: 0, max: 1, scale: 'linear' },
    { name: 'e', min: 0, max: 1, scale: 'linear' },
    { name: 'f', min: 0, max: 1, scale: 'linear' },
    { name: 'g', min: 0, max: 1, scale: 'linear' },
    { name: 'h', min: 0, max: 1, scale: 'linear' },
    { name: 'i', min: 0, max: 1, scale: 'linear' },
  ],
  [{ name: '1x', min: 0, max: 1, scale: 'linear' }],
  [{ name: 'x'.repeat(80), min: 0, max: 1, scale: 'linear' }],
  [{ name: 'sin', min: 0, max: 1, scale: 'linear' }],
  [{ name: 'pi', min: 0, max: 1, scale: 'linear' }],
  [{ name: 'and', min: 0, max: 1, scale: 'linear' }],
  [
    { name: 'x', min: 0, max: 1, scale: 'linear' },
    { name: 'x', min: 0, max: 1, scale: 'linear' },
  ],
  [{ name: 'x', min: 0, max: 1, scale: 'cubic' as 'linear' }],
  [{ name: 'x', min: Number.NaN, max: 1, scale: 'linear' }],
  [{ name: 'x', min: 0, max: Infinity, scale: 'linear' }],
  [{ name: 'x', min: 2, max: 1, scale: 'linear' }],
  [{ name: 'x', min: -400, max: 1, scale: 'log10' }],
  [{ name: 'x', min: -1.7e308, max: 1.7e308, scale: 'linear' }],
  [{ name: 'x', min: 1, max: 1.0000000000000002, scale: 'linear' }],
  [{ name: 'x', min: -5, max: -4.999, scale: 'log10' }],
];

function messageOf(source: string, dims: readonly Dim[] = X): string {
  const r = compileFormula(source, dims);
  if (r.ok) throw new Error(`"${source.slice(0, 40)}" compiled`);
  return r.error.message;
}

const HANGUL = /[\uac00-\ud7a3]/;

describe('formula errors in Korean', () => {
  const messages = [
    ...BAD_FORMULAS.map((f) => messageOf(f)),
    ...BAD_DIMS.map((d) => messageOf('1', d)),
  ];

  it.each(messages)('translates: %s', (message) => {
    const ko = translateFormulaError(message, 'ko');
    expect(ko, message).not.toBeNull();
    expect(ko).toMatch(HANGUL);
    // Nothing English of the sentence is left (names, code and numbers are kept).
    expect(ko).not.toMatch(/\b(the|is|are|not|must|use|write|at column)\b/);
  });

  it('translates the refusal of a study of more than 10 dimensions', () => {
    const dims = Array.from({ length: 11 }, (_, k) => `p${k}`).map((name) => ({
      name,
      min: 0,
      max: 1,
      scale: 'linear' as const,
    }));
    const ko = translateFormulaError(validateAppDims(dims) ?? '', 'ko') ?? '';
    expect(ko).toMatch(HANGUL);
    expect(ko).toContain('11개');
    expect(ko).toContain('10개');
  });

  it('keeps the column, the names and the numbers', () => {
    const message = messageOf('z + 1');
    expect(message).toContain('column 1');
    const ko = translateFormulaError(message, 'ko') ?? '';
    expect(ko).toContain("'z'");
    expect(ko).toContain('1번째 글자');
    expect(translateFormulaError(messageOf('x ** 2'), 'ko')).toContain('3번째 글자');
  });

  it('quotes the expression to keep and names an invisible character', () => {
    expect(translateFormulaError(messageOf('y = x^2'), 'ko')).toBe(
      "'='로 값을 대입할 수 없습니다 (3번째 글자). 식만 쓰세요. 예: y = x^2 대신 x^2.",
    );
    expect(translateFormulaError(messageOf('x +\u200b 1'), 'ko')).toContain(
      'U+200B은(는) 쓸 수 없습니다 (4번째 글자)',
    );
  });

  it('leaves English alone and returns null for a message it does not know', () => {
    expect(translateFormulaError('Syntax error: x.', 'en')).toBe('Syntax error: x.');
    expect(translateFormulaError('Something new went wrong.', 'ko')).toBeNull();
  });
});
