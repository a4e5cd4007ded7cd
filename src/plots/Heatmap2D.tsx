/**
 * One panel of the 2D screen: a surface over the box as a RasterCanvas, under an SVG with the axes,
 * the colour bar, contours, observations, the next point, the crosshair and the slice line.
 * Presentational: hover and clicks are reported through callbacks in data units.
 */
import { useMemo, useRef, type PointerEvent } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { ColorBar } from './ColorBar.tsx';
import { describeHeatmap } from './describe.ts';
import { contourPaths } from './contours.ts';
import { HeatmapMarks, NextMark, type Observation2D } from './HeatmapMarks.tsx';
import { PlotNote, PointerSurface } from './marks.tsx';
import {
  cellCentre,
  colorLut,
  gridArgmax,
  paintRaster,
  type Box2D,
  type ColorMapping,
  type Interpolator,
} from './heatmapRaster.ts';
import { DEFAULT_FONT_SIZE } from './layout.ts';
import { PlotFrame, useClipId } from './PlotFrame.tsx';
import { RasterCanvas } from './RasterCanvas.tsx';
import { axisTicks, linearScale, tickCountFor, type AxisScale } from './scales.ts';

export type { Observation2D } from './HeatmapMarks.tsx';

/** A point in search units. */
export interface Point2D {
  readonly x: number;
  readonly y: number;
}

export interface Heatmap2DProps {
  readonly width: number;
  readonly height: number;
  readonly fontSize?: number | undefined;
  readonly box: Box2D;
  readonly xScale: AxisScale;
  readonly yScale: AxisScale;
  readonly xLabel: string;
  readonly yLabel: string;
  /**
   * The panel to the left shows the same y axis (maps side by side): tick marks without labels
   * and no axis title, in a narrow margin, so the maps themselves get the width.
   */
  readonly sharedY?: boolean | undefined;
  /** Grid side: values has side * side entries, x fastest (analysisCache.plotGrid's layout). */
  readonly side: number;
  /** The surface; null draws an empty panel with `note` (no model yet). */
  readonly values: ArrayLike<number> | null;
  readonly scheme: Interpolator;
  readonly mapping: ColorMapping;
  readonly title: string;
  readonly observations: readonly Observation2D[];
  readonly bestIndex?: number | undefined;
  readonly next?: Point2D | null | undefined;
  /** The value the search found at the next point (exposed for tests as data-next-value). */
  readonly nextValue?: number | undefined;
  /** Draw the next point large: the acquisition panel, whose maximum it is. */
  readonly emphasizeNext?: boolean | undefined;
  /** The shared cursor (snapped to a grid cell), drawn as a crosshair. */
  readonly hover?: Point2D | null | undefined;
  readonly onHover?: ((p: Point2D | null) => void) | undefined;
  readonly onProbe?: ((p: Point2D) => void) | undefined;
  /** The line the slice plot shows, through `at`. */
  readonly slice?: { readonly mode: 'horizontal' | 'vertical'; readonly at: Point2D } | null;
  /** Contour lines of another surface on the same grid (the true objective). */
  readonly contours?: {
    readonly values: ArrayLike<number>;
    /** Its own grid side: the raster may be refined while the contours stay put. */
    readonly side: number;
    readonly thresholds: readonly number[];
  } | null;
  /** A short note in the middle of the panel ("no model yet", "≈ 0 everywhere"). */
  readonly note?: string | undefined;
  /** Only the zero tick on the colour bar (the surface is zero to rounding). */
  readonly zeroOnly?: boolean | undefined;
  readonly formatPoint: (x: number, y: number) => string;
  readonly ariaLabel: string;
}

/** Margins in ems: room for the title and colour bar above, tick labels and axis labels around. */
const MARGIN_EM = { top: 3.7, right: 0.9, bottom: 3.1, left: 4 } as const;

/** Left margin in ems of a panel whose y axis the panel beside it labels (heatmapStack.css). */
export const SHARED_Y_LEFT_EM = 1;

/** Where the square plotting area goes in a panel of this size. */
export function heatmapLayout(width: number, height: number, em: number, sharedY = false) {
  const leftEm = sharedY ? SHARED_Y_LEFT_EM : MARGIN_EM.left;
  const innerW = width - (leftEm + MARGIN_EM.right) * em;
  const innerH = height - (MARGIN_EM.top + MARGIN_EM.bottom) * em;
  const size = Math.max(0, Math.floor(Math.min(innerW, innerH)));
  return {
    size,
    left: leftEm * em + Math.max(0, (innerW - size) / 2),
    // Top-aligned: spare height goes below, so the title stays by the readout above the row.
    top: MARGIN_EM.top * em,
  };
}

