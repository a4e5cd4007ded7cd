/**
 * What a plot shows, in one sentence for a screen reader: built from the very arrays and points
 * the plot draws (teaching truth), so the description can never disagree with the picture. Pure:
 * the plots pass their props and the message table; tests check the numbers against the data.
 */
import type { a11yEn } from '../i18n/a11y.ts';
import { fillTemplate, formatNumber, formatSearchX } from './format.ts';
import { finiteExtent, gridArgmax, type AxisScale } from './scales.ts';

export type A11yText = Readonly<Record<keyof typeof a11yEn, string>>;

type Values = ArrayLike<number>;

function observationCount(n: number, t: A11yText): string {
  return n === 1 ? t.a11yObservationsOne : fillTemplate(t.a11yObservations, { n });
}

function range(domain: readonly [number, number], scale: AxisScale) {
  return { lo: formatSearchX(domain[0], scale), hi: formatSearchX(domain[1], scale) };
}

/** One axis of a 1D plot: its name, extent (search units) and scale. */
export interface Axis1D {
  readonly name: string;
  readonly domain: readonly [number, number];
  readonly scale: AxisScale;
}

function at1d(axis: Axis1D, x: number): string {
  return `${axis.name} = ${formatSearchX(x, axis.scale)}`;
}

export interface Objective1DFacts {
  readonly axis: Axis1D;
  readonly band: 'sigma1' | 'ci95';
  /** Whether a GP mean is drawn. */
  readonly hasModel: boolean;
  readonly observations: readonly {
    readonly x: number;
    readonly y: number | null;
    readonly index: number;
  }[];
  readonly bestIndex?: number | undefined;
  readonly next?: { readonly x: number } | null | undefined;
}

/** "GP mean and 95% band over x in [−2, 6], 5 observations, best 1.7 at x = 0.6, next point x = 0.63". */
export function describeObjective1D(f: Objective1DFacts, t: A11yText): string {
  const where = { x: f.axis.name, ...range(f.axis.domain, f.axis.scale) };
  const parts = [
    f.hasModel
      ? fillTemplate(t.a11yObjectiveModel, {
          ...where,
          band: f.band === 'ci95' ? t.a11yBandCi95 : t.a11yBandSigma1,
        })
      : fillTemplate(t.a11yObjectiveNoModel, where),
    observationCount(f.observations.length, t),
  ];
  const best = f.observations.find((o) => o.index === f.bestIndex);
  if (best && best.y !== null && Number.isFinite(best.y)) {
    parts.push(fillTemplate(t.a11yBest, { y: formatNumber(best.y, 4), at: at1d(f.axis, best.x) }));
  }
  if (f.next) parts.push(fillTemplate(t.a11yNext, { at: at1d(f.axis, f.next.x) }));
  return parts.join(', ');
}

export interface Acquisition1DFacts {
  readonly axis: Axis1D;
  /** The acquisition's name as its legend shows it. */
  readonly name: string;
  /** The curve as drawn: x in search units and the values over it (null: not computed). */
  readonly grid: Values;
  readonly values: Values | null;
  readonly next?: { readonly x: number } | null | undefined;
}

/** "Expected improvement over x in [−2, 6], maximum 0.21 at x = 0.63, next point x = 0.63". */
export function describeAcquisition1D(f: Acquisition1DFacts, t: A11yText): string {
  const parts = [
    fillTemplate(t.a11yAcquisition, {
      name: f.name,
      x: f.axis.name,
      ...range(f.axis.domain, f.axis.scale),
    }),
  ];
  const i = f.values ? gridArgmax(f.values) : -1;
  if (f.values && i >= 0) {
    parts.push(
      fillTemplate(t.a11yAcquisitionMax, {
        v: formatNumber(f.values[i] as number, 3),
        at: at1d(f.axis, f.grid[i] as number),
      }),
    );
  } else {
    parts.push(t.a11yAcquisitionNone);
  }
  if (f.next) parts.push(fillTemplate(t.a11yNext, { at: at1d(f.axis, f.next.x) }));
  return parts.join(', ');
}

export interface HeatmapFacts {
  readonly name: string;
  readonly x: Axis1D;
  readonly y: Axis1D;
  /** The map's values as drawn (null while they are computed). */
  readonly values: Values | null;
  readonly observationCount: number;
  readonly next?: { readonly x: number; readonly y: number } | null | undefined;
  /** The point as the plot's readout writes it ("x = 1.2, y = 3"). */
  readonly formatPoint: (x: number, y: number) => string;
}

/** "Mean of the GP over x in […] and y in […], values from a to b, 12 observations, next point (…)". */
export function describeHeatmap(f: HeatmapFacts, t: A11yText): string {
  const x = range(f.x.domain, f.x.scale);
  const y = range(f.y.domain, f.y.scale);
  const parts = [
    fillTemplate(t.a11yHeatmap, {
      name: f.name,
      x: f.x.name,
      xlo: x.lo,
      xhi: x.hi,
      y: f.y.name,
      ylo: y.lo,
      yhi: y.hi,
    }),
  ];
  const extent = finiteExtent([f.values]);
  if (extent) {
    parts.push(
      fillTemplate(t.a11yHeatmapRange, {
        lo: formatNumber(extent[0], 3),
        hi: formatNumber(extent[1], 3),
      }),
    );
  }
  parts.push(observationCount(f.observationCount, t));
  if (f.next) parts.push(fillTemplate(t.a11yNext, { at: f.formatPoint(f.next.x, f.next.y) }));
  return parts.join(', ');
}
