import './workspace.css';
import '../playground/objectiveSummary.css';
import '../playground/transport.css';
import '../nn/ui/network.css';
import { memo, useCallback, useMemo } from 'react';
import { fill } from '../widgets/format.ts';
import { useMessages } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { ConvergenceSection } from '../playground/ConvergenceCard.tsx';
import { studyBestSoFar } from '../bo/bestSoFar.ts';
import { progress, type StudySnapshot } from '../nn/study/runner.ts';
import { validateNetSettings, type NetStudySettings } from '../nn/study/settings.ts';
import { LiveTrialCard } from '../nn/ui/LiveTrialCard.tsx';
import { NetTrialsTable } from '../nn/ui/NetTrialsTable.tsx';
import { ProbePanel } from '../nn/ui/ProbePanel.tsx';
import { SearchLog } from '../nn/ui/SearchLog.tsx';
import { SettingsPanel } from '../nn/ui/SettingsPanel.tsx';
import { SurrogateCard } from '../nn/ui/SurrogateCard.tsx';
import { HP_LABEL, hms } from '../nn/ui/format.ts';
import { NetNotices } from '../nn/ui/NetNotices.tsx';
import { NetSharePanel } from '../nn/ui/NetSharePanel.tsx';
import { NET_LINK_PARAM } from '../nn/study/studyLink.ts';
import { SectionShare } from '../present/SectionShare.tsx';
import { useNetworkStudy } from '../nn/ui/networkStudyContext.ts';
import { useRunnerSnapshot } from '../nn/ui/useRunner.ts';
import type { BackendName } from '../nn/worker/protocol.ts';
import type { LoopState } from '../bo/types.ts';

const BACKEND_NAME: Record<BackendName, MessageKey> = {
  cpu: 'netBackendCpu',
  wasm: 'netBackendWasm',
  webgl: 'netBackendWebgl',
};

/**
 * The network-tuning section (issue 5): a small MLP trained live in a Web Worker per trial, with
 * BO (or random/grid search) choosing its hyperparameters, shown like Keras Tuner's search output
 * beside the BO screen's surrogate panels. The study is the app's (studyHolder.ts): it outlives
 * this screen, keeps training while another section is shown, and is saved as it goes.
 */
