import { area, line } from 'd3';
import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { useMessages } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages.ts';
import { fillTemplate, formatSearchX } from './format.ts';
import { LEGEND_ROW_EM, DEFAULT_FONT_SIZE, clamp, layoutLegend, plotMargins } from './layout.ts';
import { PointerSurface, starPath, type LegendItem } from './marks.tsx';
import { describeObjective1D } from './describe.ts';
import { frameGeometry, PlotFrame, useClipId } from './PlotFrame.tsx';
import { ObservationMarks, type Observation1D } from './ObservationMarks.tsx';
import {
  axisTicks,
  finiteExtent,
  linearScale,
  linearTicks,
  padExtent,
  tickCountFor,
  type AxisScale,
} from './scales.ts';

export type { Observation1D, ObservationPhase } from './ObservationMarks.tsx';

/** Values on the plotting grid: one per grid point. */
export type GridValues = Float64Array | readonly number[];

/** Props of ObjectivePlot1D. Arrays are plain numbers; x in search units (exponents on log10). */
export interface ObjectivePlot1DProps {
  readonly width: number;
  readonly height: number;
  readonly xDomain: readonly [number, number];
  readonly scale: AxisScale;
  readonly xLabel: string;
  readonly yLabel?: string | undefined;
  /** x of each curve point, ascending. */
  readonly grid: GridValues;
  /** The objective on the grid; hidden when absent (the black-box game). */
  readonly truth?: GridValues | null | undefined;
  /** GP posterior mean and standard deviation on the grid. */
  readonly mean?: GridValues | null | undefined;
  readonly std?: GridValues | null | undefined;
  /** The band drawn around the mean: ±1σ or the 95% interval (±1.96σ). */
  readonly band: 'sigma1' | 'ci95';
  /** Posterior sample paths on the grid. */
  readonly samples?: readonly GridValues[] | undefined;
  /** Thompson sampling: the one path the loop drew and optimized, and the point it chose. */
  readonly thompson?: ThompsonSample | null | undefined;
  readonly observations: readonly Observation1D[];
  /** `index` of the best observation, ringed and labelled. */
  readonly bestIndex?: number | undefined;
  /** The point BO will evaluate next. */
  readonly next?: { readonly x: number } | null | undefined;
  /** Fixed y domain; otherwise fitted to what is drawn. */
  readonly yDomain?: readonly [number, number] | undefined;
  /** Click on the empty plot: evaluate the objective at x (a person's probe). */
  readonly onProbe?: ((x: number) => void) | undefined;
  /** An observation was dragged to x (committed on release). */
  readonly onMoveObservation?: ((index: number, x: number) => void) | undefined;
  /** Live position while an observation is being dragged. */
  readonly onDragObservation?: ((index: number, x: number) => void) | undefined;
  readonly onDeleteObservation?: ((index: number) => void) | undefined;
  readonly ariaLabel: string;
  /** Font size in pixels the layout is computed for (and the SVG's own); default 14. */
  readonly fontSize?: number | undefined;
}

/** The sample path that made a Thompson decision, in f's units, and its optimum (the next point). */
export interface ThompsonSample {
  readonly values: GridValues;
  /** Null when the loop fell back to another point (the optimum had been taken already). */
  readonly optimum: { readonly x: number; readonly y: number } | null;
  /** The path's minimum chose the point (a minimized f), not its maximum. */
  readonly lowest: boolean;
}

export const BAND_Z = { sigma1: 1, ci95: 1.96 } as const;

const at = (a: GridValues, i: number) => a[i] as number;

