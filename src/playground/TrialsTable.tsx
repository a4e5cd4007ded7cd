import './trialsTable.css';
import { memo } from 'react';
import { studyBestSoFar } from '../bo/bestSoFar.ts';
import { bestIndex } from '../bo/modelData.ts';
import type { LoopState, Observation, Phase } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Dim } from '../objectives/types.ts';
import { fill, formatCoordinate, formatNumber } from '../widgets/format.ts';
import { TrialRow, TrialsCard, TrialValueCell } from './trialRows.tsx';

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
    <TrialsCard
      className="card trials"
      titleId="trials-title"
      title={t.trialsTitle}
      rows={state.observations.length}
      columns={[
        { key: 'index', label: t.colIndex },
        ...dims.map((d) => ({ key: `x-${d.name}`, label: d.name, num: true })),
        { key: 'value', label: t.colValue, num: true },
        { key: 'phase', label: t.colPhase },
        { key: 'best', label: t.colBest, num: true, className: 'col-best' },
        {
          key: 'delete',
          label: <span className="visually-hidden">{t.deleteShort}</span>,
        },
      ]}
    >
      {state.observations.map((o, i) => (
        <ObservationRow
          key={i}
          o={o}
          i={i}
          dims={dims}
          isBest={i === best}
          runningBest={running[i]}
          onDelete={onDelete}
        />
      ))}
    </TrialsCard>
  );
}

/**
 * One trial's row. Memoised: a Step adds a row and moves the best mark, and the other rows (their
 * observation objects are kept from state to state) do not render again.
 */
const ObservationRow = memo(function ObservationRow({
  o,
  i,
  dims,
  isBest,
  runningBest,
  onDelete,
}: {
  readonly o: Observation;
  readonly i: number;
  readonly dims: readonly Dim[];
  readonly isBest: boolean;
  readonly runningBest: number | null | undefined;
  readonly onDelete: (i: number) => void;
}) {
  const t = useMessages();
  const failed = o.y === null || Number.isNaN(o.y);
  return (
    <TrialRow phase={o.phase} number={i + 1} isBest={isBest} failed={failed}>
      {dims.map((d, k) => (
        <td key={d.name} className="num">
          {formatCoordinate(o.x[k] as number, d)}
        </td>
      ))}
      <TrialValueCell
        value={failed ? null : formatNumber(o.y as number, 5)}
        isBest={isBest}
        failedText={`${t.failedValue}${o.error ? `: ${o.error}` : ''}`}
        reason={o.error}
      />
      <td>
        <span className={`phase-tag phase-${o.phase}`}>{t[PHASE_KEY[o.phase]]}</span>
      </td>
      <td className="num col-best">
        {runningBest === null || runningBest === undefined ? '—' : formatNumber(runningBest, 5)}
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
    </TrialRow>
  );
});
