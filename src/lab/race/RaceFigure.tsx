import '../../widgets/dataTable.css';
import '../strategies.css';
import { useEffect, useMemo } from 'react';
import { int, oneOf } from '../labLink.ts';
import { LinkResetNotice, useLabLink } from '../useLabLink.tsx';
import { TableHead } from '../../widgets/TableHead.tsx';
import { Slider } from '../../widgets/Slider.tsx';
import { useMessages } from '../../i18n/locale.ts';
import type { Messages } from '../../i18n/messages.ts';
import { getObjective } from '../../objectives/registry.ts';
import type { Objective } from '../../objectives/types.ts';
import { fillTemplate, formatNumber } from '../../plots/format.ts';
import { Card, Controls, FigureHead, ObjectiveSelect } from '../parts.tsx';
import { BandFigure, formatRegret, stepSeries, type BandSeries } from '../sim/BandPlot.tsx';
import { RunBar } from '../sim/RunBar.tsx';
import type { RaceStrategy } from '../sim/tasks.ts';
import { useSimRun } from '../sim/useSimRun.ts';
import { raceBestFitFrom } from './bestPlot.ts';
import {
  RACE_OBJECTIVES,
  raceTasks,
  summarizeRace,
  type StrategySummary,
  RACE_DEFAULTS,
} from './race.ts';

export function strategyLabel(t: Messages, s: RaceStrategy): string {
  return {
    bo: t.raceStrategyBo,
    random: t.raceStrategyRandom,
    grid: t.raceStrategyGrid,
    coarse: t.raceStrategyCoarse,
  }[s];
}

export function raceSeries(
  t: Messages,
  summary: readonly StrategySummary[],
  pick: 'best' | 'regret',
): BandSeries[] {
  return summary
    .filter((s) => s.runs > 0)
    .map((s) =>
      stepSeries(
        { key: s.strategy, label: strategyLabel(t, s.strategy), className: `s-${s.strategy}` },
        s[pick],
      ),
    );
}

/** The figure's controls as its link carries them (labLink.ts). */
const RACE_LINK = {
  objective: oneOf<string>(RACE_OBJECTIVES, RACE_DEFAULTS.objective),
  budget: int(6, 60, RACE_DEFAULTS.budget),
  seeds: int(2, 40, RACE_DEFAULTS.seeds),
};

/** Figure 5: BO against random, grid and coarse-to-fine over many seeds, in Web Workers. */
export default function RaceFigure() {
  const t = useMessages();
  const link = useLabLink('race', RACE_LINK);
  const { objective: objectiveId, budget, seeds } = link.values;
  const setObjectiveId = (v: string) => link.set({ objective: v });
  const setBudget = (v: number) => link.set({ budget: v });
  const setSeeds = (v: number) => link.set({ seeds: v });
  const { state, run, cancel } = useSimRun();
  const obj = getObjective(objectiveId) as Objective;

  const start = () => run(raceTasks(objectiveId, budget, seeds));
  // The race runs once on arrival, so the figure is never empty; afterwards, only on Run.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => start(), []);

  const ran = state.tasks[0];
  const ranObjective = ran && ran.kind === 'race' ? (getObjective(ran.objective) ?? obj) : obj;
  const stale =
    ran?.kind === 'race' &&
    (ran.objective !== objectiveId || ran.budget !== budget || state.tasks.length !== seeds * 4);
  const summary = useMemo(
    () => summarizeRace(ranObjective, state.tasks, state.results),
    [ranObjective, state.tasks, state.results],
  );
  const optimum = ranObjective.optimum?.value;
  const ranBudget = ran?.kind === 'race' ? ran.budget : budget;
  const fitFrom = raceBestFitFrom(ranBudget);

  return (
    <article className="lab-fig race-fig">
      <FigureHead title={t.labFigRace} lede={t.raceLede} />
      <LinkResetNotice reset={link.reset} />
      <Controls>
        <ObjectiveSelect ids={RACE_OBJECTIVES} value={objectiveId} onChange={setObjectiveId} />
        <Slider
          label={t.raceBudget}
          value={budget}
          min={6}
          max={60}
          step={2}
          onChange={setBudget}
        />
        <Slider label={t.raceSeeds} value={seeds} min={2} max={40} step={1} onChange={setSeeds} />
        <RunBar state={state} onRun={start} onCancel={cancel} testId="race-status" />
      </Controls>
      {stale && state.status !== 'running' && <p className="lab-note">{t.raceStale}</p>}
      <div className="strat-pair">
        <BandFigure
          title={t.raceBestPlot}
          series={raceSeries(t, summary, 'best')}
          xLabel={t.raceEvaluation}
          yLabel={ranObjective.goal === 'minimize' ? t.raceBestAxisMin : t.raceBestAxisMax}
          fitFrom={fitFrom}
          note={fillTemplate(t.raceBestFitNote, { from: String(fitFrom) })}
          reference={
            optimum === undefined
              ? undefined
              : {
                  value: optimum,
                  label: fillTemplate(t.raceOptimum, { value: formatNumber(optimum, 4) }),
                }
          }
        />
        <BandFigure
          title={t.raceRegretPlot}
          series={raceSeries(t, summary, 'regret')}
          xLabel={t.raceEvaluation}
          yLabel={t.raceRegretAxis}
          log
          floor={1e-10}
        />
      </div>
      <Card id="race-final-title" title={t.raceFinalTitle}>
        <table className="strat-table data-table numeric" aria-labelledby="race-final-title">
          <TableHead
            labels={[
              t.raceColStrategy,
              t.raceSeeds,
              t.raceColMedianRegret,
              t.raceColIqr,
              t.raceColMedianBest,
            ]}
          />
          <tbody>
            {summary.map((s) => {
              const last = s.regret.median.length - 1;
              return (
                <tr key={s.strategy}>
                  <th scope="row">
                    <span className={`strat-key s-${s.strategy}`} aria-hidden="true" />
                    {strategyLabel(t, s.strategy)}
                  </th>
                  <td data-testid={`race-runs-${s.strategy}`}>{s.runs}</td>
                  <td data-testid={`race-regret-${s.strategy}`}>
                    {formatRegret(s.regret.median[last] ?? NaN)}
                  </td>
                  <td>
                    {s.runs > 0
                      ? `${formatRegret(s.regret.q25[last] ?? NaN)} – ${formatRegret(s.regret.q75[last] ?? NaN)}`
                      : '—'}
                  </td>
                  <td>{s.runs > 0 ? formatNumber(s.best.median[last] ?? NaN, 4) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="lab-note">{state.status === 'idle' ? t.raceNotRun : t.raceCostNote}</p>
      </Card>
    </article>
  );
}