function legendItems(p: ObjectivePlot1DProps, t: Messages): LegendItem[] {
  const items: LegendItem[] = [];
  const phases = new Set(p.observations.filter((o) => o.y !== null).map((o) => o.phase));
  if (p.truth)
    items.push({ key: 'truth', label: t.plotTruth, swatch: 'dashed', className: 'truth' });
  if (p.mean) items.push({ key: 'mean', label: t.plotMean, swatch: 'line', className: 'mean' });
  if (p.mean && p.std) {
    const label = p.band === 'ci95' ? t.plotBandCi95 : t.plotBandSigma1;
    items.push({ key: 'band', label, swatch: 'band', className: 'band' });
  }
  if (p.samples?.length) {
    const label = p.thompson ? t.plotSamplesOther : t.plotSamples;
    items.push({ key: 'samples', label, swatch: 'samples', className: 'samples' });
  }
  if (p.thompson) {
    const label = p.thompson.lowest ? t.plotThompsonSampleMin : t.plotThompsonSample;
    items.push({ key: 'thompson', label, swatch: 'line', className: 'thompson-path' });
  }
  if (phases.has('init')) {
    items.push({ key: 'init', label: t.plotObsInit, swatch: 'hollow', className: 'mark-init' });
  }
  if (phases.has('bo')) {
    items.push({ key: 'bo', label: t.plotObsBo, swatch: 'dot', className: 'mark-bo' });
  }
  if (phases.has('manual')) {
    items.push({
      key: 'manual',
      label: t.plotObsManual,
      swatch: 'diamond',
      className: 'mark-manual',
    });
  }
  if (p.observations.some((o) => o.y === null || !Number.isFinite(o.y))) {
    const modelled = p.observations.some((o) => o.modelY !== undefined);
    items.push({
      key: 'failed',
      label: modelled ? t.plotFailedAsWorst : t.plotFailed,
      swatch: modelled ? 'cross-modelled' : 'cross',
      className: 'mark-failed',
    });
  }
  if (p.bestIndex !== undefined && p.observations.some((o) => o.index === p.bestIndex)) {
    items.push({ key: 'best', label: t.plotBest, swatch: 'ring', className: 'mark-best' });
  }
  if (p.next)
    items.push({ key: 'next', label: t.plotNext, swatch: 'star', className: 'next-star' });
  return items;
}

/**
 * The top plot of the 1D screen: the objective (unless hidden), the GP mean with its band and
 * sample paths, the numbered observations, the best one and the next point. Presentational: all
 * interaction is reported through callbacks and the app sends new data back.
 */
