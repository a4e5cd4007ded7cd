/**
 * The numbers of the explore/exploit sentence, printed so that they show what the sentence claims.
 * The words come from z (narration.ts, classifyGap); the digits are chosen so that a student who
 * reads the printed numbers back reaches the same verdict: the mean and the best print differently
 * when they differ, and the printed gap against the printed σ falls on the same side of the rule.
 */
import { formatNumber } from '../widgets/format.ts';

const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A number as formatNumber prints it ("1.5", "−0.25", "1.5×10⁻⁵", "∞") read back; NaN for text
 * that is not one. The inverse the truth tests and the digit choice below rely on.
 */
export function parseShownNumber(text: string): number {
  const s = text.trim().replace(/\u2212/g, '-');
  if (s === '∞') return Infinity;
  if (s === '-∞') return -Infinity;
  const m = /^(-?\d+(?:\.\d+)?)(?:×10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/.exec(s);
  if (!m) return NaN;
  const mant = Number(m[1]);
  if (!m[2]) return mant;
  const exp = Array.from(m[2], (c) => (c === '⁻' ? '-' : String(SUPER.indexOf(c)))).join('');
  return Number(`${mant}e${exp}`);
}

/** Most significant digits the sentence will print; beyond this the numbers are equal anyway. */
const MAX_DIGITS = 9;

/** The printed numbers of the sentence; `gap` is |best − mean|, f's units. */
export interface GapNumbers {
  readonly mean: string;
  readonly best: string;
  readonly gap: string;
  readonly std: string;
}

/**
 * Prints mean, best, gap and σ with the fewest significant digits (from `digits`) at which the
 * printed numbers tell the same story as the exact ones: `rule(gap / σ)` read off the printed gap
 * and σ equals `rule` of the exact ones, and mean and best differ in print when they differ.
 */
export function gapNumbers<V>(
  mean: number,
  best: number,
  std: number,
  rule: (gapOverStd: number) => V,
  digits = 3,
): GapNumbers {
  const gap = Math.abs(best - mean);
  const ratio = (g: number, s: number) => g / Math.max(s, 1e-12);
  const want = rule(ratio(gap, std));
  let out: GapNumbers | null = null;
  for (let d = digits; d <= MAX_DIGITS; d++) {
    out = {
      mean: formatNumber(mean, d),
      best: formatNumber(best, d),
      gap: formatNumber(gap, d),
      std: formatNumber(std, d),
    };
    const apart = mean === best || out.mean !== out.best;
    const read = rule(ratio(parseShownNumber(out.gap), parseShownNumber(out.std)));
    if (apart && read === want) return out;
  }
  return out as GapNumbers;
}
