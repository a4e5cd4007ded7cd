import { textWidthEm } from '../../plots/layout.ts';
import { frameGeometry, PlotFrame } from '../../plots/PlotFrame.tsx';
import { linearScale, linearTicks, padExtent, tickCountFor } from '../../plots/scales.ts';
import { histogram, linearEdges, quantileSorted } from '../stats.ts';
import type { DesignKind } from './coverage.ts';
import { wordsAxis } from '../../plots/wordsAxis.ts';

/** One row of the plot: a design, its label, and its best values over the seeds, sorted. */
export interface RepeatRow {
  readonly kind: DesignKind;
  readonly label: string;
  readonly sorted: Float64Array;
}

interface RepeatPlotProps {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly rows: readonly RepeatRow[];
  readonly optimum: number;
  readonly optimumLabel: string;
  readonly axisLabel: string;
  readonly ariaLabel: string;
}

const BINS = 36;

/**
 * One histogram per design of the best value it found over many seeds, on a shared axis, each
 * scaled to its own tallest bar (a grid, which finds the same value every seed, is one bar), with
 * a tick at the median and the optimum as a dashed line.
 */
export function RepeatPlot(props: RepeatPlotProps) {
  const { width, height, fontSize: em, rows, optimum, optimumLabel, axisLabel, ariaLabel } = props;
  const labelWidth = Math.max(...rows.map((r) => textWidthEm(r.label)), 3) * em;
  const frame = frameGeometry(width, height, em, {
    top: 1.4 * em,
    right: 1.2 * em,
    bottom: 3 * em,
    left: labelWidth + 1 * em,
  });
  const { box } = frame;
  const { width: innerW, height: innerH } = box;

  let lo = optimum;
  for (const r of rows) if (r.sorted.length) lo = Math.min(lo, r.sorted[0] as number);
  const domain = padExtent([lo, optimum], 0.04, 0.04);
  const x = linearScale(domain, [0, innerW]).nice(tickCountFor(innerW, 5 * em));
  const [d0, d1] = x.domain() as [number, number];
  const ticks = linearTicks(x, tickCountFor(innerW, 5 * em, 2, 8));
  const edges = linearEdges(d0, d1, BINS);
  const rowH = rows.length ? innerH / rows.length : 0;
  const barSpace = rowH * 0.78;

  return (
    <PlotFrame
      className="bo-plot lab-plot repeat-plot"
      ariaLabel={ariaLabel}
      {...frame}
      x={wordsAxis(ticks, x, axisLabel, 2.6 * em)}
    >
      {rows.map((r, k) => {
        const counts = histogram(r.sorted, edges);
        const most = Math.max(1, ...counts);
        const base = (k + 1) * rowH;
        const median = quantileSorted(r.sorted, 0.5);
        return (
          <g key={r.kind} className={`repeat-row design-${r.kind}`}>
            <line className="repeat-base" x1={0} x2={innerW} y1={base} y2={base} />
            <text
              className="repeat-label"
              x={-0.6 * em}
              y={base - rowH / 2}
              dy="0.32em"
              textAnchor="end"
            >
              {r.label}
            </text>
            {Array.from(counts, (c, b) =>
              c > 0 ? (
                <rect
                  key={b}
                  className="repeat-bar"
                  x={x(edges[b] as number) + 0.5}
                  width={Math.max(1, x(edges[b + 1] as number) - x(edges[b] as number) - 1)}
                  y={base - (c / most) * barSpace}
                  height={(c / most) * barSpace}
                />
              ) : null,
            )}
            {Number.isFinite(median) && (
              <line
                className="repeat-median"
                x1={x(median)}
                x2={x(median)}
                y1={base - barSpace - 0.15 * em}
                y2={base + 0.2 * em}
              />
            )}
          </g>
        );
      })}
      <line className="optimum" x1={x(optimum)} x2={x(optimum)} y1={-0.3 * em} y2={innerH} />
      <text className="optimum-label" x={x(optimum)} y={-0.45 * em} textAnchor="end">
        {optimumLabel}
      </text>
    </PlotFrame>
  );
}
