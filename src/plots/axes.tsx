import type { Tick } from './scales.ts';

interface AxisProps {
  /** Labelled ticks in data units. */
  readonly ticks: readonly Tick[];
  /** Data units to pixels along the axis. */
  readonly position: (value: number) => number;
  /** The axis line's extent in pixels. */
  readonly range: readonly [number, number];
  /** Length of the tick marks in pixels. */
  readonly tickSize: number;
  readonly className?: string;
}

/**
 * A bottom axis at the origin of its group, drawing downward. Unlike components/Axis.tsx it takes
 * ready-made ticks, so a log10 axis can label exponent positions with 10ᵏ.
 */
export function XAxis({ ticks, position, range, tickSize, className }: AxisProps) {
  const gap = tickSize + 3;
  return (
    <g className={`axis axis-bottom axis-x${className ? ` ${className}` : ''}`}>
      {ticks.map((t) => (
        <g key={t.value} className="tick" transform={`translate(${position(t.value)},0)`}>
          <line y2={tickSize} />
          <text y={gap} dy="0.71em" textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      <line className="domain" x1={range[0]} x2={range[1]} />
    </g>
  );
}

/** A left axis at the origin of its group, drawing leftward. */
export function YAxis({ ticks, position, range, tickSize, className }: AxisProps) {
  const gap = tickSize + 3;
  return (
    <g className={`axis axis-left axis-y${className ? ` ${className}` : ''}`}>
      {ticks.map((t) => (
        <g key={t.value} className="tick" transform={`translate(0,${position(t.value)})`}>
          <line x2={-tickSize} />
          <text x={-gap} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      <line className="domain" y1={range[0]} y2={range[1]} />
    </g>
  );
}

interface GridLinesProps {
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly x: (value: number) => number;
  readonly y: (value: number) => number;
  readonly width: number;
  readonly height: number;
}

/** Light lines at the ticks, beneath everything else. */
export function GridLines({ xTicks, yTicks, x, y, width, height }: GridLinesProps) {
  return (
    <g className="grid" aria-hidden="true">
      {xTicks.map((t) => (
        <line key={`x${t.value}`} x1={x(t.value)} x2={x(t.value)} y1={0} y2={height} />
      ))}
      {yTicks.map((t) => (
        <line key={`y${t.value}`} x1={0} x2={width} y1={y(t.value)} y2={y(t.value)} />
      ))}
    </g>
  );
}
