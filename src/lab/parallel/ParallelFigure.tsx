import '../../widgets/dataTable.css';
import '../strategies.css';
import { useEffect, useMemo } from 'react';
import { int, oneOf } from '../labLink.ts';
import { LinkResetNotice, useLabLink } from '../useLabLink.tsx';
import { SelectField } from '../../widgets/SelectField.tsx';
import { TableHead } from '../../widgets/TableHead.tsx';
import { Sized } from '../../widgets/Sized.tsx';
import { Slider } from '../../widgets/Slider.tsx';
import { useMessages } from '../../i18n/locale.ts';
import type { Messages } from '../../i18n/messages.ts';
import { getObjective } from '../../objectives/registry.ts';
import type { Objective } from '../../objectives/types.ts';
import { fillTemplate } from '../../plots/format.ts';
import { Card, FigureCard, Controls, FigureHead, ObjectiveSelect } from '../parts.tsx';
import type { BatchMode } from '../sim/batch.ts';
import { BandFigure, formatRegret, stepSeries, type BandSeries } from '../sim/BandPlot.tsx';
import { RunBar } from '../sim/RunBar.tsx';
import { useSimRun } from '../sim/useSimRun.ts';
import { BoxMap } from '../coarse/BoxMap.tsx';
import type { LegendItem } from '../../plots/marks.tsx';
import { BatchPlot1D } from './BatchPlot1D.tsx';
import {
  BATCH_MODES,
  countDistinct,
  parallelTasks,
  roundPoints,
  summarizeParallel,
  type ModeSummary,
} from './parallel.ts';

const OBJECTIVES = ['bayes-opt-1d', 'forrester', 'branin', 'six-hump-camel'] as const;

function modeLabel(t: Messages, m: BatchMode): string {
  return { sequential: t.parModeSequential, thompson: t.parModeThompson, liar: t.parModeLiar }[m];
}

const modeClass = (m: BatchMode) => (m === 'sequential' ? 's-bo' : `s-${m}`);

function series(
  t: Messages,
  summary: readonly ModeSummary[],
  by: 'round' | 'evaluation',
): BandSeries[] {
  return summary
    .filter((s) => s.runs > 0)
    .map((s) =>
      stepSeries(
        { key: s.mode, label: modeLabel(t, s.mode), className: modeClass(s.mode) },
        by === 'round' ? s.byRound : s.byEvaluation,
      ),
    );
}

/** The figure's controls as its link carries them (labLink.ts). */
const PARALLEL_LINK = {
  objective: oneOf<string>(OBJECTIVES, 'bayes-opt-1d'),
  size: int(2, 8, 4),
  rounds: int(2, 20, 8),
  seeds: int(1, 20, 5),
  mode: oneOf<BatchMode>(['sequential', 'thompson', 'liar'], 'thompson'),
  round: int(1, 20, 2),
};

