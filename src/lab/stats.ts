/**
 * Small statistics shared by the lab's figures: histograms over given bin edges, quantiles, the
 * binomial standard error a simulated share is judged by. Pure, no DOM.
 */

/** n + 1 evenly spaced edges from lo to hi (n bins). */
export function linearEdges(lo: number, hi: number, bins: number): Float64Array {
  if (!Number.isInteger(bins) || bins < 1)
    throw new RangeError(`bins must be a positive integer, got ${bins}`);
  if (!(hi > lo)) throw new RangeError(`histogram needs lo < hi, got [${lo}, ${hi}]`);
  return Float64Array.from({ length: bins + 1 }, (_, i) =>
    i === bins ? hi : lo + ((hi - lo) * i) / bins,
  );
}

/**
 * Counts of values per bin [e_i, e_{i+1}); the last bin also takes its right edge, so a value equal
 * to the top of the range is counted. Values outside the edges and non-finite values are skipped.
 */
export function histogram(values: ArrayLike<number>, edges: ArrayLike<number>): Int32Array {
  const bins = edges.length - 1;
  const counts = new Int32Array(Math.max(0, bins));
  if (bins < 1) return counts;
  const lo = edges[0] as number;
  const hi = edges[bins] as number;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(v >= lo && v <= hi)) continue;
    // Binary search for the last edge <= v.
    let a = 0;
    let b = bins;
    while (b - a > 1) {
      const m = (a + b) >> 1;
      if ((edges[m] as number) <= v) a = m;
      else b = m;
    }
    counts[a] = (counts[a] as number) + 1;
  }
  return counts;
}

/** The q-quantile (0 <= q <= 1) of values already sorted ascending, linearly interpolated. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = Math.min(1, Math.max(0, q)) * (n - 1);
  const i = Math.floor(pos);
  const lo = sorted[i] as number;
  const hi = sorted[Math.min(n - 1, i + 1)] as number;
  // Infinite entries (a run with no success yet) must not turn the interpolation into NaN.
  if (lo === hi || pos === i) return lo;
  return lo + (pos - i) * (hi - lo);
}

/** Arithmetic mean; NaN for no values. */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s / values.length;
}

/** Standard error of a share estimated from `trials` independent draws with true share p. */
export function binomialStdError(p: number, trials: number): number {
  return trials > 0 ? Math.sqrt((p * (1 - p)) / trials) : NaN;
}
