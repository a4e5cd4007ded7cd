import { area, line } from 'd3';
import { memo, useMemo } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { DEFAULT_FONT_SIZE, LEGEND_ROW_EM, layoutLegend, plotMargins } from './layout.ts';
import { PlotNote, starPath, type LegendItem } from './marks.tsx';
import { describeAcquisition1D } from './describe.ts';
import { frameGeometry, PlotFrame, useClipId } from './PlotFrame.tsx';
import type { GridValues } from './ObjectivePlot1D.tsx';
import {
  axisTicks,
  finiteExtent,
  linearScale,
  linearTicks,
  tickCountFor,
  type AxisScale,
} from './scales.ts';

/** Props of AcquisitionPlot1D; x in search units, aligned with ObjectivePlot1D of equal width. */
export interface AcquisitionPlot1DProps {
  readonly width: number;
  readonly height: number;
  readonly xDomain: readonly [number, number];
  readonly scale: AxisScale;
  /** x of each curve point, ascending (the objective plot's grid). */
  readonly grid: GridValues;
  /** The acquisition function on the grid; null while there is no model yet. */
  readonly values: GridValues | null;
  /** What is plotted, e.g. "EI (ξ = 0.01)". */
  readonly label: string;
  /**
   * The point BO evaluates next is the curve's lowest, not its highest: the lower confidence bound
   * or a Thompson path of a minimized f, in f's units (bo/acquisitionShown.ts).
   */
  readonly lowestChosen?: boolean | undefined;
  /** The acquisition's best point (its maximum, or minimum when lowestChosen): BO evaluates it next. */
  readonly next?: { readonly x: number; readonly value: number } | null | undefined;
  /** Small-multiples form: less room, no legend, the label as a title. */
  readonly compact?: boolean | undefined;
  readonly xLabel?: string | undefined;
  readonly ariaLabel: string;
  /** Font size in pixels the layout is computed for; default 14. */
  readonly fontSize?: number | undefined;
}

/**
 * Below this, the acquisition is "zero everywhere" (EI far from any improvement underflows to
 * 1e-30 and less). Scaling the axis to such a maximum would magnify rounding noise into a shape.
 */
export const NEAR_ZERO = 1e-12;

interface AcqDomain {
  readonly domain: readonly [number, number];
  readonly nearZero: boolean;
}

/**
 * The y domain: [0, max] for a non-negative acquisition (EI, PI), so the baseline is zero and the
 * area reads as "how much to gain"; [min, max] when it goes negative (UCB, a Thompson path).
 */
export function acquisitionDomain(values: GridValues | null, lowestChosen = false): AcqDomain {
  const ext = finiteExtent([values]);
  if (!ext) return { domain: [0, 1], nearZero: false };
  const [min, max] = ext;
  if (lowestChosen) {
    // In f's units zero means nothing; the room goes below the minimum, where the star is.
    const span = max - min || Math.abs(min) || 1;
    return { domain: [min - 0.1 * span, max + 0.06 * span], nearZero: false };
  }
  if (min >= 0) {
    if (max < NEAR_ZERO) return { domain: [0, 1], nearZero: true };
    return { domain: [0, max * 1.1], nearZero: false };
  }
  const span = max - min || Math.abs(min) || 1;
  return { domain: [min - 0.06 * span, max + 0.1 * span], nearZero: false };
}

const at = (a: GridValues, i: number) => a[i] as number;

/** values linearly interpolated at x on an ascending grid; NaN outside it or without values. */
export function valueAt(grid: GridValues, values: GridValues | null, x: number): number {
  const n = Math.min(grid.length, values?.length ?? 0);
  if (!values || n === 0 || !(x >= at(grid, 0) && x <= at(grid, n - 1))) return NaN;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (at(grid, mid) <= x) lo = mid;
    else hi = mid;
  }
  const g0 = at(grid, lo);
  const g1 = at(grid, hi);
  const w = g1 > g0 ? (x - g0) / (g1 - g0) : 0;
  return at(values, lo) * (1 - w) + at(values, hi) * w;
}

/**
 * The curve with the next point inserted at its place. The acquisition can peak in a spike far
 * narrower than the plot grid (a length scale fitted at its lower bound makes one next to an
 * observation); drawn through the grid alone, the star would float above the curve.
 */
export function withNextPoint(
  grid: GridValues,
  values: GridValues | null,
  next: { readonly x: number; readonly value: number } | null | undefined,
): { grid: GridValues; values: GridValues | null } {
  if (!values || !next || !Number.isFinite(next.value) || !Number.isFinite(next.x)) {
    return { grid, values };
  }
  const n = Math.min(grid.length, values.length);
  let k = 0;
  while (k < n && at(grid, k) < next.x) k++;
  if (k < n && at(grid, k) === next.x) return { grid, values };
  const g = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    g[i < k ? i : i + 1] = at(grid, i);
    v[i < k ? i : i + 1] = at(values, i);
  }
  g[k] = next.x;
  v[k] = next.value;
  return { grid: g, values: v };
}

/**
 * The acquisition function under the objective plot, sharing its x pixels (same width, same
 * left/right margins), with the next point starred at its maximum.
 */
