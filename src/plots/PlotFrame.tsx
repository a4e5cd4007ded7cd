/**
 * The frame every SVG plot shares, in the manner of Observable Plot's frame and visx's Axis: the
 * <svg> with its accessible name, an optional clip path of the plotting area, a title line, a
 * legend band above the area, light grid lines, and bottom/left axes with their labels. A plot
 * computes its scales and ticks (it knows its data) and draws its marks as children; the frame
 * places everything in one fixed order so the plots look alike and their snapshots read alike.
 */
import { useId, type CSSProperties, type ReactNode, type Ref } from 'react';
import { GridLines, XAxis, YAxis } from './axes.tsx';
import { layoutLegend, LEGEND_ROW_EM, svgId, type LegendSlot, type Margins } from './layout.ts';
import { Legend, type LegendItem } from './marks.tsx';
import type { Tick } from './scales.ts';
import './plots.css';

/** The plotting area inside the SVG, in pixels: where its top-left corner sits and its size. */
export interface PlotBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The plotting area left by margins around a width x height SVG (never negative). */
export function plotBox(width: number, height: number, margin: Margins): PlotBox {
  return {
    left: margin.left,
    top: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom),
  };
}

/** A frame's geometry: the SVG's size, the font size and the plotting box (spread into PlotFrame). */
export interface FrameGeometry {
  readonly width: number;
  readonly height: number;
  readonly em: number;
  readonly box: PlotBox;
}

/** The geometry of a width x height plot at font size em with these margins. */
export function frameGeometry(
  width: number,
  height: number,
  em: number,
  margin: Margins,
): FrameGeometry {
  return { width, height, em, box: plotBox(width, height, margin) };
}

