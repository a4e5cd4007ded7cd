import { describe, expect, it } from 'vitest';
import { compileFormula } from './formula.ts';
import { findForbiddenChar } from './formulaChars.ts';
import type { Dim } from './types.ts';

const X: readonly Dim[] = [{ name: 'x', min: -2, max: 6, scale: 'linear' }];

function err(source: string): { message: string; column?: number } {
  const r = compileFormula(source, X);
  if (r.ok) throw new Error(`expected ${JSON.stringify(source)} to be rejected`);
  return r.error;
}

// One of each family: C0 controls, DEL, C1, zero-width and joiners, bidi marks, embeddings,
// overrides and isolates, word joiner, BOM, soft hyphen, interlinear annotation, a lone surrogate.
const CONTROLS = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u009b',
  '\u00ad',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\ufff9',
  '\ud800',
];

describe('characters a formula may not hold', () => {
  it('refuses # comments, whatever follows them, with the column', () => {
    const payload = 'x # """; import os; os.system("echo pwned"); """';
    expect(err(payload)).toEqual({
      message:
        "Comments with '#' at column 3 are not allowed: a formula is one expression; delete the '#' and the text after it.",
      column: 3,
    });
    expect(err('x # C:\\Users\\me').column).toBe(3);
    expect(err('#').column).toBe(1);
    // Columns count in the trimmed text, as the form's caret does.
    expect(err('   x^2 #').column).toBe(5);
  });

  it('refuses line breaks of every kind', () => {
    for (const br of ['\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029']) {
      const e = err(`x${br}+ 1`);
      expect(e.message, JSON.stringify(br)).toBe(
        'A line break at column 2 is not allowed: write the formula on one line.',
      );
      expect(e.column).toBe(2);
    }
    // One that trim() would hide is still refused: the raw text is what a link stores.
    expect(err('x + 1\n').message).toMatch(/^A line break at column 6 /);
    expect(err('\nx + 1').message).toMatch(/^A line break is not allowed/);
  });

  it.each(CONTROLS.map((c) => [c.codePointAt(0)?.toString(16).padStart(4, '0'), c]))(
    'refuses U+%s, naming it, with the column',
    (hex, ch) => {
      const e = err(`x +${ch as string} 1`);
      expect(e.message).toBe(
        `The invisible or control character U+${(hex as string).toUpperCase()} at column 4 is not allowed: delete it, or retype the formula if you cannot see it.`,
      );
      expect(e.column).toBe(4);
    },
  );

  it('keeps what people type: tabs, no-break spaces, Unicode letters in messages', () => {
    expect(compileFormula('x\t+ 1', X).ok).toBe(true);
    expect(compileFormula('x\u00a0+ 1', X).ok).toBe(true);
    expect(findForbiddenChar('exp(-(x-3)^2) + 1/(x^2+1)')).toBeUndefined();
    // A non-BMP character is not a control: mathjs reports it as a syntax error of its own.
    expect(findForbiddenChar('x + \u{1d465}')).toBeUndefined();
  });

  it('reports the first forbidden character from the left', () => {
    expect(findForbiddenChar('x\u202e # y')).toEqual({
      kind: 'control',
      index: 1,
      codePoint: 'U+202E',
    });
    expect(findForbiddenChar('x # \u202e')).toEqual({ kind: 'comment', index: 2 });
  });
});
