/**
 * What the lab's figures show, in one sentence for a screen reader: built from the same numbers
 * each figure draws (teaching truth). Pure: the figures pass their data and the message table.
 */
import type { A11yText } from './describe.ts';
import { fillTemplate, formatNumber } from './format.ts';

/** One design's square in the grid-vs-random figure. */
export interface CoverageFacts {
  readonly design: string;
  readonly trials: number;
  readonly distinctX: number;
  readonly distinctY: number;
  /** The dimension the objective weighs more (x when equal). */
  readonly important: 'x' | 'y';
  readonly best: number;
}

/** "Grid: 25 trials cover 5 distinct values of x, the dimension that matters, and 5 of y, best 0.97". */
export function describeCoverage(f: CoverageFacts, t: A11yText): string {
  const [main, other] = f.important === 'x' ? ['x', 'y'] : ['y', 'x'];
  const [dMain, dOther] =
    f.important === 'x' ? [f.distinctX, f.distinctY] : [f.distinctY, f.distinctX];
  return fillTemplate(t.a11yLabCoverage, {
    design: f.design,
    n: f.trials,
    k: dMain,
    dim: main,
    m: dOther,
    other,
    best: formatNumber(f.best, 4),
  });
}

export interface TrialsFacts {
  readonly p: number;
  readonly n: number;
  /** The drawn curve's value at n, 1 - (1 - p)^n. */
  readonly chance: number;
  readonly confidence: number;
  readonly needed: number;
}

/** "With 20 random trials, the chance that one is in the top 5% is 64.2%; 59 trials reach 95%". */
export function describeTrials(f: TrialsFacts, t: A11yText): string {
  return fillTemplate(t.a11yLabTrials, {
    n: f.n,
    top: formatNumber(100 * f.p, 3),
    chance: formatNumber(100 * f.chance, 3),
    needed: f.needed,
    conf: formatNumber(100 * f.confidence, 3),
  });
}

export interface HistogramFacts {
  readonly name: string;
  /** Samples in their own units (positive when the axis is log10), as the histogram takes them. */
  readonly values: ArrayLike<number>;
  readonly axis: 'linear' | 'log10';
  /** The axis range, in axis units (exponents on a log10 axis). */
  readonly domain: readonly [number, number];
}

/** The share of the values (axis units) in the lowest tenth of the axis's extent, 0..1 (NaN if none). */
export function lowestTenthShare(values: ArrayLike<number>, domain: readonly [number, number]) {
  const cut = domain[0] + 0.1 * (domain[1] - domain[0]);
  let hits = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) <= cut) hits++;
  return values.length > 0 ? hits / values.length : Number.NaN;
}

/** "500 samples of learning rate over [0.0001, 0.1] on a log axis; 10.2% in the lowest tenth". */
export function describeHistogram(f: HistogramFacts, t: A11yText): string {
  const onAxis = f.axis === 'log10' ? Array.from(f.values, Math.log10) : f.values;
  const show = (v: number) => formatNumber(f.axis === 'log10' ? 10 ** v : v, 3);
  return fillTemplate(f.axis === 'log10' ? t.a11yLabHistogramLog : t.a11yLabHistogramLinear, {
    n: f.values.length,
    name: f.name,
    lo: show(f.domain[0]),
    hi: show(f.domain[1]),
    share: formatNumber(100 * lowestTenthShare(onAxis, f.domain), 3),
  });
}

export interface BandFacts {
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly {
    readonly label: string;
    readonly xs: readonly number[];
    readonly median: readonly number[];
  }[];
}

/** "Regret against evaluations: Random from 1.2 to 0.3 at 30; BO from 1.1 to 0.01 at 30". */
export function describeBands(f: BandFacts, t: A11yText): string {
  const parts = f.series.flatMap((s) => {
    const at = s.median.flatMap((m, i) => (Number.isFinite(m) ? [i] : []));
    const first = at[0];
    const last = at[at.length - 1];
    if (first === undefined || last === undefined) return [];
    return [
      fillTemplate(t.a11yLabBand, {
        name: s.label,
        from: formatNumber(s.median[first] as number, 3),
        to: formatNumber(s.median[last] as number, 3),
        x: formatNumber(s.xs[last] as number, 4),
      }),
    ];
  });
  const head = fillTemplate(t.a11yLabBands, { y: f.yLabel, x: f.xLabel });
  return parts.length > 0 ? `${head}: ${parts.join('; ')}` : `${head}: ${t.a11yAcquisitionNone}`;
}

export interface BoxMapFacts {
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** Index into points of the best one, or -1. */
  readonly best: number;
  /** The box drawn (lower/upper per dimension), or null. */
  readonly box: { readonly lower: readonly number[]; readonly upper: readonly number[] } | null;
}

/** "12 trials, best at (0.31, 0.72), box x in [0.2, 0.4] and y in [0.6, 0.8]". */
export function describeBoxMap(f: BoxMapFacts, t: A11yText): string {
  const parts = [
    f.points.length === 1
      ? t.a11yLabTrialsOne
      : fillTemplate(t.a11yLabTrialsN, { n: f.points.length }),
  ];
  const best = f.points[f.best];
  if (best) {
    parts.push(
      fillTemplate(t.a11yLabBestAt, { x: formatNumber(best.x, 3), y: formatNumber(best.y, 3) }),
    );
  }
  const [xlo, ylo] = f.box?.lower ?? [];
  const [xhi, yhi] = f.box?.upper ?? [];
  if (xlo !== undefined && ylo !== undefined && xhi !== undefined && yhi !== undefined) {
    const show = (v: number) => formatNumber(v, 3);
    parts.push(
      fillTemplate(t.a11yLabBox, {
        xlo: show(xlo),
        xhi: show(xhi),
        ylo: show(ylo),
        yhi: show(yhi),
      }),
    );
  }
  return parts.join(', ');
}

export interface HyperbandFacts {
  readonly maxEpochs: number;
  readonly factor: number;
  readonly brackets: number;
  /** The selected bracket's rungs, first to last. */
  readonly rungs: readonly { readonly trials: number; readonly epochs: number }[];
}

/** "3 brackets, up to 9 epochs, factor 3; this bracket: 9 models × 1 epochs → 3 × 3 → 1 × 9". */
export function describeHyperband(f: HyperbandFacts, t: A11yText): string {
  const rungs = f.rungs.map((r) => `${r.trials} × ${r.epochs}`).join(' → ');
  return fillTemplate(t.a11yLabHyperband, {
    b: f.brackets,
    max: f.maxEpochs,
    factor: f.factor,
    rungs: rungs || t.a11yAcquisitionNone,
  });
}
