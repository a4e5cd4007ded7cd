/**
 * Scales and ticks for the plots. d3 does the arithmetic; this module adds what d3's linear scale
 * cannot know: on a log10 dimension the data are already exponents, so the scale is linear in the
 * exponent while the labels must read 10^k.
 */
import { scaleLinear, scaleLog, ticks, type ScaleLinear } from 'd3';
import { formatNumber, formatPowerOfTen, tickLabels } from './format.ts';
import { DEFAULT_FONT_SIZE, textWidthEm } from './layout.ts';

/** How a dimension is displayed; x values of a 'log10' dimension are base-10 exponents. */
export type AxisScale = 'linear' | 'log10';

/** One labelled tick, at `value` in data units (an exponent on a log10 axis). */
export interface Tick {
  readonly value: number;
  readonly label: string;
}

/** Data units to pixels, linear; d3's scale so callers get invert() and range() too. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): ScaleLinear<number, number> {
  return scaleLinear().domain(domain).range(range);
}

/** About one tick per `spacing` pixels, clamped to [min, max]. */
export function tickCountFor(lengthPx: number, spacingPx: number, min = 2, max = 10): number {
  return Math.min(max, Math.max(min, Math.floor(lengthPx / spacingPx)));
}

/**
 * d3's round ticks with d3's labels, except where d3's fixed-point labels grow long (tiny steps,
 * huge values): there m×10ⁿ reads better than "0.00000002".
 */
export function linearTicks(scale: ScaleLinear<number, number>, count: number): Tick[] {
  const values = scale.ticks(count);
  const step = values.length > 1 ? Math.abs((values[1] as number) - (values[0] as number)) : 1;
  const largest = Math.max(0, ...values.map(Math.abs));
  if (step < 1e-3 || largest >= 1e5) {
    // Enough digits to tell neighbours apart: the step's leading digit, relative to the largest.
    const digits = Math.max(1, Math.ceil(Math.log10(largest / step) + 1e-9) + 1);
    const labels = tickLabels(values, digits);
    return values.map((v, i) => ({ value: v, label: labels[i] as string }));
  }
  const format = scale.tickFormat(count);
  return values.map((v) => ({ value: v, label: format(v) }));
}

/** Mantissa of a positive number, 1 <= m < 10, rounded against float noise (0.0030000000000000001). */
function mantissa(v: number): number {
  const m = v / 10 ** Math.floor(Math.log10(v) + 1e-9);
  return Math.round(m * 1e6) / 1e6;
}

/**
 * Ticks of a log10 axis whose data are exponents. Three or more whole decades in view: ticks at
 * integer exponents (thinned to every 2nd, 3rd, 5th... decade when crowded), labelled 10ᵏ. Narrower,
 * a label per decade would leave one or two ticks, so decimal labels at their exponents: at 1-2-5
 * values of 10^x (0.002, 0.005, 0.01) across one to three decades, at round values within one.
 */
