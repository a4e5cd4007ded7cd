import { area, line } from 'd3';
import { Sized } from '../../widgets/Sized.tsx';
import { FigureCard } from '../parts.tsx';
import { describeBands } from '../../plots/describeLab.ts';
import { formatNumber } from '../../plots/format.ts';
import { useMessages } from '../../i18n/locale.ts';
import type { LegendItem } from '../../plots/marks.tsx';
import { legendFrame, PlotFrame, useClipId } from '../../plots/PlotFrame.tsx';
import { wordsAxis } from '../../plots/wordsAxis.ts';
import {
  finiteExtent,
  linearScale,
  linearTicks,
  log10Ticks,
  padExtent,
  tickCountFor,
} from '../../plots/scales.ts';

/** One strategy's curve: the median and its interquartile band at x = xs[i]. */
export interface BandSeries {
  readonly key: string;
  readonly label: string;
  /** CSS class giving the series its colour and dash (see strategies.css). */
  readonly className: string;
  readonly xs: readonly number[];
  readonly median: readonly number[];
  readonly q25: readonly number[];
  readonly q75: readonly number[];
}

/** A series from per-step quantiles, the i-th value drawn at x = i + 1 (evaluations, rounds). */
export function stepSeries(
  series: Pick<BandSeries, 'key' | 'label' | 'className'>,
  band: Pick<BandSeries, 'median' | 'q25' | 'q75'>,
): BandSeries {
  const { median, q25, q75 } = band;
  return { ...series, xs: median.map((_, i) => i + 1), median, q25, q75 };
}