export default function NetworkScreen() {
  const t = useMessages();
  const study = useNetworkStudy();
  const runner = study.runner;
  const snap = useRunnerSnapshot(runner);
  const draft = study.ui((s) => s.draft);
  const setDraft = study.setDraft;
  const status = snap.status;
  const active =
    status === 'loading' || status === 'running' || status === 'pausing' || status === 'paused';
  const problem = validateNetSettings(draft);
  const problemText = problem
    ? fill(t[problem.key], { hp: problem.hp ? t[HP_LABEL[problem.hp]] : '' })
    : null;
  const shown = active ? snap.settings : draft;
  // The parts below the live trial change when a trial is recorded, not at every epoch.
  const records = useMemo(
    () => ({ settings: snap.settings, trials: snap.trials }),
    [snap.settings, snap.trials],
  );
  const queuePoint = useCallback((x: readonly number[]) => runner.queuePoint(x), [runner]);
  const current = snap.live ?? snap.trials.at(-1);
  const split = snap.data && snap.settings.dataset === shown.dataset ? snap.data.split : null;

  return (
    <main className="workspace net-workspace">
      <div className="stage">
        <header className="objective-summary">
          <p className="eyebrow">{t.netEyebrow}</p>
          <h2>{t.netTitle}</h2>
          <p className="description">{t.netDescription}</p>
        </header>
        <div className="transport net-run" role="group" aria-label={t.netRunLabel}>
          <div className="transport-buttons">
            <button
              type="button"
              className="command primary"
              disabled={active || problem !== null}
              onClick={() => void runner.start(draft)}
            >
              {status === 'idle' ? t.netStart : t.netRestart}
            </button>
            {status === 'paused' || status === 'pausing' ? (
              <button type="button" className="command" onClick={() => runner.resume()}>
                {t.netResume}
              </button>
            ) : (
              <button
                type="button"
                className="command"
                disabled={status !== 'running'}
                onClick={() => runner.pause()}
              >
                {t.netPause}
              </button>
            )}
            <button
              type="button"
              className="command"
              disabled={snap.live === null}
              onClick={() => runner.cancelTrial()}
            >
              {t.netCancelTrial}
            </button>
            <button
              type="button"
              className="command"
              disabled={status === 'idle'}
              onClick={() => runner.reset(draft)}
            >
              {t.netReset}
            </button>
          </div>
          <StatusText snap={snap} />
        </div>
        <NetNotices study={study} />
        {problemText && !active && (
          <p className="field-error" role="alert">
            {problemText}
          </p>
        )}
        <LiveTrialCard snap={snap} />
        <div className="net-results">
          <SearchLog snap={records} current={current} />
          <ConvergenceCard loop={snap.loop} settings={snap.settings} />
        </div>
        {snap.loop ? (
          <SurrogateCard loop={snap.loop} settings={snap.settings} onProbe={queuePoint} />
        ) : (
          <section className="card net-surrogate">
            <h2 className="card-title">{t.netSurrogateTitle}</h2>
            <p className="hint">{t.netSurrogateNone}</p>
          </section>
        )}
        <NetTrialsTable snap={records} />
      </div>
      <aside className="side-panel" aria-label={t.netSettingsLabel}>
        <SettingsPanel settings={shown} onChange={setDraft} locked={active} split={split} />
        <ProbePanel
          settings={snap.loop ? snap.settings : draft}
          queued={snap.queued.length}
          enabled={snap.loop !== null && status !== 'loading' && status !== 'error'}
          onQueue={queuePoint}
        />
        <NetSharePanel study={study} snap={snap} />
        <SectionShare
          figure="network"
          name={t.navNetwork}
          root=".net-workspace"
          param={NET_LINK_PARAM}
          withLink={false}
        />
      </aside>
    </main>
  );
}

function StatusText({ snap }: { snap: StudySnapshot }) {
  const t = useMessages();
  const { done, total } = progress(snap);
  const k = Math.min(total, done + 1);
  const text = {
    idle: t.netStatusIdle,
    loading: t.netStatusLoading,
    running: fill(t.netStatusRunning, { k, n: total }),
    pausing: t.netStatusPausing,
    paused: fill(t.netStatusPaused, { k: done, n: total }),
    finished: fill(t.netStatusFinished, { k: done, n: total }),
    error: fill(t.netStatusError, { message: snap.error ?? '' }),
  }[snap.status];
  const b = snap.backend;
  const backend = b
    ? b.fallbackFrom
      ? fill(t.netBackendFallback, {
          backend: t[BACKEND_NAME[b.backend]],
          wanted: t[BACKEND_NAME[b.fallbackFrom]],
        })
      : fill(t.netBackendLine, { backend: t[BACKEND_NAME[b.backend]] })
    : null;
  const last = snap.trials.at(-1);
  return (
    <div className="net-status" aria-live="polite">
      <p className="net-status-main" data-testid="net-status" data-status={snap.status}>
        {text}
      </p>
      <p className="hint">
        {backend}
        {last ? ` · ${fill(t.netTotalTime, { time: hms(last.wallMs) })}` : ''}
        {snap.cancelled > 0 ? ` · ${fill(t.netCancelledNote, { n: snap.cancelled })}` : ''}
        {snap.rerun > 0 ? ` · ${fill(t.netRerunNote, { n: snap.rerun })}` : ''}
      </p>
    </div>
  );
}

const ConvergenceCard = memo(function ConvergenceCard({
  loop,
  settings,
}: {
  loop: LoopState | null;
  settings: NetStudySettings;
}) {
  const t = useMessages();
  const values = useMemo(() => (loop ? studyBestSoFar(loop) : []), [loop]);
  return (
    <ConvergenceSection
      titleId="net-convergence-title"
      title={t.netConvergenceTitle}
      plot={{
        values,
        goal: settings.metric === 'val-acc' ? 'maximize' : 'minimize',
        initCount: settings.strategy === 'bo' ? settings.initPoints : 0,
      }}
    />
  );
});
