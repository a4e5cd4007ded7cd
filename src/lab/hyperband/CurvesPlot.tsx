import { line } from 'd3';
import { useMessages } from '../../i18n/locale.ts';
import type { LegendItem } from '../../plots/marks.tsx';
import { legendFrame, PlotFrame } from '../../plots/PlotFrame.tsx';
import {
  finiteExtent,
  linearScale,
  linearTicks,
  padExtent,
  tickCountFor,
} from '../../plots/scales.ts';
import type { HbBracketRun, HbTrial } from './book.ts';
import { wordsAxis } from '../../plots/wordsAxis.ts';

/** The model that would truly have won but was stopped early, and its noise-free future. */
export interface MissedWinner {
  readonly trial: HbTrial;
  readonly future: readonly { readonly e: number; readonly v: number }[];
}

/**
 * A bracket's learning curves on a log epoch axis: every model's observed loss up to where its rung
 * stopped it; the winner bold; a diverged model's curve ends in a cross; the model that would truly
 * have won, if it was stopped (known for the synthetic curves only), with its future dashed, which
 * is what early stopping could not see. Each curve carries its trial and rung (data-trial,
 * data-rung) so tests can count the models of every rung.
 */
export function CurvesPlot(props: {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly bracket: HbBracketRun;
  readonly rungEpochs: readonly number[];
  readonly maxEpochs: number;
  readonly missed?: MissedWinner | null;
  /** The validation loss of the model training right now in this bracket, epoch by epoch. */
  readonly live?: readonly number[] | null;
}) {
  const { width, height, fontSize: em, bracket, rungEpochs, maxEpochs } = props;
  const t = useMessages();
  const missed = props.missed ?? null;
  const live = props.live ?? null;
  const winner = bracket.winner;
  const diverged = bracket.trials.some((tr) => tr.diverged);
  const items: LegendItem[] = [
    { key: 'stopped', label: t.hbLegendStopped, swatch: 'line', className: 'hb-curve is-stopped' },
    {
      key: 'survivor',
      label: t.hbLegendSurvivor,
      swatch: 'line',
      className: 'hb-curve is-survivor',
    },
    { key: 'winner', label: t.hbLegendWinner, swatch: 'line', className: 'hb-curve is-winner' },
    ...(diverged
      ? [
          {
            key: 'diverged',
            label: t.hbNetLegendDiverged,
            swatch: 'line' as const,
            className: 'hb-curve is-diverged',
          },
        ]
      : []),
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
    ...(live
      ? [
          {
            key: 'live',
            label: t.hbNetLegendLive,
            swatch: 'dashed' as const,
            className: 'hb-curve is-live',
          },
        ]
      : []),
  ];
  const { frame, legend } = legendFrame(width, height, em, items, {
    legendInset: 5.5,
    legendGap: 0.8,
    right: 1.2,
    bottom: 3.1,
    left: 4.4,
  });
  const { box } = frame;
  const { width: innerW, height: innerH } = box;
  // Epochs on a log axis: the rungs (1, 3, 9, 27...) are then evenly spaced.
  const x = linearScale([0, Math.log10(maxEpochs)], [0, innerW]);
  const ex = (e: number) => x(Math.log10(e));
  const lastRung = rungEpochs.length - 1;
  const future = missed?.future ?? [];
  const extent = finiteExtent([
    ...bracket.trials.map((tr) => tr.curve),
    future.map((p) => p.v),
    live ?? [],
  ]);
  const yCount = tickCountFor(innerH, 2.6 * em, 2, 7);
  const y = linearScale(padExtent(extent, 0.04, 0.04), [innerH, 0]).nice(yCount);
  const xTicks = rungEpochs.map((e) => ({ value: Math.log10(e), label: String(e) }));
  const yTicks = linearTicks(y, yCount);
  const path = line<{ e: number; v: number }>()
    .defined((p) => Number.isFinite(p.v))
    .x((p) => ex(p.e))
    .y((p) => y(p.v));
  const curve = (c: readonly number[]) => path(c.map((v, i) => ({ e: i + 1, v }))) ?? '';
  const order = [...bracket.trials].sort((a, b) => a.rung - b.rung);

  return (
    <PlotFrame
      className="bo-plot hb-curves"
      ariaLabel={t.hbCurves}
      {...frame}
      legend={legend}
      grid="xy"
      x={wordsAxis(xTicks, x, t.hbEpochAxis, 2.7 * em)}
      y={wordsAxis(yTicks, y, t.hbLossAxis)}
    >
      {order.map((tr) => {
        const cls = tr.diverged
          ? 'is-diverged'
          : tr.id === winner?.id
            ? 'is-winner'
            : tr.rung === lastRung
              ? 'is-survivor'
              : 'is-stopped';
        const data = { 'data-trial': tr.id, 'data-rung': tr.rung };
        const end = tr.curve.length;
        return (
          <g key={tr.id} className="hb-trial" {...data}>
            {end === 1 && (
              <circle
                className={`hb-dot ${cls}`}
                cx={ex(1)}
                cy={y(tr.curve[0] as number)}
                r={0.18 * em}
              />
            )}
            {end > 1 && <path className={`hb-curve ${cls}`} d={curve(tr.curve)} />}
            {tr.diverged && end > 0 && (
              <path
                className="hb-cross"
                transform={`translate(${ex(end)},${y(tr.curve[end - 1] as number)})`}
                d={cross(0.32 * em)}
              />
            )}
          </g>
        );
      })}
      {missed && (
        <g>
          <path className="hb-curve is-missed-past" d={curve(missed.trial.curve)} />
          <path className="hb-curve is-missed" d={path([...future]) ?? ''} />
        </g>
      )}
      {live && live.length > 0 && (
        <g className="hb-live" data-live={live.length}>
          {live.length > 1 && <path className="hb-curve is-live" d={curve(live)} />}
          {Number.isFinite(live.at(-1)) && (
            <circle
              className="hb-dot is-live"
              cx={ex(live.length)}
              cy={y(live.at(-1) as number)}
              r={0.22 * em}
            />
          )}
        </g>
      )}
      {winner && winner.curve.length > 1 && (
        <path className="hb-curve is-winner" d={curve(winner.curve)} />
      )}
    </PlotFrame>
  );
}

/** An x of half-size r centred on the origin. */
function cross(r: number): string {
  return `M${-r},${-r}L${r},${r}M${-r},${r}L${r},${-r}`;
}
