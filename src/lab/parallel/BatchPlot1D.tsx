import { line } from 'd3';
import type { Objective } from '../../objectives/types.ts';
import { GridLines, XAxis, YAxis } from '../../plots/axes.tsx';
import { layoutLegend, LEGEND_ROW_EM } from '../../plots/layout.ts';
import { diamondPath, Legend, type LegendItem } from '../../plots/marks.tsx';
import {
  finiteExtent,
  linearScale,
  linearTicks,
  padExtent,
  tickCountFor,
} from '../../plots/scales.ts';
import '../../plots/plots.css';

/**
 * One round's batch on a 1D objective: the curve, the points evaluated in earlier rounds (hollow),
 * and the batch (filled diamonds, numbered in the order they were proposed).
 */
export function BatchPlot1D(props: {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly objective: Objective;
  readonly earlier: readonly number[];
  readonly batch: readonly number[];
  readonly legend: readonly LegendItem[];
  readonly ariaLabel: string;
}) {
  const { width, height, fontSize: em, objective, earlier, batch } = props;
  const dim = objective.dims[0] as Objective['dims'][0];
  const legend = layoutLegend(props.legend, Math.max(0, width - 5 * em), em);
  const margin = {
    top: (legend.rows * LEGEND_ROW_EM + 0.9) * em,
    right: 1.2 * em,
    bottom: 3 * em,
    left: 4.4 * em,
  };
  const innerW = Math.max(0, width - margin.left - margin.right);
  const innerH = Math.max(0, height - margin.top - margin.bottom);
  const f = (x: number) => {
    try {
      return objective.f([x]);
    } catch {
      return NaN;
    }
  };
  const grid = Array.from({ length: 301 }, (_, i) => dim.min + ((dim.max - dim.min) * i) / 300);
  const values = grid.map(f);
  const x = linearScale([dim.min, dim.max], [0, innerW]);
  const yCount = tickCountFor(innerH, 2.6 * em, 2, 6);
  const y = linearScale(padExtent(finiteExtent([values]), 0.06, 0.1), [innerH, 0]).nice(yCount);
  const xTicks = linearTicks(x, tickCountFor(innerW, 4 * em, 2, 10));
  const yTicks = linearTicks(y, yCount);
  const curve =
    line<number>()
      .defined((v) => Number.isFinite(v))
      .x((_, i) => x(grid[i] as number))
      .y((v) => y(v))(values) ?? '';
  const r = 0.32 * em;
  return (
    <svg
      className="bo-plot batch-plot"
      role="img"
      aria-label={props.ariaLabel}
      width={width}
      height={height}
      fontSize={em}
    >
      <title>{props.ariaLabel}</title>
      <g transform={`translate(${margin.left},${0.9 * em})`}>
        <Legend slots={legend.slots} em={em} />
      </g>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <GridLines xTicks={xTicks} yTicks={yTicks} x={x} y={y} width={innerW} height={innerH} />
        <path className="truth" d={curve} />
        {earlier.map((v, i) => (
          <circle key={i} className="batch-earlier" cx={x(v)} cy={y(f(v))} r={r} />
        ))}
        {batch.map((v, i) => (
          <g key={i} transform={`translate(${x(v)},${y(f(v))})`}>
            <line className="batch-drop" y1={0} y2={innerH - y(f(v))} />
            <path className="batch-point" d={diamondPath(2.8 * r)} />
            <text className="batch-label" y={-1.1 * em} textAnchor="middle">
              {i + 1}
            </text>
          </g>
        ))}
        <g transform={`translate(0,${innerH})`}>
          <XAxis ticks={xTicks} position={x} range={[0, innerW]} tickSize={0.4 * em} />
          <text className="axis-label" x={innerW / 2} y={2.6 * em} textAnchor="middle">
            {dim.label ?? dim.name}
          </text>
        </g>
        <YAxis ticks={yTicks} position={y} range={[innerH, 0]} tickSize={0.4 * em} />
      </g>
    </svg>
  );
}
