/**
 * A number typed or pasted by a person, read in every form the app itself prints (plots/format.ts):
 * a true minus sign (U+2212) as d3 writes it, m×10ⁿ with a superscript exponent, 10ⁿ alone. Copying
 * a value off a tick, the table or a placeholder into a field must work; so must the en dash that
 * word processors put in place of a hyphen, and plain JavaScript notation (1e-5, 0.5).
 */

// Minus sign, figure dash, en dash, small and fullwidth hyphen-minus.
const MINUS = /[\u2212\u2012\u2013\ufe63\uff0d]/g;
const SUPER: Readonly<Record<string, string>> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};
// "1.5×10⁻⁵", "1.5 x 10^-5", "10⁻³": an optional mantissa and a power of ten.
const POWER =
  /^(?:([+-]?(?:\d+\.?\d*|\.\d+))\s*[×x*·]\s*)?10(?:\^([+-]?\d+)|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/;

/** The value of `text`, or NaN when it is not a number in any of those forms. */
export function parseTypedNumber(text: string): number {
  const s = text.trim().replace(MINUS, '-');
  if (s === '') return NaN;
  const m = POWER.exec(s);
  if (m) {
    const exp = m[2] ?? Array.from(m[3] ?? '', (c) => SUPER[c] ?? c).join('');
    return Number(`${m[1] ?? '1'}e${exp}`);
  }
  return Number(s);
}