/** Figure 7: one model at a time against a parallel batch per round ("panda vs caviar"). */
export default function ParallelFigure() {
  const t = useMessages();
  const link = useLabLink('parallel', PARALLEL_LINK);
  const {
    objective: objectiveId,
    size,
    rounds,
    seeds,
    mode: shownMode,
    round: shownRound,
  } = link.values;
  const setObjectiveId = (v: string) => link.set({ objective: v });
  const setSize = (v: number) => link.set({ size: v });
  const setRounds = (v: number) => link.set({ rounds: v });
  const setSeeds = (v: number) => link.set({ seeds: v });
  const setShownMode = (v: BatchMode) => link.set({ mode: v });
  const setShownRound = (v: number) => link.set({ round: v });
  const { state, run, cancel } = useSimRun();
  const start = () => run(parallelTasks(objectiveId, size, rounds, seeds));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => start(), []);

  const ran = state.tasks[0];
  const ranObjective = useMemo(
    () => getObjective(ran?.objective ?? objectiveId) as Objective,
    [ran, objectiveId],
  );
  const ranRounds = ran?.kind === 'batch' ? ran.rounds : rounds;
  const stale =
    ran?.kind === 'batch' &&
    (ran.objective !== objectiveId ||
      ran.size !== size ||
      ran.rounds !== rounds ||
      state.tasks.length !== seeds * 3);
  const summary = useMemo(
    () => summarizeParallel(ranObjective, state.tasks, state.results),
    [ranObjective, state.tasks, state.results],
  );
  const round = Math.min(shownRound, Math.max(1, ranRounds));
  const picture = roundPoints(state.tasks, state.results, shownMode, 0, round);
  const pictureLegend: LegendItem[] = [
    { key: 'earlier', label: t.parLegendEarlier, swatch: 'hollow', className: 'batch-earlier' },
    { key: 'batch', label: t.parLegendBatch, swatch: 'diamond', className: 'batch-point' },
  ];
  const mapLegend: LegendItem[] = [
    { key: 'earlier', label: t.parLegendEarlier, swatch: 'hollow', className: 'map-pt is-init' },
    { key: 'batch', label: t.parLegendBatch, swatch: 'diamond', className: 'map-pt is-bo' },
  ];

  return (
    <article className="lab-fig par-fig">
      <FigureHead title={t.labFigParallel} lede={t.parLede} />
      <LinkResetNotice reset={link.reset} />
      <Controls>
        <ObjectiveSelect ids={OBJECTIVES} value={objectiveId} onChange={setObjectiveId} />
        <Slider label={t.parBatch} value={size} min={2} max={8} step={1} onChange={setSize} />
        <Slider label={t.parRounds} value={rounds} min={2} max={20} step={1} onChange={setRounds} />
        <Slider label={t.raceSeeds} value={seeds} min={1} max={20} step={1} onChange={setSeeds} />
        <RunBar state={state} onRun={start} onCancel={cancel} testId="par-status" />
      </Controls>
      {stale && state.status !== 'running' && <p className="lab-note">{t.raceStale}</p>}
      <div className="strat-pair">
        {(
          [
            ['round', t.parRoundsPlot, t.parRoundAxis],
            ['evaluation', t.parEvalsPlot, t.raceEvaluation],
          ] as const
        ).map(([by, title, xLabel]) => (
          <BandFigure
            key={by}
            title={title}
            series={series(t, summary, by)}
            xLabel={xLabel}
            yLabel={t.raceRegretAxis}
            log
            floor={1e-10}
          />
        ))}
      </div>
      <div className="strat-pair">
        <Card id="par-final-title" title={fillTemplate(t.parFinalTitle, { rounds: ranRounds })}>
          <table className="strat-table data-table numeric" aria-labelledby="par-final-title">
            <TableHead
              labels={[t.raceColStrategy, t.raceSeeds, t.parColEvaluations, t.parColMedianRegret]}
            />
            <tbody>
              {summary.map((s) => (
                <tr key={s.mode}>
                  <th scope="row">
                    <span className={`strat-key ${modeClass(s.mode)}`} aria-hidden="true" />
                    {modeLabel(t, s.mode)}
                  </th>
                  <td>{s.runs}</td>
                  <td data-testid={`par-evals-${s.mode}`}>{s.runs > 0 ? s.evaluations : '—'}</td>
                  <td data-testid={`par-regret-${s.mode}`}>
                    {formatRegret(s.byRound.median.at(-1) ?? NaN)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <FigureCard
          title={fillTemplate(t.parBatchTitle, { round: round, mode: modeLabel(t, shownMode) })}
        >
          <div className="par-picture-controls">
            <SelectField
              label={t.parShownMode}
              value={shownMode}
              options={BATCH_MODES.map((m) => ({ value: m, label: modeLabel(t, m) }))}
              onChange={setShownMode}
            />
            <Slider
              label={t.parShownRound}
              value={round}
              min={1}
              max={Math.max(1, ranRounds)}
              step={1}
              onChange={setShownRound}
            />
          </div>
          <div className={modeClass(shownMode)}>
            <Sized className="strat-plot-box">
              {(size) =>
                ranObjective.dims.length === 1 ? (
                  <BatchPlot1D
                    {...size}
                    objective={ranObjective}
                    earlier={picture.earlier.map((p) => p[0] as number)}
                    batch={picture.batch.map((p) => p[0] as number)}
                    legend={pictureLegend}
                    ariaLabel={t.parBatchPlot}
                  />
                ) : (
                  <BoxMap
                    {...size}
                    objective={ranObjective}
                    points={[
                      ...picture.earlier.map((p) => ({
                        x: p[0] as number,
                        y: p[1] as number,
                        kind: 'init' as const,
                      })),
                      ...picture.batch.map((p) => ({
                        x: p[0] as number,
                        y: p[1] as number,
                        kind: 'bo' as const,
                      })),
                    ]}
                    best={-1}
                    box={null}
                    legend={mapLegend}
                    ariaLabel={t.parBatchPlot}
                  />
                )
              }
            </Sized>
          </div>
          <p className="lab-note" data-testid="par-distinct">
            {fillTemplate(t.parDistinct, {
              n: countDistinct(ranObjective, picture.batch),
              k: picture.batch.length,
            })}
          </p>
        </FigureCard>
      </div>
    </article>
  );
}
