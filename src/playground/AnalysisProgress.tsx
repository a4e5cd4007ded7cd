import './analysisProgress.css';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LoopState } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import type { AnalysisJobs } from '../store/analysisJobs.ts';
import { useAnalysisJobs, type AnalysisPending } from '../store/useAnalysis.ts';
import { fill } from '../widgets/format.ts';
import { useStore } from '../store/store.ts';

/**
 * In place of the narration while a large study's model is computed in the background: what runs,
 * for how long, and Cancel; after a cancel, that the points are kept and how to go on (fit again,
 * or fix the length scale, which skips the minutes-long search).
 */
export function AnalysisProgress({
  pending,
  state,
}: {
  readonly pending: Exclude<AnalysisPending, null>;
  readonly state: LoopState;
}) {
  const t = useMessages();
  const fitKernel = useStore((s) => s.settings.fitKernel);
  const setFitKernel = useStore((s) => s.setFitKernel);
  const jobs = useAnalysisJobs();
  const n = state.observations.length.toLocaleString('en-US');
  // Pending comes from a queue (useAnalysis): without one there is nothing to show.
  if (!jobs) return null;
  if (pending === 'cancelled') {
    return (
      <div className="analysis-progress cancelled" role="status">
        <p>{fill(t.analysisCancelled, { n })}</p>
        <div className="analysis-actions">
          <button type="button" onClick={() => jobs.retry(state)}>
            {t.analysisFitAgain}
          </button>
          {fitKernel && (
            <button type="button" onClick={() => setFitKernel(false)}>
              {t.analysisUseFixed}
            </button>
          )}
        </div>
        <p className="analysis-hint">{fitKernel ? t.analysisFixedHint : t.analysisReducePoints}</p>
      </div>
    );
  }
  return <Running n={n} jobs={jobs} />;
}

function Running({ n, jobs }: { readonly n: string; readonly jobs: AnalysisJobs }) {
  const t = useMessages();
  const job = useSyncExternalStore(jobs.subscribe, jobs.running, jobs.running);
  const elapsed = useElapsedSeconds(job?.startedAt ?? null);
  const line = !job?.stage
    ? fill(t.analysisStarting, { n })
    : fill(job.stage === 'fit' ? t.analysisFitting : t.analysisSearching, {
        n,
        k: job.step,
        of: job.steps,
      });
  return (
    <div className="analysis-progress" aria-busy="true">
      <p>
        <span role="status">{line}</span>
        {elapsed !== null && (
          <span className="analysis-elapsed" aria-hidden="true">
            {' · '}
            {fill(t.analysisElapsed, { s: elapsed })}
          </span>
        )}
      </p>
      <button type="button" onClick={jobs.cancel}>
        {t.analysisCancel}
      </button>
      <p className="analysis-hint">{t.analysisKeepWorking}</p>
    </div>
  );
}

/** Whole seconds since `since` (performance.now()), ticking once a second; null without a start. */
function useElapsedSeconds(since: number | null): number | null {
  const [tick, setTick] = useState<{ readonly since: number; readonly s: number } | null>(null);
  useEffect(() => {
    if (since === null) return;
    const id = setInterval(
      () => setTick({ since, s: Math.floor((performance.now() - since) / 1000) }),
      1000,
    );
    return () => clearInterval(id);
  }, [since]);
  if (since === null) return null;
  return tick && tick.since === since ? tick.s : 0;
}
