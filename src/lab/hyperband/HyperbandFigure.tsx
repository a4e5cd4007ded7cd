import '../strategies.css';
import { useMemo } from 'react';
import { int, num, oneOf, seedField, type ValuesOf } from '../labLink.ts';
import { LinkResetNotice, useLabLink } from '../useLabLink.tsx';
import { SelectField, type Option } from '../../widgets/SelectField.tsx';
import { Sized } from '../../widgets/Sized.tsx';
import { Slider } from '../../widgets/Slider.tsx';
import { useMessages } from '../../i18n/locale.ts';
import { describeHyperband } from '../../plots/describeLab.ts';
import type { DatasetId } from '../../nn/data/catalog.ts';
import { fillTemplate, formatNumber } from '../../plots/format.ts';
import { Card, FigureCard, Controls, FigureHead, SeedControl, Stat, Stats } from '../parts.tsx';
import type { HbRun } from './book.ts';
import { trueLoss } from './curves.ts';
import { CurvesPlot, type MissedWinner } from './CurvesPlot.tsx';
import { HyperbandDiagram } from './HyperbandDiagram.tsx';
import { HbTotals, NetResults } from './NetResults.tsx';
import { NetRunBar } from './NetRunBar.tsx';
import { bracketEpochs, hyperbandSchedule } from './schedule.ts';
import { randomSearchSameBudget, simulateHyperband, type SimRun } from './simulate.ts';
import { useNetworkHyperband, type NetParams } from './useNetworkHyperband.ts';

type Source = 'synthetic' | 'network';
const MAX_EPOCHS = ['9', '27', '81', '243'] as const;
/** A network run retrains survivors from scratch: 81 on digits is already minutes. */
const NET_MAX_EPOCHS = ['3', '9', '27', '81'] as const;
const FACTORS = ['2', '3', '4', '5'] as const;
const NET_DATASETS = [
  ['digits', 'hbNetDsDigits'],
  ['moons', 'netDsMoons'],
  ['spirals', 'netDsSpirals'],
  ['circles', 'netDsCircles'],
] as const;

/** Whole-number options of a select, as the link reads them. */
const wholeOf = (options: readonly string[], def: number) =>
  int(1, 1000, def, (v) => options.includes(String(v)));

/** The figure's controls as its link carries them (labLink.ts), the bracket shown too. */
const HB_LINK = {
  source: oneOf<Source>(['synthetic', 'network'], 'synthetic'),
  maxEpochs: wholeOf(MAX_EPOCHS, 27),
  netMaxEpochs: wholeOf(NET_MAX_EPOCHS, 9),
  factor: wholeOf(FACTORS, 3),
  noise: num(0, 0.15, 0.04),
  seed: seedField(),
  dataset: oneOf<DatasetId>(
    NET_DATASETS.map(([id]) => id),
    'digits',
  ),
  // The bracket the user picked; -1: none (the one training, else the most aggressive).
  picked: int(-1, 100, -1),
};
type Settings = ValuesOf<typeof HB_LINK>;

/**
 * Figure 6: Keras Tuner's Hyperband, on synthetic learning curves (instant, seeded, with a known
 * truth to compare against) or on a real network trained in the page (network mode, on Run).
 */
