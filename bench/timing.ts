/** Small timing helpers shared by the benchmarks: medians, not means, on noisy 2-core machines. */

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

export function time(
  fn: () => void,
  opts: { runs?: number; warmup?: number; budgetMs?: number } = {},
): Timing {
  const warmup = opts.warmup ?? 2;
  const maxRuns = opts.runs ?? 15;
  const budget = opts.budgetMs ?? 5000;
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < maxRuns && (samples.length < 3 || performance.now() - start < budget)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: median(samples), minMs: samples[0] ?? NaN, runs: samples.length };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

/** One machine-readable line per case (DESIGN.md). */
export function jsonLine(
  bench: string,
  kase: string,
  backend: string,
  t: Timing,
  extra: Record<string, unknown> = {},
): void {
  console.log(
    JSON.stringify({
      bench,
      case: kase,
      backend,
      medianMs: round(t.medianMs),
      minMs: round(t.minMs),
      runs: t.runs,
      ...extra,
    }),
  );
}

export function round(v: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