export const ObjectivePlot1D = memo(function ObjectivePlot1D(props: ObjectivePlot1DProps) {
  const { width, height, xDomain, scale, xLabel, yLabel, grid, truth, mean, std, band } = props;
  const { samples, thompson, observations, bestIndex, next, onProbe, ariaLabel } = props;
  const fixedYDomain = props.yDomain;
  const t = useMessages();
  const em = props.fontSize ?? DEFAULT_FONT_SIZE;
  const clipId = useClipId();
  const svgRef = useRef<SVGSVGElement>(null);
  const [hoverX, setHoverX] = useState<number | null>(null);

  const base = plotMargins(em);
  const legendWidth = Math.max(0, width - base.left - base.right);
  const legend = layoutLegend(legendItems(props, t), legendWidth, em);
  // The legend sits in the top margin, one row per line of items.
  const top = legend.rows ? (legend.rows * LEGEND_ROW_EM + 0.6) * em : base.top;
  const frame = frameGeometry(width, height, em, { ...base, top });
  const { box } = frame;
  const { width: innerWidth, height: innerHeight } = box;

  const z = BAND_Z[band];
  const yDomain = useMemo((): readonly [number, number] => {
    if (fixedYDomain) return fixedYDomain;
    const lower = mean && std ? Float64Array.from(mean, (m, i) => m - z * at(std, i)) : null;
    const upper = mean && std ? Float64Array.from(mean, (m, i) => m + z * at(std, i)) : null;
    const ys = observations.map((o) => (o.y === null ? NaN : o.y));
    // Extra headroom at the top for the observation numbers above the highest points.
    const drawn = [truth, mean, lower, upper, ys, thompson?.values, ...(samples ?? [])];
    return padExtent(finiteExtent(drawn), 0.06, 0.12);
  }, [fixedYDomain, mean, std, z, observations, truth, samples, thompson]);

  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const fixedY = fixedYDomain !== undefined;
  const yTickCount = tickCountFor(innerHeight, 2.8 * em, 2, 8);
  // Memoized on numbers so that hover re-renders do not rebuild ~1000-point paths.
  const x = useMemo(() => linearScale([x0, x1], [0, innerWidth]), [x0, x1, innerWidth]);
  const y = useMemo(() => {
    const s = linearScale([y0, y1], [innerHeight, 0]);
    return fixedY ? s : s.nice(yTickCount);
  }, [y0, y1, innerHeight, fixedY, yTickCount]);
  const xTicks = axisTicks(x, scale, tickCountFor(innerWidth, 6 * em), em);
  const yTicks = linearTicks(y, yTickCount);

  const paths = useMemo(() => {
    const idx = Array.from({ length: grid.length }, (_, i) => i);
    const curve = (values: GridValues) =>
      line<number>()
        .defined((i) => Number.isFinite(at(values, i)) && Number.isFinite(at(grid, i)))
        .x((i) => x(at(grid, i)))
        .y((i) => y(at(values, i)))(idx) ?? '';
    const bandPath =
      mean && std
        ? (area<number>()
            .defined((i) => Number.isFinite(at(mean, i)) && Number.isFinite(at(std, i)))
            .x((i) => x(at(grid, i)))
            .y0((i) => y(at(mean, i) - z * at(std, i)))
            .y1((i) => y(at(mean, i) + z * at(std, i)))(idx) ?? '')
        : null;
    return {
      truth: truth ? curve(truth) : null,
      mean: mean ? curve(mean) : null,
      band: bandPath,
      samples: (samples ?? []).map(curve),
      thompson: thompson ? curve(thompson.values) : null,
    };
  }, [grid, truth, mean, std, z, samples, thompson, x, y]);

  /** A pointer's clientX to data x, clamped to the domain. */
  const boxLeft = box.left;
  const toDataX = useCallback(
    (clientX: number) => {
      const left = svgRef.current?.getBoundingClientRect().left ?? 0;
      const v = x.invert(clientX - left - boxLeft);
      return Math.min(Math.max(v, Math.min(x0, x1)), Math.max(x0, x1));
    },
    [x, boxLeft, x0, x1],
  );

  const probeHandlers = onProbe
    ? {
        onClick: (e: MouseEvent<SVGRectElement>) => onProbe(toDataX(e.clientX)),
        onPointerMove: (e: PointerEvent<SVGRectElement>) => setHoverX(toDataX(e.clientX)),
        onPointerLeave: () => setHoverX(null),
      }
    : {};
  const hoverU = hoverX === null ? null : x(hoverX);
  const nextU = next && Number.isFinite(next.x) ? x(next.x) : null;

  return (
    <PlotFrame
      ref={svgRef}
      className={`bo-plot objective-plot${onProbe ? ' is-probing' : ''}`}
      ariaLabel={ariaLabel}
      role={props.onMoveObservation || props.onDeleteObservation ? 'group' : 'img'}
      description={describeObjective1D(
        {
          axis: { name: xLabel, domain: xDomain, scale },
          band,
          hasModel: Boolean(mean),
          observations,
          bestIndex,
          next,
        },
        t,
      )}
      {...frame}
      clipId={clipId}
      legend={{ slots: legend.slots, top: 0.5 * em + 0.3 * em }}
      grid="xy"
      x={{ ticks: xTicks, scale: x, label: xLabel }}
      y={{ ticks: yTicks, scale: y, label: yLabel }}
      overlay={
        <>
          <ObservationMarks
            observations={observations}
            x={x}
            y={y}
            innerWidth={innerWidth}
            innerHeight={innerHeight}
            em={em}
            xDomain={xDomain}
            scale={scale}
            bestIndex={bestIndex}
            toDataX={toDataX}
            onMove={props.onMoveObservation}
            onDrag={props.onDragObservation}
            onDelete={props.onDeleteObservation}
          />
          {thompson?.optimum && Number.isFinite(thompson.optimum.y) && (
            <circle
              className="thompson-optimum"
              data-testid="thompson-optimum"
              // Held on the plot: the path may leave a y range fitted to the model's band.
              cx={clamp(x(thompson.optimum.x), 0, innerWidth)}
              cy={clamp(y(thompson.optimum.y), 0, innerHeight)}
              r={0.42 * em}
            />
          )}
          {nextU !== null && (
            <path
              className="next-star"
              // Raised a little so its lower tips stay clear of the tick labels under the axis.
              transform={`translate(${nextU},${innerHeight - 0.15 * em})`}
              d={starPath(1.4 * em)}
            />
          )}
        </>
      }
    >
      <PointerSurface width={innerWidth} height={innerHeight} {...probeHandlers} />
      <g className="curves" clipPath={`url(#${clipId})`} pointerEvents="none">
        {paths.band !== null && <path className="band" d={paths.band} />}
        {paths.samples.map((d, i) => (
          <path key={i} className="samples" d={d} />
        ))}
        {paths.truth !== null && <path className="truth" d={paths.truth} />}
        {paths.mean !== null && <path className="mean" d={paths.mean} />}
        {paths.thompson !== null && (
          <path className="thompson-path" data-testid="thompson-path" d={paths.thompson} />
        )}
      </g>
      {nextU !== null && (
        <line className="next-line" x1={nextU} x2={nextU} y1={0} y2={innerHeight} />
      )}
      {hoverU !== null && hoverX !== null && (
        <g className="probe-readout" pointerEvents="none">
          <line x1={hoverU} x2={hoverU} y1={0} y2={innerHeight} />
          <text
            x={hoverU + (hoverU > innerWidth / 2 ? -0.4 : 0.4) * em}
            y={0.9 * em}
            textAnchor={hoverU > innerWidth / 2 ? 'end' : 'start'}
          >
            {fillTemplate(t.plotProbeReadout, { x: formatSearchX(hoverX, scale) })}
          </text>
        </g>
      )}
    </PlotFrame>
  );
});
