import { line } from 'd3';
import { useMessages } from '../../i18n/locale.ts';
import { DEFAULT_FONT_SIZE, plotMargins } from '../../plots/layout.ts';
import { frameGeometry, PlotFrame } from '../../plots/PlotFrame.tsx';
import {
  finiteExtent,
  linearScale,
  linearTicks,
  padExtent,
  tickCountFor,
} from '../../plots/scales.ts';
import type { EpochMetrics } from '../train/trainer.ts';

export interface LearningCurveProps {
  readonly width: number;
  readonly height: number;
  readonly fontSize?: number;
  readonly epochs: readonly EpochMetrics[];
  /** Epochs the trial will run: the x axis spans them from the start, so the curve grows into it. */
  readonly totalEpochs: number;
  readonly kind: 'loss' | 'acc';
  readonly ariaLabel: string;
}

type Series = { key: 'train' | 'val'; values: number[] };

/**
 * Train and validation curves of one trial against the epoch: loss (cross-entropy) or accuracy.
 * Validation is dashed as well as coloured, so the two read apart without colour.
 */
export function LearningCurve(props: LearningCurveProps) {
  const { width, height, epochs, totalEpochs, kind, ariaLabel } = props;
  const t = useMessages();
  const em = props.fontSize ?? DEFAULT_FONT_SIZE;
  const frame = frameGeometry(width, height, em, {
    ...plotMargins(em),
    top: 1.7 * em,
    right: 0.9 * em,
    left: 3.6 * em,
  });
  const { box } = frame;
  const { width: iw, height: ih } = box;
  const series: Series[] = [
    { key: 'train', values: epochs.map((e) => (kind === 'loss' ? e.trainLoss : e.trainAcc)) },
    { key: 'val', values: epochs.map((e) => (kind === 'loss' ? e.valLoss : e.valAcc)) },
  ];
  const x = linearScale([1, Math.max(2, totalEpochs)], [0, iw]);
  const yTickCount = tickCountFor(ih, 2.2 * em, 2, 5);
  const lossExtent = finiteExtent([series[0]?.values ?? [], series[1]?.values ?? [], [0]]);
  // Before the first epoch there is nothing to scale to: show [0, 1] rather than a flat axis.
  const yDomain: [number, number] =
    kind === 'acc' || !lossExtent || lossExtent[1] <= 0 ? [0, 1] : padExtent(lossExtent, 0, 0.08);
  const y = linearScale(yDomain, [ih, 0]).nice(yTickCount);
  const xTicks = x
    .ticks(tickCountFor(iw, 3 * em, 2, 10))
    .filter((v) => Number.isInteger(v))
    .map((v) => ({ value: v, label: String(v) }));
  const yTicks = linearTicks(y, yTickCount);
  const path = (values: number[]) =>
    line<number>()
      .defined((v) => Number.isFinite(v))
      .x((_, i) => x(i + 1))
      .y((v) => y(Math.min(v, y.domain()[1] as number)))(values) ?? '';
  const label = (k: Series['key']) => (k === 'train' ? t.netTrainSeries : t.netValSeries);

  return (
    <PlotFrame
      className="bo-plot learning-curve"
      ariaLabel={ariaLabel}
      {...frame}
      grid="xy"
      x={{
        ticks: xTicks,
        scale: x,
        label: t.netEpochAxis,
        labelOffset: 2.5 * em,
        tickSize: 0.35 * em,
      }}
      y={{ ticks: yTicks, scale: y, tickSize: 0.35 * em }}
      overlay={
        <g className="lc-legend" transform={`translate(0,${-0.6 * em})`}>
          <text className="lc-title" x={0} y={0}>
            {kind === 'loss' ? t.netLossAxis : t.netAccAxis}
          </text>
          {series.map((s, k) => {
            const x0 = iw - (2 - k) * 6.2 * em;
            return (
              <g key={s.key} className={`lc-series lc-${s.key}`} transform={`translate(${x0},0)`}>
                <line x1={0} x2={1.6 * em} y1={-0.3 * em} y2={-0.3 * em} />
                <text className="lc-key" x={2 * em} y={0}>
                  {label(s.key)}
                </text>
              </g>
            );
          })}
        </g>
      }
    >
      {series.map((s) => (
        <g key={s.key} className={`lc-series lc-${s.key}`}>
          <path d={path(s.values)} />
          {s.values.map((v, i) =>
            Number.isFinite(v) ? <circle key={i} cx={x(i + 1)} cy={y(v)} r={0.2 * em} /> : null,
          )}
        </g>
      ))}
    </PlotFrame>
  );
}
