import { line } from 'd3';
import { useMessages } from '../../i18n/locale.ts';
import { GridLines, XAxis, YAxis } from '../../plots/axes.tsx';
import { layoutLegend, LEGEND_ROW_EM } from '../../plots/layout.ts';
import { Legend, type LegendItem } from '../../plots/marks.tsx';
import {
  finiteExtent,
  linearScale,
  linearTicks,
  padExtent,
  tickCountFor,
} from '../../plots/scales.ts';
import { trueLoss } from './curves.ts';
import type { HbBracketRun } from './simulate.ts';
import '../../plots/plots.css';

/**
 * A bracket's learning curves on a log epoch axis: every model's observed loss up to where its rung
 * stopped it; the winner bold; the model that would truly have won, if it was stopped, with its
 * noise-free future dashed, which is what early stopping could not see.
 */
export function CurvesPlot(props: {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly bracket: HbBracketRun;
  readonly rungEpochs: readonly number[];
  readonly maxEpochs: number;
}) {
  const { width, height, fontSize: em, bracket, rungEpochs, maxEpochs } = props;
  const t = useMessages();
  const missed = bracket.trueBest.id !== bracket.winner.id && bracket.trueBest.epochs < maxEpochs;
  const items: LegendItem[] = [
    { key: 'stopped', label: t.hbLegendStopped, swatch: 'line', className: 'hb-curve is-stopped' },
    {
      key: 'survivor',
      label: t.hbLegendSurvivor,
      swatch: 'line',
      className: 'hb-curve is-survivor',
    },
    { key: 'winner', label: t.hbLegendWinner, swatch: 'line', className: 'hb-curve is-winner' },
    ...(missed
      ? [
          {
            key: 'missed',
            label: t.hbLegendMissed,
            swatch: 'dashed' as const,
            className: 'hb-curve is-missed',
          },
        ]
      : []),
  ];
  const legend = layoutLegend(items, Math.max(0, width - 5.5 * em), em);
  const margin = {
    top: (legend.rows * LEGEND_ROW_EM + 0.8) * em,
    right: 1.2 * em,
    bottom: 3.1 * em,
    left: 4.4 * em,
  };
  const innerW = Math.max(0, width - margin.left - margin.right);
  const innerH = Math.max(0, height - margin.top - margin.bottom);
  // Epochs on a log axis: the rungs (1, 3, 9, 27...) are then evenly spaced.
  const x = linearScale([0, Math.log10(maxEpochs)], [0, innerW]);
  const ex = (e: number) => x(Math.log10(e));
  const lastRung = Math.max(...bracket.trials.map((tr) => tr.rung));
  const future = missed
    ? Array.from({ length: maxEpochs - bracket.trueBest.epochs + 1 }, (_, k) => {
        const e = bracket.trueBest.epochs + k;
        return { e, v: trueLoss(bracket.trueBest.config, e) };
      })
    : [];
  const extent = finiteExtent([...bracket.trials.map((tr) => tr.curve), future.map((p) => p.v)]);
  const yCount = tickCountFor(innerH, 2.6 * em, 2, 7);
  const y = linearScale(padExtent(extent, 0.04, 0.04), [innerH, 0]).nice(yCount);
  const xTicks = rungEpochs.map((e) => ({ value: Math.log10(e), label: String(e) }));
  const yTicks = linearTicks(y, yCount);
  const path = line<{ e: number; v: number }>()
    .x((p) => ex(p.e))
    .y((p) => y(p.v));
  const curve = (c: readonly number[]) => path(c.map((v, i) => ({ e: i + 1, v }))) ?? '';
  const order = [...bracket.trials].sort((a, b) => a.rung - b.rung);

  return (
    <svg
      className="bo-plot hb-curves"
      role="img"
      aria-label={t.hbCurves}
      width={width}
      height={height}
      fontSize={em}
    >
      <title>{t.hbCurves}</title>
      <g transform={`translate(${margin.left},${0.9 * em})`}>
        <Legend slots={legend.slots} em={em} />
      </g>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <GridLines xTicks={xTicks} yTicks={yTicks} x={x} y={y} width={innerW} height={innerH} />
        {order.map((tr) => {
          const cls =
            tr.id === bracket.winner.id
              ? 'is-winner'
              : tr.rung === lastRung
                ? 'is-survivor'
                : 'is-stopped';
          if (tr.curve.length === 1) {
            return (
              <circle
                key={tr.id}
                className={`hb-dot ${cls}`}
                cx={ex(1)}
                cy={y(tr.curve[0] as number)}
                r={0.18 * em}
              />
            );
          }
          return <path key={tr.id} className={`hb-curve ${cls}`} d={curve(tr.curve)} />;
        })}
        {missed && (
          <g>
            <path className="hb-curve is-missed-past" d={curve(bracket.trueBest.curve)} />
            <path className="hb-curve is-missed" d={path(future) ?? ''} />
          </g>
        )}
        <path className="hb-curve is-winner" d={curve(bracket.winner.curve)} />
        <g transform={`translate(0,${innerH})`}>
          <XAxis ticks={xTicks} position={x} range={[0, innerW]} tickSize={0.4 * em} />
          <text className="axis-label is-words" x={innerW / 2} y={2.7 * em} textAnchor="middle">
            {t.hbEpochAxis}
          </text>
        </g>
        <YAxis ticks={yTicks} position={y} range={[innerH, 0]} tickSize={0.4 * em} />
        <text
          className="axis-label is-words"
          transform={`translate(${-3.5 * em},${innerH / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t.hbLossAxis}
        </text>
      </g>
    </svg>
  );
}
