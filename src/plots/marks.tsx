/**
 * Small shared marks: symbol paths, the legend. Shapes, not only colours, tell the marks apart
 * (hollow initial points, filled BO points, diamonds for a person's probes, crosses for failures,
 * a star for the next point) so the plots read in greyscale and for colour-blind viewers.
 */
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