export interface BandPlotProps {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly series: readonly BandSeries[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** y on a log10 axis (regret): values at or below `floor` are drawn at the floor. */
  readonly log?: boolean;
  readonly floor?: number;
  /** A dashed reference line (the known optimum) on a linear axis. */
  readonly reference?: { readonly value: number; readonly label: string } | undefined;
  /**
   * Fit the linear y axis to the medians from this x on (and the reference), not to everything:
   * a best-so-far curve starts many times higher than it ends, which would flatten the rest.
   * What lies beyond the axis is clipped; the caller says so in words.
   */
  readonly fitFrom?: number | undefined;
  readonly ariaLabel: string;
  /** What the plot shows, in words (describeBands). */
  readonly description?: string | undefined;
}

/** The data the y axis is fitted to: every value, or the medians from `fitFrom` on. */
function fittedValues(
  data: readonly { xs: readonly number[]; m: number[]; lo: number[]; hi: number[] }[],
  fitFrom: number | undefined,
): number[][] {
  if (fitFrom === undefined) return data.flatMap((d) => [d.lo, d.hi, d.m]);
  return data.map((d) => d.m.filter((_, i) => (d.xs[i] ?? -Infinity) >= fitFrom));
}

/**
 * Median lines with interquartile bands against evaluations or rounds, on a linear or log10 y axis.
 * d3 computes the scales and paths; React draws them. On the log axis the data become exponents
 * and the ticks read 10^k.
 */
export function BandPlot(props: BandPlotProps) {
  const { width, height, fontSize: em, series, log = false, floor = 1e-12, reference } = props;
  const clipId = useClipId();
  const clipped = props.fitFrom !== undefined;
  const items: LegendItem[] = series.map((s) => ({
    key: s.key,
    label: s.label,
    swatch: 'line',
    className: `band-line ${s.className}`,
  }));
  const { frame, legend } = legendFrame(width, height, em, items, {
    legendInset: 5.9,
    legendGap: 0.8,
    right: 1.2,
    bottom: 3.1,
    left: 4.7,
  });
  const { box } = frame;
  const { width: innerWidth, height: innerHeight } = box;
  const toY = (v: number) => (log ? Math.log10(Math.max(v, floor)) : v);
  const clean = (a: readonly number[]) => a.map((v) => (Number.isFinite(v) ? toY(v) : NaN));

  const data = series.map((s) => ({
    ...s,
    m: clean(s.median),
    lo: clean(s.q25),
    hi: clean(s.q75),
  }));
  const maxX = Math.max(1, ...series.flatMap((s) => s.xs));
  const x = linearScale([Math.min(1, ...series.flatMap((s) => s.xs)), maxX], [0, innerWidth]);
  const yCount = tickCountFor(innerHeight, 2.6 * em, 2, 7);
  const extent = finiteExtent([
    ...fittedValues(data, props.fitFrom),
    reference && !log ? [reference.value] : null,
  ]);
  const y = linearScale(padExtent(extent, 0.05, 0.08), [innerHeight, 0]);
  if (!log) y.nice(yCount);
  const xTicks = x
    .ticks(tickCountFor(innerWidth, 4 * em, 2, 12))
    .filter((v) => Number.isInteger(v))
    .map((v) => ({ value: v, label: String(v) }));
  const yTicks = log ? log10Ticks(y.domain() as [number, number], yCount) : linearTicks(y, yCount);

  type P = { x: number; lo: number; hi: number; m: number };
  const band = area<P>()
    .defined((p) => Number.isFinite(p.lo) && Number.isFinite(p.hi))
    .x((p) => x(p.x))
    .y0((p) => y(p.lo))
    .y1((p) => y(p.hi));
  const mid = line<P>()
    .defined((p) => Number.isFinite(p.m))
    .x((p) => x(p.x))
    .y((p) => y(p.m));

  return (
    <PlotFrame
      className="bo-plot band-plot"
      ariaLabel={props.ariaLabel}
      description={props.description}
      {...frame}
      legend={legend}
      clipId={clipped ? clipId : undefined}
      grid="xy"
      x={wordsAxis(xTicks, x, props.xLabel, 2.7 * em)}
      y={wordsAxis(yTicks, y, props.yLabel, 3.8 * em)}
    >
      {reference && !log && (
        <g className="optimum-ref">
          <line
            className="optimum"
            x1={0}
            x2={innerWidth}
            y1={y(reference.value)}
            y2={y(reference.value)}
          />
          <text
            className="optimum-label"
            x={innerWidth - 0.3 * em}
            y={y(reference.value) - 0.45 * em}
            textAnchor="end"
          >
            {reference.label}
          </text>
        </g>
      )}
      {data.map((d) => {
        const pts: P[] = d.xs.map((xv, i) => ({
          x: xv,
          lo: d.lo[i] ?? NaN,
          hi: d.hi[i] ?? NaN,
          m: d.m[i] ?? NaN,
        }));
        return (
          <g
            key={d.key}
            className={`band-series ${d.className}`}
            clipPath={clipped ? `url(#${clipId})` : undefined}
          >
            <path className="band-area" d={band(pts) ?? ''} />
            <path className="band-line" d={mid(pts) ?? ''} />
          </g>
        );
      })}
    </PlotFrame>
  );
}

/** A regret for a table cell: "0" below the floor, else three significant digits. */
export function formatRegret(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return v <= 1e-12 ? '0' : formatNumber(v, 3);
}

/**
 * A band plot in a lab card with its caption, sized to the card: the figures of the race and of
 * panda vs caviar set their plots out this way. The caption also names the plot for screen readers.
 */
export function BandFigure(
  props: Omit<BandPlotProps, 'width' | 'height' | 'fontSize' | 'ariaLabel'> & {
    readonly title: string;
    /** A line under the plot: what its axis leaves out. */
    readonly note?: string | undefined;
  },
) {
  const { title, note, ...plot } = props;
  const t = useMessages();
  return (
    <FigureCard title={title}>
      <Sized className="strat-plot-box">
        {(size) => (
          <BandPlot {...plot} {...size} ariaLabel={title} description={describeBands(plot, t)} />
        )}
      </Sized>
      {note && <p className="lab-note">{note}</p>}
    </FigureCard>
  );
}
