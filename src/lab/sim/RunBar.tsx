import { useMessages } from '../../i18n/locale.ts';
import { fillTemplate } from '../../plots/format.ts';
import type { SimRunState } from './useSimRun.ts';

/** Run and Cancel buttons, a progress bar and a status line that says how the last run ended. */
export function RunBar({
  state,
  onRun,
  onCancel,
  testId,
  showRun = true,
}: {
  readonly state: SimRunState;
  readonly onRun: () => void;
  readonly onCancel: () => void;
  readonly testId: string;
  readonly showRun?: boolean;
}) {
  const t = useMessages();
  const total = state.tasks.length;
  const running = state.status === 'running';
  const status =
    state.status === 'running'
      ? fillTemplate(t.raceProgress, { done: state.done, total })
      : state.status === 'cancelled'
        ? fillTemplate(t.raceCancelled, { done: state.done, total })
        : state.status === 'done'
          ? total === 1
            ? t.raceDoneOne
            : fillTemplate(t.raceDone, { total })
          : state.status === 'error'
            ? fillTemplate(t.raceFailed, { message: state.error ?? '' })
            : '';
  return (
    <div className="strat-run">
      {showRun && (
        <button type="button" className="primary" onClick={onRun} disabled={running}>
          {t.raceRun}
        </button>
      )}
      <button type="button" onClick={onCancel} disabled={!running}>
        {t.raceCancel}
      </button>
      <progress max={Math.max(1, total)} value={state.done} aria-label={t.raceProgressLabel} />
      <p
        className={`strat-status${state.status === 'error' ? ' is-error' : ''}`}
        role="status"
        data-testid={testId}
        data-status={state.status}
      >
        {status}
      </p>
    </div>
  );
}