const lutCache = new Map<Interpolator, Uint8ClampedArray>();
function lutFor(scheme: Interpolator): Uint8ClampedArray {
  let lut = lutCache.get(scheme);
  if (!lut) {
    lut = colorLut(scheme);
    lutCache.set(scheme, lut);
  }
  return lut;
}

export function Heatmap2D(props: Heatmap2DProps) {
  const { width, height, box, side, values, scheme, mapping, observations, next, hover } = props;
  const { onHover, onProbe, slice, ariaLabel, title, note } = props;
  const em = props.fontSize ?? DEFAULT_FONT_SIZE;
  const t = useMessages();
  const clipId = useClipId();
  const svgRef = useRef<SVGSVGElement>(null);
  const { size, left, top } = heatmapLayout(width, height, em, props.sharedY);

  const [x0, x1] = box.x;
  const [y0, y1] = box.y;
  const u = useMemo(() => linearScale([x0, x1], [0, size]), [x0, x1, size]);
  const v = useMemo(() => linearScale([y0, y1], [size, 0]), [y0, y1, size]);
  const ticks = tickCountFor(size, 4.2 * em, 2, 8);
  const xTicks = axisTicks(u, props.xScale, ticks, em);
  const yTicks = axisTicks(v, props.yScale, ticks, em);

  // Paint the raster: one putImageData per new surface or colour domain, never per hover.
  const [d0, d1] = mapping.domain;
  const reverse = mapping.reverse ?? false;
  const paint = useMemo(
    () =>
      values
        ? (pixels: Uint8ClampedArray) =>
            paintRaster(values, side, { domain: [d0, d1], reverse }, lutFor(scheme), pixels)
        : null,
    [values, side, d0, d1, reverse, scheme],
  );

  // The brightest cell: the maximum, or the minimum on a reversed ramp (a minimized f's mean or
  // LCB, whose lowest point is chosen). Exposed as data-argmax / data-max for tests and tools.
  const argmax = useMemo(
    () => (values ? gridArgmax(reverse ? Float64Array.from(values, (v) => -v) : values) : -1),
    [values, reverse],
  );
  const argmaxAt = argmax >= 0 ? cellCentre(argmax, box, side) : null;

  const contourD = useMemo(() => {
    const c = props.contours;
    if (!c || size <= 0) return [];
    // Grid index to pixels: column i at x0 + i h, row j at y0 + j h.
    const toPixel = (i: number, j: number) =>
      [(i / (c.side - 1)) * size, size - (j / (c.side - 1)) * size] as const;
    return contourPaths(c.values, c.side, c.thresholds, toPixel);
  }, [props.contours, size]);

  /** A pointer position to data units, clamped to the box. */
  const toData = (clientX: number, clientY: number): Point2D => {
    const rect = svgRef.current?.getBoundingClientRect();
    const pu = clientX - (rect?.left ?? 0) - left;
    const pv = clientY - (rect?.top ?? 0) - top;
    const clampTo = (val: number, a: number, b: number) =>
      Math.min(Math.max(val, Math.min(a, b)), Math.max(a, b));
    return { x: clampTo(u.invert(pu), x0, x1), y: clampTo(v.invert(pv), y0, y1) };
  };
  const pointer = {
    onPointerMove: onHover
      ? (e: PointerEvent<SVGRectElement>) => onHover(toData(e.clientX, e.clientY))
      : undefined,
    onPointerLeave: onHover ? () => onHover(null) : undefined,
    onClick: onProbe
      ? (e: { clientX: number; clientY: number }) => onProbe(toData(e.clientX, e.clientY))
      : undefined,
  };

  const dataAttrs = {
    'data-side': side,
    // Grid spacing in data units: what "within one cell of the maximum" means for this panel.
    'data-cell-x': (x1 - x0) / Math.max(1, side - 1),
    'data-cell-y': (y1 - y0) / Math.max(1, side - 1),
    ...(argmaxAt ? { 'data-argmax-x': argmaxAt.x, 'data-argmax-y': argmaxAt.y } : {}),
    ...(argmax >= 0 && values ? { 'data-max': values[argmax] as number } : {}),
    ...(next ? { 'data-next-x': next.x, 'data-next-y': next.y } : {}),
    ...(next && props.nextValue !== undefined && Number.isFinite(props.nextValue)
      ? { 'data-next-value': props.nextValue }
      : {}),
  };
  const nextR = (props.emphasizeNext ? 0.8 : 0.55) * em;
  // A label of words ("log10 learning rate") is set upright; a symbol ("x") in math italics.
  const labelClass = (label: string) => `axis-label${/\s/.test(label) ? ' is-words' : ''}`;

  const area = { left, top, width: size, height: size };

  return (
    <>
      <RasterCanvas box={area} columns={side} rows={side} paint={paint} pointSampled />
      <PlotFrame
        ref={svgRef}
        className={`bo-plot heatmap${onProbe ? ' is-probing' : ''}`}
        ariaLabel={ariaLabel}
        description={describeHeatmap(
          {
            name: title,
            x: { name: props.xLabel, domain: box.x, scale: props.xScale },
            y: { name: props.yLabel, domain: box.y, scale: props.yScale },
            values,
            observationCount: observations.length,
            next,
            formatPoint: props.formatPoint,
          },
          t,
        )}
        width={width}
        height={height}
        em={em}
        box={area}
        data={dataAttrs}
        clipId={clipId}
        title={{ text: title, top: top - 2.75 * em }}
        header={
          <g transform={`translate(${left},${top - 2.25 * em})`}>
            <ColorBar
              width={size}
              height={0.6 * em}
              scheme={scheme}
              mapping={mapping}
              em={em}
              zeroOnly={props.zeroOnly ?? false}
            />
          </g>
        }
        underlay={<rect className="heatmap-frame" width={size} height={size} />}
        x={{
          ticks: xTicks,
          scale: u,
          label: props.xLabel,
          labelOffset: 2.6 * em,
          labelClassName: labelClass(props.xLabel),
          tickSize: 0.35 * em,
        }}
        y={{
          ticks: props.sharedY ? yTicks.map((t) => ({ ...t, label: '' })) : yTicks,
          scale: v,
          label: props.sharedY ? undefined : props.yLabel,
          labelOffset: 3.2 * em,
          labelClassName: labelClass(props.yLabel),
          tickSize: 0.35 * em,
        }}
        overlay={
          <>
            <HeatmapMarks
              observations={observations}
              u={u}
              v={v}
              size={size}
              em={em}
              bestIndex={props.bestIndex}
              formatPoint={props.formatPoint}
              labelled={size > 12 * em}
            />
            {next && <NextMark u={u(next.x)} v={v(next.y)} r={nextR} />}
            <PointerSurface width={size} height={size} {...pointer} />
          </>
        }
      >
        <g clipPath={`url(#${clipId})`} pointerEvents="none">
          {contourD.map((d, i) => (
            <g key={i} className="contour">
              <path className="contour-halo" d={d} />
              <path className="contour-line" d={d} />
            </g>
          ))}
          {slice && (
            <g className="slice-line">
              <SliceLine slice={slice} u={u} v={v} size={size} />
            </g>
          )}
          {hover && (
            <g className="crosshair" data-x={hover.x} data-y={hover.y}>
              <CrossLines pu={u(hover.x)} pv={v(hover.y)} size={size} />
            </g>
          )}
        </g>
        {note && (
          <PlotNote className="heatmap-note" width={size} height={size}>
            {note}
          </PlotNote>
        )}
      </PlotFrame>
    </>
  );
}

function CrossLines({ pu, pv, size }: { pu: number; pv: number; size: number }) {
  return (
    <>
      <line className="crosshair-halo" x1={pu} x2={pu} y1={0} y2={size} />
      <line className="crosshair-halo" x1={0} x2={size} y1={pv} y2={pv} />
      <line className="crosshair-line" x1={pu} x2={pu} y1={0} y2={size} />
      <line className="crosshair-line" x1={0} x2={size} y1={pv} y2={pv} />
    </>
  );
}

function SliceLine({
  slice,
  u,
  v,
  size,
}: {
  slice: NonNullable<Heatmap2DProps['slice']>;
  u: (x: number) => number;
  v: (y: number) => number;
  size: number;
}) {
  const horizontal = slice.mode === 'horizontal';
  const pu = u(slice.at.x);
  const pv = v(slice.at.y);
  const d = horizontal ? `M0,${pv}H${size}` : `M${pu},0V${size}`;
  return (
    <>
      <path className="slice-halo" d={d} />
      <path className="slice-path" d={d} />
    </>
  );
}
