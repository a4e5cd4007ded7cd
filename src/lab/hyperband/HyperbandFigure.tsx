import '../strategies.css';
import { useMemo, useState } from 'react';
import { SelectField } from '../../components/SelectField.tsx';
import { Sized } from '../../components/Sized.tsx';
import { Slider } from '../../components/Slider.tsx';
import { useMessages } from '../../i18n/locale.ts';
import { fillTemplate, formatNumber } from '../../plots/format.ts';
import { Controls, FigureHead, SeedControl, Stat, Stats } from '../parts.tsx';
import { CurvesPlot } from './CurvesPlot.tsx';
import { HyperbandDiagram } from './HyperbandDiagram.tsx';
import { randomSearchSameBudget, simulateHyperband } from './simulate.ts';

const MAX_EPOCHS = ['9', '27', '81', '243'] as const;
const FACTORS = ['2', '3', '4', '5'] as const;

/**
 * Figure 6: Keras Tuner's Hyperband on synthetic learning curves (the trained-network objective is
 * another section's; these curves are cheap, seeded and have a known truth to compare against).
 */
export default function HyperbandFigure() {
  const t = useMessages();
  const [maxEpochs, setMaxEpochs] = useState(27);
  const [factor, setFactor] = useState(3);
  const [noise, setNoise] = useState(0.04);
  const [seed, setSeed] = useState(1);
  const [picked, setPicked] = useState<number | null>(null);

  const run = useMemo(
    () => simulateHyperband(maxEpochs, factor, noise, seed),
    [maxEpochs, factor, noise, seed],
  );
  const random = useMemo(
    () => randomSearchSameBudget(maxEpochs, run.totalEpochs, noise, seed),
    [maxEpochs, run.totalEpochs, noise, seed],
  );
  // The picked bracket if this schedule has it, else the most aggressive one.
  const shown =
    run.brackets.find((b) => b.index === picked) ??
    (run.brackets[0] as (typeof run.brackets)[number]);
  const shownSchedule = run.schedule.brackets.find((b) => b.index === shown.index);
  const errs = run.brackets.reduce((s, b) => s + b.wronglyStopped, 0);
  const bestLoss = run.best.curve.at(-1) as number;

  return (
    <article className="lab-fig hb-fig">
      <FigureHead title={t.labFigHyperband} lede={t.hbLede} />
      <Controls>
        <SelectField
          label={t.hbMaxEpochs}
          value={String(maxEpochs) as (typeof MAX_EPOCHS)[number]}
          options={MAX_EPOCHS.map((v) => ({ value: v, label: v }))}
          onChange={(v) => setMaxEpochs(Number(v))}
        />
        <SelectField
          label={t.hbFactor}
          value={String(factor) as (typeof FACTORS)[number]}
          options={FACTORS.map((v) => ({ value: v, label: v }))}
          onChange={(v) => setFactor(Number(v))}
        />
        <Slider
          label={t.hbNoise}
          value={noise}
          min={0}
          max={0.15}
          step={0.01}
          onChange={setNoise}
          digits={2}
        />
        <SelectField
          label={t.hbBracket}
          value={String(shown.index)}
          options={run.schedule.brackets.map((b) => ({
            value: String(b.index),
            label: fillTemplate(t.hbBracketOption, {
              s: b.index,
              n: b.rungs[0]?.trials ?? 0,
              r: b.rungs[0]?.epochs ?? 0,
            }),
          }))}
          onChange={(v) => setPicked(Number(v))}
        />
        <SeedControl seed={seed} onChange={setSeed} />
      </Controls>
      <div className="hb-layout">
        <section className="lab-card" aria-labelledby="hb-diagram-title">
          <h3 id="hb-diagram-title" className="lab-card-title">
            {t.hbDiagramTitle}
          </h3>
          <div style={{ height: `${run.brackets.length * 2.4}em` }}>
            <Sized className="hb-diagram-box">
              {({ width, fontSize }) => (
                <HyperbandDiagram
                  width={width}
                  fontSize={fontSize}
                  schedule={run.schedule}
                  selected={shown.index}
                  onSelect={setPicked}
                />
              )}
            </Sized>
          </div>
          <Stats>
            <Stat
              label={t.hbBrackets}
              value={String(run.brackets.length)}
              testId="hb-brackets"
              emphasis
            />
            <Stat label={t.hbModels} value={String(run.totalModels)} testId="hb-models" />
            <Stat label={t.hbEpochs} value={String(run.totalEpochs)} testId="hb-epochs" />
          </Stats>
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
        </section>
        <figure className="lab-card">
          <figcaption className="lab-card-title">
            {fillTemplate(t.hbCurvesTitle, { s: shown.index })}
          </figcaption>
          <Sized className="strat-plot-box is-square">
            {({ width, height, fontSize }) => (
              <CurvesPlot
                width={width}
                height={height}
                fontSize={fontSize}
                bracket={shown}
                rungEpochs={shownSchedule?.rungs.map((r) => r.epochs) ?? []}
                maxEpochs={maxEpochs}
              />
            )}
          </Sized>
        </figure>
      </div>
    </article>
  );
}
