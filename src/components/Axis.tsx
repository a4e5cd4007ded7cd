import type { ScaleLinear } from 'd3';

interface AxisProps {
  /** Maps data values to pixels along the axis. */
  readonly scale: ScaleLinear<number, number>;
  readonly orient: 'bottom' | 'left';
  /** Approximate number of ticks; d3 picks round values near it. */
  readonly tickCount: number;
  /** Length of the tick marks in pixels. */
  readonly tickSize: number;
  readonly className?: string;
}

/**
 * A d3-style axis rendered by React: d3 computes tick values and labels, React owns the SVG.
 * Placed at the origin of its group: the bottom axis draws downward, the left axis leftward.
 */
export function Axis({ scale, orient, tickCount, tickSize, className }: AxisProps) {
  const ticks = scale.ticks(tickCount);
  const format = scale.tickFormat(tickCount);
  const [r0, r1] = scale.range() as [number, number];
  const bottom = orient === 'bottom';
  const gap = tickSize + 3;

  return (
    <g className={`axis axis-${orient}${className ? ` ${className}` : ''}`}>
      {ticks.map((value) => {
        const p = scale(value);
        return (
          <g
            key={value}
            className="tick"
            transform={bottom ? `translate(${p},0)` : `translate(0,${p})`}
          >
            <line {...(bottom ? { y2: tickSize } : { x2: -tickSize })} />
            <text
              {...(bottom ? { y: gap, dy: '0.71em' } : { x: -gap, dy: '0.32em' })}
              textAnchor={bottom ? 'middle' : 'end'}
            >
              {format(value)}
            </text>
          </g>
        );
      })}
      <line className="domain" {...(bottom ? { x1: r0, x2: r1 } : { y1: r0, y2: r1 })} />
    </g>
  );
}

interface GridProps {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly xTickCount: number;
  readonly yTickCount: number;
}

/** Light lines at the axes' ticks, drawn beneath everything else. */
export function Grid({ x, y, xTickCount, yTickCount }: GridProps) {
  const [x0, x1] = x.range() as [number, number];
  const [y0, y1] = y.range() as [number, number];
  return (
    <g className="grid" aria-hidden="true">
      {x.ticks(xTickCount).map((v) => (
        <line key={`x${v}`} x1={x(v)} x2={x(v)} y1={y0} y2={y1} />
      ))}
      {y.ticks(yTickCount).map((v) => (
        <line key={`y${v}`} x1={x0} x2={x1} y1={y(v)} y2={y(v)} />
      ))}
    </g>
  );
}
