/**
 * Number formatting for plot text: tick labels, observation labels, readouts. Pure and DOM-free so
 * it is tested directly. Negative numbers get a true minus sign (U+2212), as d3's ticks do, and
 * exponents are written as superscripts (1.5×10⁻⁵) because "1.5e-5" reads as code, not as a number.
 */

const MINUS = '\u2212';

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
  [MINUS]: '⁻',
  '+': '⁺',
};

/** The superscript form of an integer ("-3" -> "⁻³"); characters without one are kept. */
export function superscript(n: number | string): string {
  return Array.from(String(n), (c) => SUPERSCRIPT[c] ?? c).join('');
}

/** "10⁻³" for k = -3: the label of an integer-exponent tick on a log10 axis. */
export function formatPowerOfTen(k: number): string {
  return `10${superscript(Math.round(k))}`;
}

/** Drops trailing zeros after a decimal point ("1.500" -> "1.5", "2.000" -> "2"). */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * A number with `digits` significant digits (trailing zeros dropped), in plain decimals within
 * [1e-3, 1e5) and as m×10ⁿ outside it. Non-finite values read as "∞", "−∞" and "NaN".
 */
export function formatNumber(v: number, digits = 3): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : `${MINUS}∞`;
  if (v === 0) return '0';
  const a = Math.abs(v);
  let body: string;
  if (a >= 1e5 || a < 1e-3) {
    const [mant = '', exp = '0'] = a.toExponential(digits - 1).split('e');
    const m = trimZeros(mant);
    body = `${m}×10${superscript(Number(exp))}`;
  } else {
    // toFixed rather than toPrecision: toPrecision switches to exponents on its own terms.
    const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(a)));
    body = trimZeros(a.toFixed(Math.min(20, decimals)));
  }
  return v < 0 && body !== '0' ? `${MINUS}${body}` : body;
}

/**
 * Labels for ascending tick values that tell each one from its neighbours: the fewest significant
 * digits, from `digits` up, at which no two neighbours read the same. A narrow box far from 0
 * (objectives/dims.ts allows a width down to 1e-6 of the largest |bound|) needs up to 9; fixed
 * digits printed [1, 1.000001] as a row of "1"s.
 */
export function tickLabels(values: readonly number[], digits = 1): string[] {
  let d = Math.max(1, Math.min(17, Math.round(digits)));
  for (;;) {
    const labels = values.map((v) => formatNumber(v, d));
    if (d >= 17 || labels.every((l, i) => i === 0 || l !== labels[i - 1])) return labels;
    d++;
  }
}

/**
 * A coordinate shown to within `resolution` (e.g. 1/1000 of its box's width): plain decimals where
 * those stay short, else m×10ⁿ with the significant digits that resolution needs. Fixed decimals
 * printed every point of [0, 1e-12] as 0.0000000000 and of [0, 1e100] as 5e+99.
 */
export function formatAtResolution(v: number, resolution: number): string {
  if (!Number.isFinite(v) || !(resolution > 0)) return formatNumber(v);
  const decimals = Math.max(0, -Math.floor(Math.log10(resolution)));
  if (decimals <= 10 && Math.abs(v) < 1e15) {
    const s = Math.abs(v).toFixed(decimals);
    return v < 0 && Number(s) !== 0 ? `${MINUS}${s}` : s;
  }
  const digits = Math.floor(Math.log10(Math.max(Math.abs(v), resolution) / resolution)) + 1;
  return formatNumber(v, Math.max(1, Math.min(17, digits)));
}

/**
 * An x coordinate given in search units, as a person reads it: the value itself on a linear axis,
 * 10^x on a log10 axis (where search units are exponents).
 */
export function formatSearchX(x: number, scale: 'linear' | 'log10', digits = 3): string {
  return formatNumber(scale === 'log10' ? 10 ** x : x, digits);
}

/** Replaces {name} in a message template with vars[name]; unknown names are left as they are. */
export function fillTemplate(
  template: string,
  vars: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
