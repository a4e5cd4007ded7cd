import { useMemo, useState, type PointerEvent } from 'react';
import type { Bounds } from '../../bo/types.ts';
import type { Objective } from '../../objectives/types.ts';
import { ColorBar } from '../../plots/ColorBar.tsx';
import { formatNumber } from '../../plots/format.ts';
import { colorLut, paintRaster, SCHEMES, type ColorMapping } from '../../plots/heatmapRaster.ts';
import { layoutLegend, LEGEND_ROW_EM } from '../../plots/layout.ts';
import { diamondPath, starPath, type LegendItem } from '../../plots/marks.tsx';
import { PlotFrame, type FrameAxis } from '../../plots/PlotFrame.tsx';
import { RasterCanvas } from '../../plots/RasterCanvas.tsx';
import { linearScale, linearTicks, tickCountFor } from '../../plots/scales.ts';
import {
  objectiveRaster,
  rasterObjectiveValue,
  RASTER_FLOOR,
  type ObjectiveRaster,
} from './objectiveRaster.ts';

export type MapPointKind = 'coarse' | 'fine' | 'init' | 'bo';

export interface MapPoint {
  readonly x: number;
  readonly y: number;
  readonly kind: MapPointKind;
}

export interface BoxMapProps {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly objective: Objective;
  readonly points: readonly MapPoint[];
  /** Index into points of the best one (starred), or -1. */
  readonly best: number;
  /** The box that matters (the fine box, the last reduced box). */
  readonly box: Bounds | null;
  /** Earlier boxes, drawn faint (domain reduction's history). */
  readonly trail?: readonly Bounds[];
  readonly legend: readonly LegendItem[];
  /** Called with a box the person dragged out; the map is then drawable. */
  readonly onDrawBox?: (box: Bounds) => void;
  readonly ariaLabel: string;
  /** What the map shows, in words (describeBoxMap). */
  readonly description?: string | undefined;
}

const lut = colorLut(SCHEMES.mean);
/** Bright is good whatever the goal: the raster's low end (the best) takes the ramp's bright end. */
const MAPPING: ColorMapping = { domain: [RASTER_FLOOR, 0], reverse: true };

/**
 * The colour bar's ticks: one per decade of the gap to the best (the map's display unit), labelled
 * with the objective value there; only the two ends on a narrow bar, where four labels would touch.
 */
export function colorBarTicks(
  raster: ObjectiveRaster,
  width: number,
  em: number,
): { value: number; label: string }[] {
  const decades = Array.from({ length: -RASTER_FLOOR + 1 }, (_, k) => RASTER_FLOOR + k);
  const values = width >= decades.length * 3.8 * em ? decades : [RASTER_FLOOR, 0];
  return values.map((v) => ({ value: v, label: formatNumber(rasterObjectiveValue(raster, v), 3) }));
}

/**
 * A 2D objective as a canvas map with SVG on top: sample points by kind, the best as a star, boxes
 * as rectangles; optionally a box can be drawn by dragging.
 */
