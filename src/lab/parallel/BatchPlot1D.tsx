import { line } from 'd3';
import type { Objective } from '../../objectives/types.ts';
import { diamondPath, type LegendItem } from '../../plots/marks.tsx';
import { legendFrame, PlotFrame } from '../../plots/PlotFrame.tsx';
import {
  finiteExtent,
  linearScale,
  linearTicks,
  padExtent,
  tickCountFor,
} from '../../plots/scales.ts';

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
  const { frame, legend } = legendFrame(width, height, em, props.legend, {
    legendInset: 5,
    legendGap: 0.9,
    right: 1.2,
    bottom: 3,
    left: 4.4,
  });
  const { box } = frame;
  const { width: innerW, height: innerH } = box;
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
    <PlotFrame
      className="bo-plot batch-plot"
      ariaLabel={props.ariaLabel}
      {...frame}
      legend={legend}
      grid="xy"
      x={{ ticks: xTicks, scale: x, label: dim.label ?? dim.name, labelOffset: 2.6 * em }}
      y={{ ticks: yTicks, scale: y }}
    >
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
    </PlotFrame>
  );
}