export const AcquisitionPlot1D = memo(function AcquisitionPlot1D(props: AcquisitionPlot1DProps) {
  const { width, height, xDomain, scale, label, next, ariaLabel, xLabel } = props;
  const { grid, values } = useMemo(
    () => withNextPoint(props.grid, props.values, next),
    [props.grid, props.values, next],
  );
  const compact = props.compact ?? false;
  const t = useMessages();
  const em = props.fontSize ?? DEFAULT_FONT_SIZE;
  const clipId = useClipId();

  const base = plotMargins(em);
  const items: LegendItem[] = [{ key: 'acq', label, swatch: 'area', className: 'acq' }];
  if (next) items.push({ key: 'next', label: t.plotNext, swatch: 'star', className: 'next-star' });
  const legend = layoutLegend(
    compact ? [] : items,
    Math.max(0, width - base.left - base.right),
    em,
  );
  const top = compact ? 1.5 * em : (legend.rows * LEGEND_ROW_EM + 0.6) * em;
  const bottom = compact || !xLabel ? 2.1 * em : base.bottom;
  const frame = frameGeometry(width, height, em, { ...base, top, bottom });
  const { box } = frame;
  const { width: innerWidth, height: innerHeight } = box;

  const lowest = props.lowestChosen ?? false;
  const { domain, nearZero } = useMemo(() => acquisitionDomain(values, lowest), [values, lowest]);
  const [x0, x1] = xDomain;
  const [y0, y1] = domain;
  const yTickCount = tickCountFor(innerHeight, 2.4 * em, 2, compact ? 3 : 5);
  const x = useMemo(() => linearScale([x0, x1], [0, innerWidth]), [x0, x1, innerWidth]);
  const y = useMemo(
    () => linearScale([y0, y1], [innerHeight, 0]).nice(yTickCount),
    [y0, y1, innerHeight, yTickCount],
  );
  const xTicks = axisTicks(x, scale, tickCountFor(innerWidth, (compact ? 5 : 6) * em), em);
  // Near zero only the zero tick means anything; the others would label an arbitrary unit.
  const yTicks = nearZero ? [{ value: 0, label: '0' }] : linearTicks(y, yTickCount);
  const [yLo, yHi] = y.domain() as [number, number];
  // The area reads as "how far toward the choice": up from zero, or down from the top when the
  // lowest point is chosen (a minimized f's LCB), so the deepest reach is the next point.
  const baseline = lowest ? 0 : y(Math.min(Math.max(0, yLo), yHi));

  const paths = useMemo(() => {
    if (!values) return null;
    const idx = Array.from({ length: grid.length }, (_, i) => i);
    const ok = (i: number) => Number.isFinite(at(values, i)) && Number.isFinite(at(grid, i));
    return {
      line: line<number>()
        .defined(ok)
        .x((i) => x(at(grid, i)))
        .y((i) => y(at(values, i)))(idx),
      area: area<number>()
        .defined(ok)
        .x((i) => x(at(grid, i)))
        .y0(baseline)
        .y1((i) => y(at(values, i)))(idx),
    };
  }, [values, grid, x, y, baseline]);

  const nextU = next && Number.isFinite(next.x) ? x(next.x) : null;
  // Without a reported value (none given, NaN) the star sits on the plotted curve.
  const nextValue = next
    ? Number.isFinite(next.value)
      ? next.value
      : valueAt(grid, values, next.x)
    : NaN;
  const nextV = Number.isFinite(nextValue) ? Math.min(Math.max(y(nextValue), 0), innerHeight) : 0;

  return (
    <PlotFrame
      className={`bo-plot acquisition-plot${compact ? ' is-compact' : ''}`}
      ariaLabel={ariaLabel}
      description={describeAcquisition1D(
        {
          axis: { name: xLabel ?? t.a11yAxisX, domain: xDomain, scale },
          name: label,
          grid,
          values,
          next,
        },
        t,
      )}
      {...frame}
      clipId={clipId}
      title={compact ? { text: label, top: 0.95 * em } : undefined}
      legend={compact ? undefined : { slots: legend.slots, top: 0.8 * em }}
      grid="xy"
      data={{
        'data-best-end': lowest ? 'lowest' : 'highest',
        ...(next && Number.isFinite(nextValue)
          ? { 'data-next-x': next.x, 'data-next-value': nextValue }
          : {}),
      }}
      x={{ ticks: xTicks, scale: x, label: compact ? undefined : xLabel }}
      y={{ ticks: yTicks, scale: y }}
    >
      {yLo < 0 && yHi > 0 && (
        <line className="zero-line" x1={0} x2={innerWidth} y1={y(0)} y2={y(0)} />
      )}
      {paths && (
        <g className="curves" clipPath={`url(#${clipId})`} pointerEvents="none">
          <path className="acq-area" d={paths.area ?? ''} />
          <path className="acq" d={paths.line ?? ''} />
        </g>
      )}
      {nearZero && (
        <PlotNote width={innerWidth} height={innerHeight}>
          {t.plotNearZero}
        </PlotNote>
      )}
      {nextU !== null && (
        <>
          <line className="next-line" x1={nextU} x2={nextU} y1={0} y2={innerHeight} />
          <path
            className="next-star"
            transform={`translate(${nextU},${nextV})`}
            d={starPath((compact ? 1.2 : 1.5) * em)}
          />
        </>
      )}
    </PlotFrame>
  );
});
