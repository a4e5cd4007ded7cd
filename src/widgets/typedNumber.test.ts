import { describe, expect, it } from 'vitest';
import { createRng } from '../math/rng.ts';
import { formatNumber } from '../plots/format.ts';
import { parseTypedNumber } from './typedNumber.ts';

describe('parseTypedNumber', () => {
  it('reads back every number the app prints, to the digits printed', () => {
    const rng = createRng(5);
    for (let i = 0; i < 2000; i++) {
      const v = (rng.next() < 0.5 ? -1 : 1) * 10 ** rng.uniform(-12, 12);
      for (const digits of [1, 3, 6]) {
        const shown = formatNumber(v, digits);
        // Off by at most the rounding to `digits` significant digits, and of the same sign.
        expect(Math.abs(parseTypedNumber(shown) / v - 1), shown).toBeLessThanOrEqual(
          5 * 10 ** -digits * (1 + 1e-9),
        );
      }
    }
    expect(parseTypedNumber('0')).toBe(0);
  });

  it('takes the usual stand-ins for a minus sign, and plain notation', () => {
    expect(parseTypedNumber('\u22122')).toBe(-2);
    expect(parseTypedNumber('\u2013 2'.replace(' ', ''))).toBe(-2);
    expect(parseTypedNumber('\uff0d3.5')).toBe(-3.5);
    expect(parseTypedNumber(' 1e-5 ')).toBe(1e-5);
    expect(parseTypedNumber('2.5×10\u2075')).toBe(2.5e5);
    expect(parseTypedNumber('\u22122.5 × 10^-3')).toBe(-2.5e-3);
  });

  it('gives NaN for what is not a number', () => {
    for (const s of ['', ' ', 'abc', '1,5', '\u2212', '10^', '×10\u00b3', '1\u22122', '∞', 'NaN']) {
      expect(parseTypedNumber(s), s).toBeNaN();
    }
  });
});