export default function HyperbandFigure() {
  const t = useMessages();
  const link = useLabLink('hyperband', HB_LINK);
  const s = link.values;
  const picked = s.picked < 0 ? null : s.picked;
  // Looking at another bracket changes no computation: the run is kept.
  const setPicked = (index: number) => link.set({ picked: index });
  const net = useNetworkHyperband();
  const network = s.source === 'network';
  const maxEpochs = network ? s.netMaxEpochs : s.maxEpochs;

  // Any control but the bracket shown changes what a network run computes: stop it, forget it.
  const set = (patch: Partial<Settings>) => {
    link.set(patch);
    net.reset();
  };
  const params: NetParams = { dataset: s.dataset, maxEpochs, factor: s.factor, seed: s.seed };

  const sim = useMemo(
    () => (network ? null : simulateHyperband(maxEpochs, s.factor, s.noise, s.seed)),
    [network, maxEpochs, s.factor, s.noise, s.seed],
  );
  const schedule = useMemo(() => hyperbandSchedule(maxEpochs, s.factor), [maxEpochs, s.factor]);
  const run: HbRun | SimRun | null = sim ?? net.state.run;
  const running = net.state.status === 'running' || net.state.status === 'loading';
  // The picked bracket; else the one training now; else the most aggressive one.
  const shownIndex =
    schedule.brackets.find((b) => b.index === picked)?.index ??
    (running ? net.state.current?.bracket : undefined) ??
    (schedule.brackets[0]?.index as number);
  const shown = run?.brackets.find((b) => b.index === shownIndex) ?? null;
  const shownSchedule = schedule.brackets.find((b) => b.index === shownIndex);
  // The curve of the model training now, when it belongs to the bracket shown.
  const current = running ? net.state.current : null;
  const live = current && current.bracket === shownIndex ? current.curve : null;

  return (
    <article className="lab-fig hb-fig">
      <FigureHead title={t.labFigHyperband} lede={network ? t.hbNetLede : t.hbLede} />
      <LinkResetNotice reset={link.reset} />
      <Controls>
        <SelectField<Source>
          label={t.hbSourceLabel}
          value={s.source}
          options={[
            { value: 'synthetic', label: t.hbSourceSynthetic },
            { value: 'network', label: t.hbSourceNetwork },
          ]}
          onChange={(source) => set({ source })}
        />
        {network && (
          <SelectField<DatasetId>
            label={t.netDatasetLabel}
            value={s.dataset}
            options={NET_DATASETS.map(([value, key]): Option<DatasetId> => ({
              value,
              label: t[key],
            }))}
            onChange={(dataset) => set({ dataset })}
          />
        )}
        <SelectField
          label={t.hbMaxEpochs}
          value={String(maxEpochs)}
          options={(network ? NET_MAX_EPOCHS : MAX_EPOCHS).map((v) => ({ value: v, label: v }))}
          onChange={(v) => set(network ? { netMaxEpochs: Number(v) } : { maxEpochs: Number(v) })}
        />
        <SelectField
          label={t.hbFactor}
          value={String(s.factor) as (typeof FACTORS)[number]}
          options={FACTORS.map((v) => ({ value: v, label: v }))}
          onChange={(v) => set({ factor: Number(v) })}
        />
        {!network && (
          <Slider
            label={t.hbNoise}
            value={s.noise}
            min={0}
            max={0.15}
            step={0.01}
            onChange={(noise) => set({ noise })}
            digits={2}
          />
        )}
        <SelectField
          label={t.hbBracket}
          value={String(shownIndex)}
          options={schedule.brackets.map((b) => ({
            value: String(b.index),
            label: fillTemplate(t.hbBracketOption, {
              s: b.index,
              n: b.rungs[0]?.trials ?? 0,
              r: b.rungs[0]?.epochs ?? 0,
            }),
          }))}
          onChange={(v) => setPicked(Number(v))}
        />
        <SeedControl seed={s.seed} onChange={(seed) => set({ seed })} />
      </Controls>
      {network && (
        <NetRunBar
          state={net.state}
          onRun={() => net.start(params)}
          onCancel={net.cancel}
          idleText={fillTemplate(t.hbNetIdle, {
            total: schedule.brackets.reduce((n, b) => n + (b.rungs[0]?.trials ?? 0), 0),
            epochs: schedule.brackets.reduce((n, b) => n + bracketEpochs(b), 0),
          })}
        />
      )}
      <div className="hb-layout">
        <Card id="hb-diagram-title" title={t.hbDiagramTitle}>
          <div style={{ height: `${schedule.brackets.length * 2.4}em` }}>
            <Sized className="hb-diagram-box">
              {({ width, fontSize }) => (
                <HyperbandDiagram
                  width={width}
                  fontSize={fontSize}
                  schedule={schedule}
                  selected={shownIndex}
                  onSelect={setPicked}
                  description={describeHyperband(
                    {
                      maxEpochs: schedule.maxEpochs,
                      factor: schedule.factor,
                      brackets: schedule.brackets.length,
                      rungs: schedule.brackets[shownIndex]?.rungs ?? [],
                    },
                    t,
                  )}
                  active={
                    running && net.state.current
                      ? { bracket: net.state.current.bracket, rung: net.state.current.rung }
                      : null
                  }
                />
              )}
            </Sized>
          </div>
          {sim ? (
            <SyntheticResults sim={sim} maxEpochs={maxEpochs} noise={s.noise} seed={s.seed} />
          ) : (
            <NetResults state={net.state} schedule={schedule} />
          )}
        </Card>
        <FigureCard title={fillTemplate(t.hbCurvesTitle, { s: shownIndex })}>
          <Sized className="strat-plot-box is-square">
            {(size) =>
              shown && (live !== null || shown.trials.some((tr) => tr.curve.length > 0)) ? (
                <CurvesPlot
                  {...size}
                  bracket={shown}
                  rungEpochs={shownSchedule?.rungs.map((r) => r.epochs) ?? []}
                  maxEpochs={maxEpochs}
                  missed={sim ? missedWinner(shown as SimRun['brackets'][number], maxEpochs) : null}
                  live={live}
                />
              ) : (
                <p className="hb-empty-plot" data-testid="hb-empty-plot">
                  {fillTemplate(t.hbNetEmptyPlot, { s: shownIndex })}
                </p>
              )
            }
          </Sized>
        </FigureCard>
      </div>
    </article>
  );
}

/** The bracket's true best, if early stopping threw it away, with its noise-free future. */
function missedWinner(b: SimRun['brackets'][number], maxEpochs: number): MissedWinner | null {
  if (b.trueBest.id === b.winner.id || b.trueBest.epochs >= maxEpochs) return null;
  const from = b.trueBest.epochs;
  return {
    trial: b.trueBest,
    future: Array.from({ length: maxEpochs - from + 1 }, (_, k) => ({
      e: from + k,
      v: trueLoss(b.trueBest.config, from + k),
    })),
  };
}

/** The synthetic mode's numbers: the run's totals, and what the known truth says about it. */
function SyntheticResults(props: {
  readonly sim: SimRun;
  readonly maxEpochs: number;
  readonly noise: number;
  readonly seed: number;
}) {
  const { sim, maxEpochs, noise, seed } = props;
  const t = useMessages();
  const random = useMemo(
    () => randomSearchSameBudget(maxEpochs, sim.totalEpochs, noise, seed),
    [maxEpochs, sim.totalEpochs, noise, seed],
  );
  const errs = sim.brackets.reduce((n, b) => n + b.wronglyStopped, 0);
  const bestLoss = sim.best.curve.at(-1) as number;
  return (
    <>
      <HbTotals
        brackets={sim.brackets.length}
        models={String(sim.totalModels)}
        epochs={String(sim.totalEpochs)}
      />
      <Stats>
        <Stat label={t.hbBest} value={formatNumber(bestLoss, 4)} testId="hb-best" emphasis />
        <Stat label={t.hbErrs} value={String(errs)} testId="hb-errs" />
      </Stats>
      <p className="lab-note" data-testid="hb-random">
        {fillTemplate(t.hbRandomSame, {
          n: random.models,
          best: formatNumber(random.bestObserved, 4),
        })}
      </p>
      <p className="lab-note">{t.hbSource}</p>
    </>
  );
}