/** Margins around a plot with a legend band, in ems: the band's own spacing, then the box's. */
export interface LegendFrameEms {
  /** How much narrower than the SVG the legend's rows are. */
  readonly legendInset: number;
  /** Space below the last legend row, above the box. */
  readonly legendGap: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * The geometry of a plot whose legend wraps in a band above its box (the lab's line plots): the
 * top margin grows by a row per legend row. Spread `frame` into PlotFrame and pass it `legend`.
 */
export function legendFrame(
  width: number,
  height: number,
  em: number,
  items: readonly LegendItem[],
  ems: LegendFrameEms,
): { frame: FrameGeometry; legend: { slots: LegendSlot<LegendItem>[]; top: number } } {
  const { slots, rows } = layoutLegend(items, Math.max(0, width - ems.legendInset * em), em);
  const frame = frameGeometry(width, height, em, {
    top: (rows * LEGEND_ROW_EM + ems.legendGap) * em,
    right: ems.right * em,
    bottom: ems.bottom * em,
    left: ems.left * em,
  });
  return { frame, legend: { slots, top: 0.9 * em } };
}

/** One axis of the frame: ticks in data units and the scale that places them. */
export interface FrameAxis {
  readonly ticks: readonly Tick[];
  readonly scale: (value: number) => number;
  /** The axis title; none when undefined or empty. */
  readonly label?: string | undefined;
  /** Distance in pixels from the axis line to the label (below for x, left for y). */
  readonly labelOffset?: number;
  /** Class of the label: 'axis-label' sets a symbol in math italics, add 'is-words' for words. */
  readonly labelClassName?: string;
  /** Tick length in pixels; 0.4 em unless given. */
  readonly tickSize?: number;
}

export interface PlotFrameProps extends FrameGeometry {
  /** Classes of the <svg>: 'bo-plot' plus the plot's own (CSS and tests select on them). */
  readonly className: string;
  /** The accessible name (role="img") and the <title> tooltip. */
  readonly ariaLabel: string;
  /** What the plot shows, in words (describe.ts): its <desc>, the accessible description. */
  readonly description?: string | undefined;
  /**
   * 'img' by default; 'group' for a plot with focusable marks (an image hides its children from
   * assistive technology, so its buttons would be unreachable).
   */
  readonly role?: 'img' | 'group' | undefined;
  readonly x?: FrameAxis | undefined;
  readonly y?: FrameAxis | undefined;
  /** Grid lines at the ticks of both axes, or of y only (bars, whose x edges are their own). */
  readonly grid?: 'xy' | 'y' | undefined;
  /** An id (useClipId) for a clip path the size of the box, for marks that may overshoot it. */
  readonly clipId?: string | undefined;
  /** A title line above the legend band, baseline at `top`. */
  readonly title?: { readonly text: string; readonly top: number } | undefined;
  /**
   * The legend band: laid-out items, their first row's centre line at `top`; at the box's left
   * unless `left` says otherwise (a map centred in its SVG keeps its legend at the margin).
   */
  readonly legend?:
    | {
        readonly slots: readonly LegendSlot<LegendItem>[];
        readonly top: number;
        readonly left?: number;
      }
    | undefined;
  /** Drawn in SVG coordinates before the plotting area (a colour bar, side strips). */
  readonly header?: ReactNode;
  /** Drawn under the grid lines, in the box's coordinates (a filled background). */
  readonly underlay?: ReactNode;
  /** The marks, in the box's coordinates, over the grid and under the axes. */
  readonly children?: ReactNode;
  /** Marks over the axes (observations, the next point, a pointer target), in box coordinates. */
  readonly overlay?: ReactNode;
  readonly ref?: Ref<SVGSVGElement> | undefined;
  readonly style?: CSSProperties | undefined;
  /** data-* attributes for tests and tools. */
  readonly data?: Readonly<Record<`data-${string}`, string | number>> | undefined;
}

/** The class of an axis label that is words, set upright (a symbol is set in math italics). */
export const WORDS_LABEL = 'axis-label is-words';

/** A clip-path id for one plot instance (React ids are not valid in url(#...)). */
export function useClipId(): string {
  return svgId(useId(), 'clip');
}

export function PlotFrame({ ref, ...props }: PlotFrameProps) {
  const { box, x, y, em, grid, clipId, title, legend } = props;
  const { width: w, height: h } = box;
  const descId = svgId(useId(), 'desc');
  return (
    <svg
      ref={ref}
      className={props.className}
      role={props.role ?? 'img'}
      aria-label={props.ariaLabel}
      aria-describedby={props.description ? descId : undefined}
      width={props.width}
      height={props.height}
      fontSize={em}
      style={props.style}
      {...props.data}
    >
      <title>{props.ariaLabel}</title>
      {props.description && <desc id={descId}>{props.description}</desc>}
      {clipId && (
        <defs>
          <clipPath id={clipId}>
            <rect width={w} height={h} />
          </clipPath>
        </defs>
      )}
      {title && (
        <text className="plot-title" x={box.left} y={title.top}>
          {title.text}
        </text>
      )}
      {legend && (
        <g transform={`translate(${legend.left ?? box.left},${legend.top})`}>
          <Legend slots={legend.slots} em={em} />
        </g>
      )}
      {props.header}
      <g transform={`translate(${box.left},${box.top})`}>
        {props.underlay}
        {grid && x && y && (
          <GridLines
            xTicks={grid === 'xy' ? x.ticks : []}
            yTicks={y.ticks}
            x={x.scale}
            y={y.scale}
            width={w}
            height={h}
          />
        )}
        {props.children}
        {x && (
          <g transform={`translate(0,${h})`}>
            <XAxis
              ticks={x.ticks}
              position={x.scale}
              range={[0, w]}
              tickSize={x.tickSize ?? 0.4 * em}
            />
            {x.label && (
              <text
                className={x.labelClassName ?? 'axis-label'}
                x={w / 2}
                y={x.labelOffset ?? 2.75 * em}
                textAnchor="middle"
              >
                {x.label}
              </text>
            )}
          </g>
        )}
        {y && (
          <YAxis
            ticks={y.ticks}
            position={y.scale}
            range={[h, 0]}
            tickSize={y.tickSize ?? 0.4 * em}
          />
        )}
        {y?.label && (
          <text
            className={y.labelClassName ?? 'axis-label'}
            transform={`translate(${-(y.labelOffset ?? 3.5 * em)},${h / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {y.label}
          </text>
        )}
        {props.overlay}
      </g>
    </svg>
  );
}
