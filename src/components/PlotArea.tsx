import { scaleLinear } from 'd3';
import { useRef } from 'react';
import { Axis, Grid } from './Axis.tsx';
import { useElementSize, type ElementSize } from './useElementSize.ts';

interface PlotAreaProps {
  /** Data domain of the horizontal axis, in the objective's units. */
  readonly xDomain: readonly [number, number];
  /** Data domain of the vertical axis. */
  readonly yDomain: readonly [number, number];
  readonly xLabel: string;
  readonly yLabel: string;
  /** Accessible name of the plot (role="img"). */
  readonly ariaLabel: string;
  /** Shown over the plot while there is nothing to draw. */
  readonly hint?: string;
}

/** Used before the first measurement, and in jsdom, which has no layout. */
const FALLBACK_SIZE: ElementSize = { width: 640, height: 360, fontSize: 14 };

/**
 * The objective's plot frame: axes for the given domains, sized to fill its container. Data marks
 * (the curve, the GP band, the observations) will be drawn inside the same frame.
 */
export function PlotArea({ xDomain, yDomain, xLabel, yLabel, ariaLabel, hint }: PlotAreaProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const { width, height, fontSize: em } = useElementSize(frameRef, FALLBACK_SIZE);

  // Margins in ems so tick labels keep their room when the type grows on big screens.
  const margin = { top: 1 * em, right: 1.5 * em, bottom: 3.5 * em, left: 4.2 * em };
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = Math.max(0, height - margin.top - margin.bottom);
  const x = scaleLinear().domain(xDomain).range([0, innerWidth]);
  const y = scaleLinear().domain(yDomain).range([innerHeight, 0]).nice();
  const tickSize = 0.4 * em;
  // About one tick per 6 ems, capped so wide screens keep round steps rather than halves.
  const xTicks = Math.min(10, Math.max(2, Math.floor(innerWidth / (6 * em))));
  const yTicks = Math.min(8, Math.max(2, Math.floor(innerHeight / (3 * em))));

  return (
    <figure className="plot">
      <div className="plot-frame" ref={frameRef}>
        <svg role="img" aria-label={ariaLabel} width={width} height={height}>
          <g transform={`translate(${margin.left},${margin.top})`}>
            <Grid x={x} y={y} xTickCount={xTicks} yTickCount={yTicks} />
            <g transform={`translate(0,${innerHeight})`}>
              <Axis
                className="axis-x"
                scale={x}
                orient="bottom"
                tickCount={xTicks}
                tickSize={tickSize}
              />
              <text className="axis-label" x={innerWidth / 2} y={2.9 * em} textAnchor="middle">
                {xLabel}
              </text>
            </g>
            <Axis
              className="axis-y"
              scale={y}
              orient="left"
              tickCount={yTicks}
              tickSize={tickSize}
            />
            <text
              className="axis-label"
              transform={`translate(${-3.3 * em},${innerHeight / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {yLabel}
            </text>
          </g>
        </svg>
      </div>
      {hint && <figcaption className="plot-hint">{hint}</figcaption>}
    </figure>
  );
}