export function log10Ticks(domain: readonly [number, number], count: number): Tick[] {
  const lo = Math.min(domain[0], domain[1]);
  const hi = Math.max(domain[0], domain[1]);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const first = Math.ceil(lo - 1e-9);
  const last = Math.floor(hi + 1e-9);
  const decades = last - first + 1;
  if (decades >= 3) {
    // Whole-decade steps from a round set, so labels read 10⁻⁶, 10⁻³, 10⁰ rather than every 4th.
    const wanted = decades / Math.max(2, count);
    const steps = [1, 2, 3, 5, 10, 20, 50, 100, 200, 300, 500];
    const at = (step: number) => {
      const ks: number[] = [];
      for (let k = Math.ceil(first / step) * step; k <= last; k += step) ks.push(k);
      return ks;
    };
    let ks = at(steps.find((s) => s >= wanted) ?? Math.ceil(wanted));
    // Hundreds of decades may hold one multiple of the step wanted ([-300, 300]: only 0 of 500).
    for (const s of [...steps].reverse()) if (ks.length < 2 && s < wanted) ks = at(s);
    return ks.map((k) => ({ value: k, label: formatPowerOfTen(k) }));
  }
  if (hi === lo) return [{ value: lo, label: formatNumber(10 ** lo, 3) }];
  if (hi - lo <= 1) {
    // Within one decade, round values of 10^x (0.004, 0.006, 0.008) are evenly spread enough.
    const values = ticks(10 ** lo, 10 ** hi, count);
    const labels = tickLabels(values, 3);
    return values.map((v, i) => ({ value: Math.log10(v), label: labels[i] as string }));
  }
  const candidates = scaleLog()
    .domain([10 ** lo, 10 ** hi])
    .ticks(Math.max(2, count))
    .filter((v) => v > 0);
  // Prefer the roundest mantissas that still fit the requested count.
  let kept = candidates;
  for (const allowed of [[1, 2, 5], [1, 5], [1]] as const) {
    if (kept.length <= count) break;
    const next = candidates.filter((v) => (allowed as readonly number[]).includes(mantissa(v)));
    if (next.length >= 2) kept = next;
  }
  const labels = tickLabels(kept, 3);
  return kept.map((v, i) => ({ value: Math.log10(v), label: labels[i] as string }));
}

/**
 * Ticks for an axis of a search dimension, whatever its display scale, no more than its labels
 * leave room for: a narrow box far from 0 needs labels such as 1.0000002×10⁶, which at the usual
 * count would run into each other.
 */
export function axisTicks(
  scale: ScaleLinear<number, number>,
  kind: AxisScale,
  count: number,
  em: number = DEFAULT_FONT_SIZE,
): Tick[] {
  const make = (c: number) =>
    kind === 'log10' ? log10Ticks(scale.domain() as [number, number], c) : linearTicks(scale, c);
  let out = make(count);
  for (let c = count - 1; c >= 2 && crowded(out, scale, em); c--) out = make(c);
  // Two ticks on a log axis do not show it is one (1 and 100 could be a linear axis): ask for more
  // and take the first set with three or more that still fits (1, 2, 5 x 10^n, or every decade).
  if (kind === 'log10' && out.length < 3) {
    for (let c = count + 1; c <= 12; c++) {
      const more = make(c);
      if (more.length >= 3 && !crowded(more, scale, em)) return more;
    }
  }
  return out;
}

/** Whether two neighbouring labels, centred on their ticks, would touch (with 0.8em between). */
function crowded(ticks: readonly Tick[], scale: (v: number) => number, em: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1] as Tick;
    const b = ticks[i] as Tick;
    const room = Math.abs(scale(b.value) - scale(a.value));
    if (room < ((textWidthEm(a.label) + textWidthEm(b.label)) / 2 + 0.8) * em) return true;
  }
  return false;
}

/**
 * [min, max] of the finite numbers in `arrays`, or null when there are none. Non-finite values (a
 * failed evaluation, an overflow) are skipped so that one bad number cannot flatten a plot.
 */
export function finiteExtent(
  arrays: readonly (ArrayLike<number> | null | undefined)[],
): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const a of arrays) {
    if (!a) continue;
    for (let i = 0; i < a.length; i++) {
      const v = a[i] as number;
      if (!Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return min <= max ? [min, max] : null;
}

/**
 * Widens [min, max] by `bottom` and `top` fractions of its span. A flat extent (one value) gets a
 * span of its own so the scale is not degenerate; no extent at all gives [0, 1].
 */
export function padExtent(
  extent: readonly [number, number] | null,
  bottom = 0.06,
  top = 0.06,
): [number, number] {
  if (!extent) return [0, 1];
  const [min, max] = extent;
  const span = max - min;
  if (!(span > 0)) {
    const half = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    return [min - half, max + half];
  }
  return [min - bottom * span, max + top * span];
}

/** Index of the largest finite value (the first one on ties), or -1 when there is none. */
export function gridArgmax(values: ArrayLike<number>): number {
  let best = -1;
  let bestV = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v) && v > bestV) {
      best = i;
      bestV = v;
    }
  }
  return best;
}