export function BoxMap(props: BoxMapProps) {
  const { width, height, fontSize: em, objective, points, best, box, trail = [] } = props;
  const raster = useMemo(() => objectiveRaster(objective), [objective]);
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);

  const legend = layoutLegend(props.legend, Math.max(0, width - 5 * em), em);
  // Below the legend, the colour bar and its tick labels, then the map.
  const barTop = (legend.rows * LEGEND_ROW_EM + 0.5) * em;
  const barHeight = 0.6 * em;
  const top = barTop + barHeight + 2.2 * em;
  const margin = { top, right: 1 * em, bottom: 3 * em, left: 3.6 * em };
  // A square-ish map: the box's aspect, fitted into the space.
  const [dx, dy] = objective.dims as [Objective['dims'][0], Objective['dims'][0]];
  const availW = Math.max(0, width - margin.left - margin.right);
  const availH = Math.max(0, height - margin.top - margin.bottom);
  const aspect = (dx.max - dx.min) / (dy.max - dy.min);
  const innerW = Math.min(availW, availH * aspect);
  const innerH = innerW / aspect;
  const left = margin.left + (availW - innerW) / 2;
  const x = linearScale([dx.min, dx.max], [0, innerW]);
  const y = linearScale([dy.min, dy.max], [innerH, 0]);
  const xTicks = linearTicks(x, tickCountFor(innerW, 4 * em, 2, 8));
  const yTicks = linearTicks(y, tickCountFor(innerH, 2.6 * em, 2, 8));
  // Both axes are titled by their dimension and use the map's short ticks.
  const dimAxis = (
    ticks: FrameAxis['ticks'],
    scale: FrameAxis['scale'],
    dim: Objective['dims'][0],
    labelOffset: number,
  ): FrameAxis => ({
    ticks,
    scale,
    label: dim.label ?? dim.name,
    labelOffset,
    tickSize: 0.35 * em,
  });

  const paint = useMemo(
    () => (pixels: Uint8ClampedArray) =>
      paintRaster(raster.values, raster.side, MAPPING, lut, pixels),
    [raster],
  );
  const area = { left, top, width: innerW, height: innerH };

  const toData = (e: PointerEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const u = Math.min(Math.max(e.clientX - r.left, 0), innerW);
    const v = Math.min(Math.max(e.clientY - r.top, 0), innerH);
    return { x: x.invert(u), y: y.invert(v) };
  };
  const rect = (b: Bounds) => {
    const x0 = x(b.lower[0] as number);
    const x1 = x(b.upper[0] as number);
    const y0 = y(b.upper[1] as number);
    const y1 = y(b.lower[1] as number);
    return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
  };
  const r = 0.32 * em;

  return (
    <div className="box-map" style={{ position: 'relative', width, height }}>
      <RasterCanvas box={area} columns={raster.side} rows={raster.side} paint={paint} />
      <PlotFrame
        className={`bo-plot box-map-svg${props.onDrawBox ? ' is-drawable' : ''}`}
        ariaLabel={props.ariaLabel}
        description={props.description}
        width={width}
        height={height}
        em={em}
        box={area}
        style={{ position: 'absolute', left: 0, top: 0 }}
        legend={{ slots: legend.slots, top: 0.9 * em, left: margin.left }}
        header={
          <g className="map-color-bar" transform={`translate(${left},${barTop})`}>
            {/* The bar is labelled in the objective's values: f, a symbol in both languages. */}
            <text className="axis-label" x={-0.5 * em} y={barHeight} textAnchor="end">
              f
            </text>
            <ColorBar
              width={innerW}
              height={barHeight}
              scheme={SCHEMES.mean}
              mapping={MAPPING}
              em={em}
              ticks={colorBarTicks(raster, innerW, em)}
            />
          </g>
        }
        x={dimAxis(xTicks, x, dx, 2.6 * em)}
        y={dimAxis(yTicks, y, dy, 2.7 * em)}
      >
        <rect className="map-frame" width={innerW} height={innerH} />
        {trail.map((b, i) => (
          <rect key={i} className="map-box is-trail" {...rect(b)} />
        ))}
        {box && <rect className="map-box" {...rect(box)} />}
        {points.map((p, i) => {
          const u = x(p.x);
          const v = y(p.y);
          const cls = `map-pt is-${p.kind}`;
          if (p.kind === 'fine' || p.kind === 'bo')
            return (
              <path
                key={i}
                className={cls}
                transform={`translate(${u},${v})`}
                d={diamondPath(2.6 * r)}
              />
            );
          return <circle key={i} className={cls} cx={u} cy={v} r={r} />;
        })}
        {best >= 0 && points[best] && (
          <path
            className="map-best"
            transform={`translate(${x(points[best].x)},${y(points[best].y)})`}
            d={starPath(1.5 * em)}
          />
        )}
        {drag && (
          <rect
            className="map-box is-drawing"
            x={Math.min(x(drag.x0), x(drag.x1))}
            y={Math.min(y(drag.y0), y(drag.y1))}
            width={Math.abs(x(drag.x1) - x(drag.x0))}
            height={Math.abs(y(drag.y1) - y(drag.y0))}
          />
        )}
        {props.onDrawBox && (
          <rect
            className="map-draw-target"
            width={innerW}
            height={innerH}
            fill="transparent"
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              const p = toData(e);
              setDrag({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
            }}
            onPointerMove={(e) => {
              if (!drag) return;
              const p = toData(e);
              setDrag({ ...drag, x1: p.x, y1: p.y });
            }}
            onPointerUp={() => {
              if (!drag) return;
              setDrag(null);
              props.onDrawBox?.({
                lower: [Math.min(drag.x0, drag.x1), Math.min(drag.y0, drag.y1)],
                upper: [Math.max(drag.x0, drag.x1), Math.max(drag.y0, drag.y1)],
              });
            }}
            onPointerCancel={() => setDrag(null)}
          />
        )}
      </PlotFrame>
    </div>
  );
}
