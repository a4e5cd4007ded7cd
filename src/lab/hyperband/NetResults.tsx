import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { BackendName } from '../../nn/worker/protocol.ts';
import { shortDuration, OPTIMIZER_LABEL } from '../../nn/ui/format.ts';
import { fillTemplate, formatNumber } from '../../plots/format.ts';
import { Stat, Stats } from '../parts.tsx';
import { lastLoss } from './book.ts';
import { networkConfig } from './networkSource.ts';
import type { HyperbandSchedule } from './schedule.ts';
import type { NetState } from './useNetworkHyperband.ts';

const BACKEND_LABEL: Readonly<Record<BackendName, MessageKey>> = {
  cpu: 'netBackendCpu',
  wasm: 'netBackendWasm',
  webgl: 'netBackendWebgl',
};

/**
 * The run's size as Keras Tuner counts it, shown alike for the simulated and the network mode:
 * brackets, models trained and epochs spent (strings, so a run not yet recorded shows a dash).
 */
export function HbTotals({
  brackets,
  models,
  epochs,
  children,
}: {
  readonly brackets: number;
  readonly models: string;
  readonly epochs: string;
  readonly children?: ReactNode;
}) {
  const t = useMessages();
  return (
    <Stats>
      <Stat label={t.hbBrackets} value={String(brackets)} testId="hb-brackets" emphasis />
      <Stat label={t.hbModels} value={models} testId="hb-models" />
      <Stat label={t.hbEpochs} value={epochs} testId="hb-epochs" />
      {children}
    </Stats>
  );
}

/**
 * The network mode's numbers: the run's totals as Keras Tuner counts them, the epochs actually
 * computed, the wall time, the best model and whether every retraining reproduced its past. Only
 * observed values: a real network has no known true final loss. Shown while a run goes (so far)
 * and after it ends; a dash where nothing is recorded.
 */
export function NetResults({
  state,
  schedule,
}: {
  readonly state: NetState;
  readonly schedule: HyperbandSchedule;
}) {
  const t = useMessages();
  const run = state.run;
  const dash = t.hbNoValue;
  const best = run?.best ?? null;
  const bestBracket = best
    ? run?.brackets.find((b) => b.trials.some((x) => x.id === best.id))
    : null;
  const diverged = run
    ? run.brackets.reduce((n, b) => n + b.trials.filter((x) => x.diverged).length, 0)
    : null;
  // Any trial's configuration shows the fixed hyperparameters; only lr and dropout vary.
  const fixed = networkConfig({ logLr: -2, dropout: 0 }, 1);
  const shows = run !== null;
  return (
    <>
      <HbTotals
        brackets={schedule.brackets.length}
        models={shows ? String(run.totalModels) : dash}
        epochs={shows ? String(run.totalEpochs) : dash}
      >
        <Stat
          label={t.hbNetTrained}
          value={shows ? String(state.trainedEpochs) : dash}
          testId="hb-net-trained"
        />
      </HbTotals>
      <Stats>
        <Stat
          label={t.hbBest}
          value={best ? formatNumber(lastLoss(best), 4) : dash}
          testId="hb-best"
          emphasis
        />
        <Stat
          label={t.hbNetWall}
          value={shows ? shortDuration(state.wallMs) : dash}
          testId="hb-net-wall"
        />
        <Stat
          label={t.hbNetDiverged}
          value={diverged === null ? dash : String(diverged)}
          testId="hb-net-diverged"
        />
      </Stats>
      {best && bestBracket && (
        <p className="lab-note" data-testid="hb-net-best">
          {fillTemplate(t.hbNetBestConfig, {
            lr: formatNumber(10 ** best.config.logLr, 3),
            dropout: formatNumber(best.config.dropout, 2),
            s: bestBracket.index,
            epochs: best.epochs,
          })}
        </p>
      )}
      {shows && state.replays > 0 && (
        <p className="lab-note" data-testid="hb-net-replay">
          {state.replayMismatches === 0
            ? fillTemplate(t.hbNetReplayOk, { n: state.replays })
            : fillTemplate(t.hbNetReplayOff, { n: state.replays, bad: state.replayMismatches })}
        </p>
      )}
      {state.backend && shows && (
        <p className="lab-note">
          {fillTemplate(t.hbNetBackend, { backend: t[BACKEND_LABEL[state.backend.backend]] })}
        </p>
      )}
      <p className="lab-note">{t.hbNetResume}</p>
      <p className="lab-note">{t.hbNetNoTruth}</p>
      <p className="lab-note">
        {fillTemplate(t.hbNetModel, {
          layers: fixed.layers,
          units: fixed.units,
          optimizer: t[OPTIMIZER_LABEL[fixed.optimizer]],
          batch: fixed.batchSize,
          wd: formatNumber(fixed.wd, 2),
        })}
      </p>
    </>
  );
}
