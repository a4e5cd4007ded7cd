import { describe, expect, it } from 'vitest';
import { formatNumber } from '../widgets/format.ts';
import { gapNumbers, parseShownNumber } from './gapWords.ts';
import { classifyGap } from './narration.ts';

const move = (r: number) => classifyGap(r).move;

describe('parseShownNumber', () => {
  it('reads back what formatNumber prints', () => {
    for (const v of [0, 1.5, -0.25, 1234.5, 1.5e-5, -2.5e7, 0.001, 99999]) {
      for (const d of [2, 3, 5]) {
        const s = formatNumber(v, d);
        // Within half a unit of the last significant digit printed (integers print all theirs).
        const unit = v === 0 ? 0 : 10 ** (Math.floor(Math.log10(Math.abs(v))) - d + 1);
        expect(Math.abs(parseShownNumber(s) - v)).toBeLessThanOrEqual(unit / 2 + 1e-15);
      }
    }
    expect(parseShownNumber('∞')).toBe(Infinity);
    expect(parseShownNumber('−∞')).toBe(-Infinity);
    expect(parseShownNumber('x = 1')).toBeNaN();
  });
});

describe('gapNumbers', () => {
  it('prints a mean and a best that differ differently', () => {
    // 3 digits would print "1.7" and "1.7" for a mean that beats the best.
    const n = gapNumbers(1.70004, 1.69996, 0.05, move);
    expect(n.mean).not.toBe(n.best);
    expect(parseShownNumber(n.mean)).toBeGreaterThan(parseShownNumber(n.best));
  });

  it('prints gap and σ so that their ratio reads as the rule decided', () => {
    // gap / σ = 0.49998 < EXPLOIT_Z: exploitation. At 3 digits "0.5" against "1" reads as 0.5.
    const n = gapNumbers(0.50002, 1, 1, move);
    expect(move(parseShownNumber(n.gap) / parseShownNumber(n.std))).toBe('exploit');
    expect(n.gap).toBe('0.49998');
    // And the other side of the line.
    const f = gapNumbers(0.49999, 1, 1.00001, move);
    expect(move(parseShownNumber(f.gap) / parseShownNumber(f.std))).toBe(move(0.50001 / 1.00001));
  });

  it('keeps 3 digits when they already tell the story', () => {
    expect(gapNumbers(1.6112, 1.6498, 0.0912, move)).toEqual({
      mean: '1.61',
      best: '1.65',
      gap: '0.0386',
      std: '0.0912',
    });
  });
});
