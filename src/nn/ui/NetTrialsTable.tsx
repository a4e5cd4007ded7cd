import '../../components/trialsTable.css';
import { memo } from 'react';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useMessages } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { formatNumber } from '../../plots/format.ts';
import type { Phase } from '../../bo/types.ts';
import { formatHp, HP_LABEL, shortDuration, trialErrorText } from './format.ts';
import { bestTrial, runningBest, type StudyRecords } from './SearchLog.tsx';

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
    <section
      className="card trials net-trials"
      aria-labelledby="net-trials-title"
      data-tensors={snap.trials.map((r) => r.tensors).join(' ')}
    >
      <h2 id="net-trials-title" className="card-title">
        {t.netTrialsTitle}
      </h2>
      <TableScroll labelledBy="net-trials-title" rows={snap.trials.length}>
        <table className="data-table" aria-labelledby="net-trials-title">
          <thead>
            <tr>
              <th scope="col">{t.netColIndex}</th>
              {searched.map((id) => (
                <th key={id} scope="col" className="num">
                  {t[HP_LABEL[id]]}
                </th>
              ))}
              <th scope="col" className="num">
                {t.netColValue}
              </th>
              <th scope="col" className="num">
                {t.netColBest}
              </th>
              <th scope="col" className="num">
                {t.netColTime}
              </th>
              <th scope="col">{t.netColStatus}</th>
            </tr>
          </thead>
          <tbody>
            {snap.trials.map((r, i) => {
              const running = bests[i] ?? null;
              const failed = r.value === null;
              const reason = failed ? trialErrorText(r.error ?? '', t) : '';
              const isBest = r === best;
              const phase =
                strategy === 'bo' || r.phase === 'manual' ? t[PHASE[r.phase]] : t.netPhaseSearch;
              return (
                <tr
                  key={r.index}
                  className={`phase-${r.phase}${isBest ? ' best' : ''}${failed ? ' failed' : ''}`}
                  {...(isBest ? { 'aria-current': 'true' as const } : {})}
                >
                  <th scope="row">{r.index + 1}</th>
                  {searched.map((id, k) => (
                    <td key={id} className="num">
                      {formatHp(id, r.x[k] as number, t)}
                    </td>
                  ))}
                  <td className="num">
                    {failed ? (
                      <span className="error-text" title={reason}>
                        {t.netStatusFailed}
                      </span>
                    ) : (
                      <>
                        {formatNumber(r.value as number, 4)}
                        {isBest && <span className="best-badge">{t.bestMarker}</span>}
                      </>
                    )}
                  </td>
                  <td className="num">{running === null ? '—' : formatNumber(running, 4)}</td>
                  <td className="num">{shortDuration(r.ms)}</td>
                  <td>
                    <span className={`phase-tag phase-${r.phase}`}>{phase}</span>{' '}
                    {failed ? <span className="error-text">{reason}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
});
