import '../../widgets/dataTable.css';
import { memo, useEffect, useRef } from 'react';
import { fill } from '../../widgets/format.ts';
import { useMessages } from '../../i18n/locale.ts';
import { formatNumber } from '../../plots/format.ts';
import type { StudySnapshot, TrialRecord } from '../study/runner.ts';

/** What the log and the table read: they re-render when a trial is recorded, not every epoch. */
export type StudyRecords = Pick<StudySnapshot, 'settings' | 'trials'>;
import { formatHp, HP_LABEL, hms } from './format.ts';
import { TitledSection } from '../../widgets/TitledSection.tsx';

/** The best recorded trial in the study's sense, or undefined. */
export function bestTrial(snap: StudyRecords): TrialRecord | undefined {
  const sign = snap.settings.metric === 'val-acc' ? 1 : -1;
  let best: TrialRecord | undefined;
  for (const r of snap.trials)
    if (r.value !== null && (!best || sign * r.value > sign * (best.value as number))) best = r;
  return best;
}

/** The best value after each recorded trial (null until one succeeds), in the metric's sense. */
export function runningBest(snap: StudyRecords): (number | null)[] {
  const sign = snap.settings.metric === 'val-acc' ? 1 : -1;
  const out: (number | null)[] = [];
  let best: number | null = null;
  for (const r of snap.trials) {
    if (r.value !== null && (best === null || sign * r.value > sign * best)) best = r.value;
    out.push(best);
  }
  return out;
}

/**
 * The search's output the way Keras Tuner prints it: per trial "Trial 24 complete [00:00:22]", the
 * value, the best so far and the total elapsed time; beside it, the hyperparameters of the trial
 * on screen and of the best one so far.
 */
export const SearchLog = memo(function SearchLog({
  snap,
  current,
}: {
  snap: StudyRecords;
  /** The point on screen (the running trial's, else the last one's). */
  current: { readonly x: readonly number[] } | undefined;
}) {
  const t = useMessages();
  const metric = snap.settings.metric === 'val-acc' ? t.netMetricAccShort : t.netMetricLossShort;
  const scroller = useRef<HTMLPreElement>(null);
  const count = snap.trials.length;
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [count]);

  const bests = runningBest(snap);
  const blocks = snap.trials.map((r, i) => {
    const best = bests[i] ?? null;
    const head =
      r.status === 'ok'
        ? fill(t.netLogComplete, { n: r.index + 1, time: hms(r.ms) })
        : fill(t.netLogFailed, { n: r.index + 1, time: hms(r.ms), error: r.error ?? '' });
    const lines = [head];
    if (r.value !== null)
      lines.push(fill(t.netLogValue, { metric, value: formatNumber(r.value, 4) }));
    lines.push(
      '',
      fill(t.netLogBest, { metric, value: best === null ? '—' : formatNumber(best, 4) }),
      fill(t.netLogTotal, { time: hms(r.wallMs) }),
    );
    return lines.join('\n');
  });

  const bestRec = bestTrial(snap);
  return (
    <TitledSection
      className="card net-log"
      titleClassName="card-title"
      titleId="net-log-title"
      title={t.netLogTitle}
    >
      <div className="net-log-body">
        <pre
          className="net-log-text"
          ref={scroller}
          role="log"
          aria-live="polite"
          tabIndex={0}
          aria-labelledby="net-log-title"
        >
          {blocks.length ? blocks.join('\n\n') : t.netLogEmpty}
        </pre>
        {current && (
          <table className="net-hp-table data-table" aria-label={t.netLogHpTable}>
            <thead>
              <tr>
                <th scope="col">{t.netLogValueCol}</th>
                <th scope="col">{t.netLogBestCol}</th>
                <th scope="col">{t.netLogHpCol}</th>
              </tr>
            </thead>
            <tbody>
              {snap.settings.searched.map((id, k) => (
                <tr key={id}>
                  <td className="num">{formatHp(id, current.x[k] as number, t)}</td>
                  <td className="num">{bestRec ? formatHp(id, bestRec.x[k] as number, t) : '?'}</td>
                  <th scope="row">{t[HP_LABEL[id]]}</th>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </TitledSection>
  );
});
