import '../../playground/trialsTable.css';
import { memo } from 'react';
import { useMessages } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { formatNumber } from '../../plots/format.ts';
import type { Phase } from '../../bo/types.ts';
import { formatHp, HP_LABEL, shortDuration, trialErrorText } from './format.ts';
import { bestTrial, runningBest, type StudyRecords } from './SearchLog.tsx';
import { TrialRow, TrialsCard, TrialValueCell } from '../../playground/trialRows.tsx';

const PHASE: Record<Phase, MessageKey> = {
  init: 'netPhaseInit',
  bo: 'netPhaseBo',
  manual: 'netPhaseManual',
};

/** One row per recorded trial: hyperparameters as trained, value, best so far, time, status. */
export const NetTrialsTable = memo(function NetTrialsTable({ snap }: { snap: StudyRecords }) {
  const t = useMessages();
  const { searched, strategy } = snap.settings;
  const best = bestTrial(snap);
  const bests = runningBest(snap);

  return (
    <TrialsCard
      className="card trials net-trials"
      titleId="net-trials-title"
      title={t.netTrialsTitle}
      rows={snap.trials.length}
      data={{ 'data-tensors': snap.trials.map((r) => r.tensors).join(' ') }}
      columns={[
        { key: 'index', label: t.netColIndex },
        ...searched.map((id) => ({ key: `hp-${id}`, label: t[HP_LABEL[id]], num: true })),
        { key: 'value', label: t.netColValue, num: true },
        { key: 'best', label: t.netColBest, num: true },
        { key: 'time', label: t.netColTime, num: true },
        { key: 'status', label: t.netColStatus },
      ]}
    >
      {snap.trials.map((r, i) => {
        const running = bests[i] ?? null;
        const failed = r.value === null;
        const reason = failed ? trialErrorText(r.error ?? '', t) : '';
        const isBest = r === best;
        const phase =
          strategy === 'bo' || r.phase === 'manual' ? t[PHASE[r.phase]] : t.netPhaseSearch;
        return (
          <TrialRow
            key={r.index}
            phase={r.phase}
            number={r.index + 1}
            isBest={isBest}
            failed={failed}
          >
            {searched.map((id, k) => (
              <td key={id} className="num">
                {formatHp(id, r.x[k] as number, t)}
              </td>
            ))}
            <TrialValueCell
              value={failed ? null : formatNumber(r.value as number, 4)}
              isBest={isBest}
              failedText={t.netStatusFailed}
              reason={reason}
            />
            <td className="num">{running === null ? '—' : formatNumber(running, 4)}</td>
            <td className="num">{shortDuration(r.ms)}</td>
            <td>
              <span className={`phase-tag phase-${r.phase}`}>{phase}</span>{' '}
              {failed ? <span className="error-text">{reason}</span> : null}
            </td>
          </TrialRow>
        );
      })}
    </TrialsCard>
  );
});
