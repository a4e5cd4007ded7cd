import { useId } from 'react';
import { rampPosition, type ColorMapping, type Interpolator } from './heatmapRaster.ts';
import { svgId } from './layout.ts';
import { linearScale, linearTicks, tickCountFor } from './scales.ts';

interface ColorBarProps {
  /** Left end at the origin of its group; values grow to the right. */
  readonly width: number;
  readonly height: number;
  readonly scheme: Interpolator;
  readonly mapping: ColorMapping;
  readonly em: number;
  /** Only the zero tick: the surface is zero to rounding everywhere (see NEAR_ZERO). */
  readonly zeroOnly?: boolean;
  /** Ticks at display values with labels of the caller's own (a map labelled in f, not in log f). */
  readonly ticks?: readonly { readonly value: number; readonly label: string }[];
}

/** Gradient stops: enough that the bar matches the raster's ramp to the eye. */
const STOPS = 16;

/**
 * The colour legend of a heatmap: a horizontal bar from the low end of the domain (left) to the
 * high end, labelled below. A reversed mapping (a minimized f) is drawn reversed too, so a colour
 * always sits above the value it stands for.
 */
export function ColorBar(props: ColorBarProps) {
  const { width, height, scheme, mapping, em, zeroOnly = false } = props;
  const gradientId = svgId(useId(), 'ramp');
  const [lo, hi] = mapping.domain;
  const scale = linearScale([lo, hi], [0, width]);
  const ticks = zeroOnly
    ? [{ value: 0, label: '0' }]
    : (props.ticks ?? (hi > lo ? linearTicks(scale, tickCountFor(width, 5 * em, 2, 6)) : []));
  const stops = Array.from({ length: STOPS }, (_, k) => {
    const f = k / (STOPS - 1);
    return { offset: f, color: scheme(rampPosition(lo + f * (hi - lo), mapping)) };
  });
  return (
    <g className="color-bar" aria-hidden="true">
      <defs>
        <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
          {stops.map((s) => (
            <stop key={s.offset} offset={s.offset} stopColor={s.color} />
          ))}
        </linearGradient>
      </defs>
      <rect className="color-bar-ramp" width={width} height={height} fill={`url(#${gradientId})`} />
      {ticks.map((t) => {
        const u = zeroOnly ? 0 : scale(t.value);
        return (
          <g key={t.value} transform={`translate(${u},${height})`}>
            <line className="color-bar-tick" y1={-height} y2={0.3 * em} />
            <text y={0.3 * em + 2} dy="0.71em" textAnchor="middle">
              {t.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
