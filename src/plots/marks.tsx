/**
 * Small shared marks: symbol paths, the legend. Shapes, not only colours, tell the marks apart
 * (hollow initial points, filled BO points, diamonds for a person's probes, crosses for failures,
 * a star for the next point) so the plots read in greyscale and for colour-blind viewers.
 */
import type { ReactNode, SVGProps } from 'react';
import { symbol, symbolDiamond, symbolStar } from 'd3';
import { LEGEND_ROW_EM, LEGEND_SWATCH_EM, type LegendSlot } from './layout.ts';

/** A five-pointed star of about `size` pixels across, centred on the origin. */
export function starPath(size: number): string {
  // d3 sizes symbols by area; a star's tips span about 1.9 sqrt(area).
  const area = (size / 1.9) ** 2;
  return symbol(symbolStar, area)() ?? '';
}

/** A diamond of about `size` pixels across, centred on the origin. */
export function diamondPath(size: number): string {
  return symbol(symbolDiamond, (size * size) / 2.3)() ?? '';
}

/** An X of half-width r, centred on the origin (stroke it). */
export function crossPath(r: number): string {
  return `M${-r},${-r}L${r},${r}M${-r},${r}L${r},${-r}`;
}

/** What an observation's symbol says: why it was taken, or that it failed. */
export type ObservationShape = 'init' | 'bo' | 'manual' | 'failed';

/**
 * An observation's symbol, centred on the origin: a cross for a failure, a diamond for a person's
 * probe, else a dot (hollow or filled by its class). `classOf` names the CSS class of each shape
 * (1D and 2D plots colour them differently); `halo` adds the dark outline a failure needs on a
 * raster.
 */
export function ObservationSymbol(props: {
  readonly shape: ObservationShape;
  readonly r: number;
  readonly classOf: (shape: ObservationShape) => string;
  readonly haloClass?: string | undefined;
}) {
  const { shape, r, classOf, haloClass } = props;
  if (shape === 'failed') {
    return (
      <>
        {haloClass && <path className={haloClass} d={crossPath(r)} />}
        <path className={classOf(shape)} d={crossPath(r)} />
      </>
    );
  }
  if (shape === 'manual') return <path className={classOf(shape)} d={diamondPath(2.6 * r)} />;
  return <circle className={classOf(shape)} r={r} />;
}

/** A mark's label, centred on the spot placeLabels found for it. */
export function SpotLabel(props: {
  readonly spot: { readonly u: number; readonly v: number };
  readonly className?: string | undefined;
  readonly children: string | number;
}) {
  return (
    <text
      className={props.className}
      x={props.spot.u}
      y={props.spot.v}
      dy="0.35em"
      textAnchor="middle"
    >
      {props.children}
    </text>
  );
}

/** A sentence across the middle of a plotting area (a plot that has nothing to show says why). */
export function PlotNote(props: {
  readonly width: number;
  readonly height: number;
  readonly className?: string | undefined;
  readonly children: ReactNode;
}) {
  return (
    <text
      className={props.className ? `plot-note ${props.className}` : 'plot-note'}
      x={props.width / 2}
      y={props.height / 2}
      dy="0.32em"
      textAnchor="middle"
    >
      {props.children}
    </text>
  );
}

/**
 * An invisible rectangle over the plotting area that catches the pointer (hover, click to probe):
 * an SVG area with no fill gets no pointer events of its own.
 */
export function PointerSurface({
  width,
  height,
  ...handlers
}: { readonly width: number; readonly height: number } & Omit<
  SVGProps<SVGRectElement>,
  'width' | 'height' | 'ref'
>) {
  return (
    <rect
      className="plot-background"
      width={width}
      height={height}
      fill="transparent"
      {...handlers}
    />
  );
}

/** How a legend entry's swatch is drawn; the CSS class of the mark carries its colour. */
export type SwatchKind =
  | 'line'
  | 'dashed'
  | 'band'
  | 'samples'
  | 'dot'
  | 'hollow'
  | 'diamond'
  | 'cross'
  /** A cross with the hollow marker where the model counts the failed point. */
  | 'cross-modelled'
  | 'ring'
  | 'star'
  | 'area';

/** One legend entry: `className` is the class of the mark it stands for. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly swatch: SwatchKind;
  readonly className: string;
}

function Swatch({ kind, className, em }: { kind: SwatchKind; className: string; em: number }) {
  const w = 1.3 * em;
  const c = w / 2;
  const r = 0.3 * em;
  switch (kind) {
    case 'line':
    case 'dashed':
      return <line className={className} x1={0} x2={w} y1={0} y2={0} />;
    case 'band':
      return <rect className={className} x={0} y={-0.4 * em} width={w} height={0.8 * em} />;
    case 'area':
      return (
        <g>
          <rect className={`${className}-area`} x={0} y={-0.4 * em} width={w} height={0.8 * em} />
          <line className={className} x1={0} x2={w} y1={-0.4 * em} y2={-0.4 * em} />
        </g>
      );
    case 'samples':
      return (
        <g className={className}>
          <path d={`M0,${0.25 * em}C${c},${-0.5 * em} ${c},${0.5 * em} ${w},${-0.25 * em}`} />
          <path d={`M0,${-0.2 * em}C${c},${0.5 * em} ${c},${-0.4 * em} ${w},${0.25 * em}`} />
        </g>
      );
    case 'dot':
    case 'hollow':
      return <circle className={className} cx={c} cy={0} r={r} />;
    case 'diamond':
      return (
        <path className={className} transform={`translate(${c},0)`} d={diamondPath(3.2 * r)} />
      );
    case 'cross':
      return <path className={className} transform={`translate(${c},0)`} d={crossPath(r)} />;
    case 'cross-modelled':
      return (
        <g className={className}>
          <path transform={`translate(${0.55 * c},${0.2 * em})`} d={crossPath(0.75 * r)} />
          <circle cx={1.5 * c} cy={-0.15 * em} r={0.7 * r} />
        </g>
      );
    case 'ring':
      return <circle className={className} cx={c} cy={0} r={r * 1.6} />;
    case 'star':
      return <path className={className} transform={`translate(${c},0)`} d={starPath(3.6 * r)} />;
  }
}

/** A legend laid out by layoutLegend, drawn at the origin of its group (first row's centre line). */
export function Legend({ slots, em }: { slots: readonly LegendSlot<LegendItem>[]; em: number }) {
  return (
    <g className="legend" aria-hidden="true">
      {slots.map(({ item, x, row }) => (
        <g
          key={item.key}
          className={`legend-item legend-${item.key}`}
          transform={`translate(${x},${row * LEGEND_ROW_EM * em})`}
        >
          <Swatch kind={item.swatch} className={item.className} em={em} />
          <text x={LEGEND_SWATCH_EM * em} dy="0.32em">
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
