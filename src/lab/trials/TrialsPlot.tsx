import { line } from 'd3';
import { useRef, type PointerEvent } from 'react';
import { formatNumber } from '../../plots/format.ts';
import { layoutLegend, plotMargins } from '../../plots/layout.ts';
import type { LegendItem } from '../../plots/marks.tsx';
import { frameGeometry, PlotFrame } from '../../plots/PlotFrame.tsx';
import { linearScale, linearTicks, tickCountFor } from '../../plots/scales.ts';
import { hitProbability } from './trials.ts';
import { wordsAxis } from '../../plots/wordsAxis.ts';

interface TrialsPlotProps {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly p: number;
  readonly n: number;
  readonly nMax: number;
  readonly confidence: number;
  readonly needed: number;
  /** Simulated share hit within n, entry n = 0..nMax; undefined until the simulation is done. */
  readonly simulated: Float64Array | undefined;
  readonly reps: number;
  readonly onN: (n: number) => void;
  /** What the plot shows, in words (describeTrials). */
  readonly description?: string | undefined;
  readonly labels: {
    readonly aria: string;
    readonly xAxis: string;
    readonly yAxis: string;
    readonly formula: string;
    readonly simulation: string;
  };
}

/** Points the simulated curve is drawn through at most (it is a step function of n). */
const SIM_POINTS = 400;

/**
 * The chance that n random trials include one in the top p fraction, 1 - (1 - p)^n, against n; the
 * simulation's share over it; a draggable marker at n; the confidence as a dashed level with the
 * trials needed to reach it.
 */
export function TrialsPlot(props: TrialsPlotProps) {
  const { width, height, fontSize: em, p, n, nMax, confidence, needed, simulated, reps } = props;
  const { onN, labels } = props;
  const legendItems: LegendItem[] = [
    { key: 'formula', label: labels.formula, swatch: 'line', className: 'trials-formula' },
    { key: 'sim', label: labels.simulation, swatch: 'dashed', className: 'trials-sim' },
  ];
  const frame = frameGeometry(width, height, em, {
    ...plotMargins(em),
    top: 2.2 * em,
    right: 1.6 * em,
  });
  const { box } = frame;
  const { width: innerW, height: innerH } = box;
  const { slots } = layoutLegend(legendItems, innerW, em);

  const x = linearScale([0, nMax], [0, innerW]);
  const y = linearScale([0, 1], [innerH, 0]);
  const xTicks = linearTicks(x, tickCountFor(innerW, 5 * em, 2, 10));
  const yTicks = linearTicks(y, tickCountFor(innerH, 2.6 * em, 2, 6));

  const samples = Array.from({ length: 301 }, (_, i) => (i / 300) * nMax);
  const formulaPath =
    line<number>()
      .x((v) => x(v))
      .y((v) => y(hitProbability(p, v)))(samples) ?? '';
  let simPath = '';
  if (simulated) {
    const stride = Math.max(1, Math.ceil(nMax / SIM_POINTS));
    const ns: number[] = [];
    for (let k = 0; k <= nMax; k += stride) ns.push(k);
    if (ns.at(-1) !== nMax) ns.push(nMax);
    simPath =
      line<number>()
        .x((k) => x(k))
        .y((k) => y(simulated[k] ?? 0))(ns) ?? '';
  }
  const pn = hitProbability(p, n);
  const simN = simulated?.[n];
  const se = simN === undefined ? 0 : Math.sqrt((pn * (1 - pn)) / reps);

  const dragging = useRef(false);
  const moveTo = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const v = Math.round(x.invert(e.clientX - box.left));
    onN(Math.min(nMax, Math.max(1, v)));
  };

  return (
    <PlotFrame
      className="bo-plot lab-plot trials-plot"
      ariaLabel={labels.aria}
      description={props.description}
      {...frame}
      legend={{ slots, top: box.top - 1.3 * em }}
      grid="xy"
      x={wordsAxis(xTicks, x, labels.xAxis)}
      y={wordsAxis(yTicks, y, labels.yAxis, 3.4 * em)}
    >
      <line className="trials-level" x1={0} x2={innerW} y1={y(confidence)} y2={y(confidence)} />
      {needed <= nMax && (
        <g className="trials-needed">
          <line x1={x(needed)} x2={x(needed)} y1={y(confidence)} y2={innerH} />
          <text x={x(needed) + 0.3 * em} y={innerH - 0.4 * em}>
            {needed}
          </text>
        </g>
      )}
      <path className="trials-formula" d={formulaPath} />
      {simPath && <path className="trials-sim" d={simPath} />}
      <g className="trials-marker">
        <line className="next-line" x1={x(n)} x2={x(n)} y1={0} y2={innerH} />
        {simN !== undefined && (
          <line
            className="trials-errorbar"
            x1={x(n)}
            x2={x(n)}
            y1={y(Math.min(1, pn + 2 * se))}
            y2={y(Math.max(0, pn - 2 * se))}
          />
        )}
        <circle className="trials-dot" cx={x(n)} cy={y(pn)} r={0.4 * em} />
        <text
          className="plot-note trials-readout"
          x={x(n) + (x(n) > innerW * 0.7 ? -0.6 : 0.6) * em}
          y={y(pn) + 1.4 * em}
          textAnchor={x(n) > innerW * 0.7 ? 'end' : 'start'}
        >
          {`n = ${n}: ${formatNumber(pn, 3)}`}
        </text>
      </g>
      <rect
        className="drag-surface"
        width={innerW}
        height={innerH}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => {
          if (dragging.current) moveTo(e);
        }}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
      />
    </PlotFrame>
  );
}
