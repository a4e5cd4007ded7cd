import { useMemo } from 'react';
import { int, num, seedField } from '../labLink.ts';
import { LinkResetNotice, useLabLink } from '../useLabLink.tsx';
import { Sized } from '../../widgets/Sized.tsx';
import { Slider } from '../../widgets/Slider.tsx';
import { useMessages } from '../../i18n/locale.ts';
import { createRng } from '../../math/rng.ts';
import { describeTrials } from '../../plots/describeLab.ts';
import { fillTemplate, formatNumber } from '../../plots/format.ts';
import {
  Card,
  Controls,
  FigureHead,
  Progress,
  SeedControl,
  Stat,
  Stats,
  WholeNumberField,
} from '../parts.tsx';
import { binomialStdError } from '../stats.ts';
import { useChunked, type ChunkJob } from '../useChunked.ts';
import { SimGrid } from './SimGrid.tsx';
import { hitProbability, simulatedCurve, simulateFirstHits, trialsNeeded } from './trials.ts';
import { TrialsPlot } from './TrialsPlot.tsx';

const P_MIN = 0.001;
const P_MAX = 0.5;
const MAX_REPS = 20000;
/** Simulated searches drawn as squares. */
const SHOWN = 200;

/** Two significant digits, so a log slider gives 0.05 rather than 0.0501187. */
function roundShare(v: number): number {
  return Number(v.toPrecision(2));
}

/** A round horizon for the n axis: room for the trials that reach 99% confidence. */
export function horizonFor(p: number): number {
  const want = Math.max(20, 1.25 * trialsNeeded(p, 0.99));
  const step = 10 ** Math.floor(Math.log10(want));
  const nice = [1, 2, 2.5, 5, 10].find((m) => m * step >= want) ?? 10;
  return nice * step;
}

const percent = (v: number) => `${formatNumber(100 * v, 3)}%`;

/** The figure's controls as its link carries them (labLink.ts). */
const TRIALS_LINK = {
  p: num(P_MIN, P_MAX, 0.05),
  n: int(1, 100_000, 60),
  c: num(0.5, 0.999, 0.95),
  reps: int(SHOWN, MAX_REPS, 2000),
  seed: seedField(),
};

/** Figure 2: how many random trials reach the top p fraction with a given confidence. */
export default function TrialsFigure() {
  const t = useMessages();
  const link = useLabLink('trials', TRIALS_LINK);
  const { p, n, c, reps, seed } = link.values;
  const setP = (v: number) => link.set({ p: v });
  const setN = (v: number) => link.set({ n: v });
  const setC = (v: number) => link.set({ c: v });
  const setReps = (v: number) => link.set({ reps: v });
  const setSeed = (v: number) => link.set({ seed: v });
  const nMax = horizonFor(p);
  const nShown = Math.min(n, nMax);
  const needed = trialsNeeded(p, c);
  const pn = hitProbability(p, nShown);

  const job = useMemo<ChunkJob<{ firstHit: Int32Array; curve: Float64Array; reps: number }>>(
    () => ({
      total: reps,
      start: () => {
        const firstHit = new Int32Array(reps);
        const rng = createRng(seed);
        return {
          work: (from, to) => simulateFirstHits(firstHit, from, to, p, nMax, rng),
          result: () => ({ firstHit, curve: simulatedCurve(firstHit, nMax), reps }),
        };
      },
    }),
    [reps, seed, p, nMax],
  );
  const sim = useChunked(job);
  // A result for an older p or horizon would be compared with the wrong curve: show none.
  const current = sim.running ? undefined : sim.result;
  const simShare = current?.curve[nShown];
  const se = binomialStdError(pn, reps);
  const z = simShare === undefined ? NaN : Math.abs(simShare - pn) / se;
  const pText = percent(p);
  const hits = current
    ? Array.from(current.firstHit.subarray(0, SHOWN)).filter((h) => h > 0 && h <= nShown).length
    : 0;

  return (
    <article className="lab-fig trials-fig">
      <FigureHead title={t.labFigTrials} lede={t.labTrialsLede} />
      <LinkResetNotice reset={link.reset} />
      <Controls>
        <Slider label={t.labTrialsN} value={nShown} min={1} max={nMax} step={1} onChange={setN} />
        <Slider
          label={t.labTrialsP}
          value={p}
          min={P_MIN}
          max={P_MAX}
          step={0.025}
          log
          digits={2}
          onChange={(v) => setP(roundShare(v))}
        />
        <Slider
          label={t.labTrialsC}
          value={c}
          min={0.5}
          max={0.999}
          step={0.005}
          digits={3}
          onChange={setC}
        />
        <WholeNumberField
          label={t.labTrialsReps}
          value={reps}
          min={SHOWN}
          max={MAX_REPS}
          step={500}
          onCommit={setReps}
        />
        <SeedControl seed={seed} onChange={setSeed} />
      </Controls>
      <div className="trials-layout">
        <Card id="trials-curve-title" title={<>1 − (1 − p)ⁿ, p = {pText}</>}>
          <Sized className="trials-plot-box">
            {(size) => (
              <TrialsPlot
                {...size}
                p={p}
                n={nShown}
                nMax={nMax}
                confidence={c}
                needed={needed}
                simulated={current?.curve}
                reps={reps}
                onN={setN}
                description={describeTrials({ p, n: nShown, chance: pn, confidence: c, needed }, t)}
                labels={{
                  aria: fillTemplate(t.labTrialsPlot, { p: pText }),
                  xAxis: t.labTrialsAxisN,
                  yAxis: t.labTrialsAxisP,
                  formula: t.labTrialsLegendFormula,
                  simulation: t.labTrialsLegendSim,
                }}
              />
            )}
          </Sized>
          <p className="lab-note">{t.labTrialsDragHint}</p>
        </Card>
        <Card
          id="trials-sim-title"
          title={fillTemplate(t.labTrialsSimTitle, { shown: SHOWN, reps })}
        >
          <Progress {...sim} testId="trials-progress" />
          <Sized className="trials-grid-box">
            {(size) => (
              <SimGrid
                {...size}
                firstHit={current?.firstHit}
                shown={SHOWN}
                n={nShown}
                ariaLabel={fillTemplate(t.labTrialsSimPlot, {
                  hits,
                  shown: SHOWN,
                  p: pText,
                  n: nShown,
                })}
              />
            )}
          </Sized>
          <Stats>
            <Stat label={t.labTrialsProb} value={percent(pn)} testId="trials-prob" emphasis />
            <Stat
              label={t.labTrialsSim}
              value={
                simShare === undefined
                  ? '…'
                  : `${percent(simShare)} ± ${formatNumber(100 * se, 2)}%`
              }
              testId="trials-sim"
            />
            <Stat
              label={fillTemplate(t.labTrialsNeeded, { c: percent(c) })}
              value={String(needed)}
              testId="trials-needed"
              emphasis
            />
          </Stats>
          <p className="lab-note" data-testid="trials-agreement">
            {Number.isFinite(z)
              ? fillTemplate(z <= 3 ? t.labTrialsAgree : t.labTrialsDisagree, {
                  z: formatNumber(z, 2),
                })
              : ''}
          </p>
        </Card>
      </div>
    </article>
  );
}
