import './trialsTable.css';
import { TableScroll } from './TableScroll.tsx';
import { studyBestSoFar } from '../bo/bestSoFar.ts';
import { bestIndex } from '../bo/modelData.ts';
import type { LoopState, Phase } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Dim } from '../objectives/types.ts';
import { fill, formatCoordinate, formatNumber } from './format.ts';

const PHASE_KEY: Record<Phase, MessageKey> = {
  init: 'phaseInit',
  bo: 'phaseBo',
  manual: 'phaseManual',
};

interface TrialsTableProps {
  readonly state: LoopState;
  readonly dims: readonly Dim[];
  readonly onDelete: (i: number) => void;
}

/**
 * One row per evaluation: #, one column per coordinate, value (or the error), phase, best so far;
 * the best row marked.
 */
export function TrialsTable({ state, dims, onDelete }: TrialsTableProps) {
  const t = useMessages();
  const best = bestIndex(state.observations, state.config.goal);
  const running = studyBestSoFar(state);

  return (
    <section className="card trials" aria-labelledby="trials-title">
      <h2 id="trials-title" className="card-title">
        {t.trialsTitle}
      </h2>
      <TableScroll labelledBy="trials-title" rows={state.observations.length}>
        <table className="data-table" aria-labelledby="trials-title">
          <thead>
            <tr>
              <th scope="col">{t.colIndex}</th>
              {dims.map((d) => (
                <th key={d.name} scope="col" className="num">
                  {d.name}
                </th>
              ))}
              <th scope="col" className="num">
                {t.colValue}
              </th>
              <th scope="col">{t.colPhase}</th>
              <th scope="col" className="num">
                {t.colBest}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t.deleteShort}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.observations.map((o, i) => {
              const failed = o.y === null || Number.isNaN(o.y);
              const isBest = i === best;
              const b = running[i];
              return (
                <tr
                  key={i}
                  className={`phase-${o.phase}${isBest ? ' best' : ''}${failed ? ' failed' : ''}`}
                  {...(isBest ? { 'aria-current': 'true' as const } : {})}
                >
                  <th scope="row">{i + 1}</th>
                  {dims.map((d, k) => (
                    <td key={d.name} className="num">
                      {formatCoordinate(o.x[k] as number, d)}
                    </td>
                  ))}
                  <td className="num">
                    {failed ? (
                      <span className="error-text" title={o.error}>
                        {t.failedValue}
                        {o.error ? `: ${o.error}` : ''}
                      </span>
                    ) : (
                      <>
                        {formatNumber(o.y as number, 5)}
                        {isBest && <span className="best-badge">{t.bestMarker}</span>}
                      </>
                    )}
                  </td>
                  <td>
                    <span className={`phase-tag phase-${o.phase}`}>{t[PHASE_KEY[o.phase]]}</span>
                  </td>
                  <td className="num">
                    {b === null || b === undefined ? '—' : formatNumber(b, 5)}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={fill(t.deleteTrial, { n: i + 1 })}
                      title={fill(t.deleteTrial, { n: i + 1 })}
                      onClick={() => onDelete(i)}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
