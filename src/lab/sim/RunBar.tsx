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
    <RunControls
      status={state.status}
      statusText={status}
      done={state.done}
      total={total}
      testId={testId}
      runLabel={showRun ? t.raceRun : undefined}
      cancelLabel={t.raceCancel}
      progressLabel={t.raceProgressLabel}
      onRun={onRun}
      onCancel={onCancel}
    />
  );
}

/**
 * The bar itself, for any long run: Run (left out when `runLabel` is), Cancel, a progress bar
 * and the status line, whose data-status lets the tests wait for the run's end.
 */
export function RunControls(props: {
  readonly status: string;
  readonly statusText: string;
  readonly busy?: boolean;
  readonly done: number;
  readonly total: number;
  readonly testId: string;
  readonly runLabel?: string | undefined;
  readonly cancelLabel: string;
  readonly progressLabel: string;
  readonly className?: string;
  readonly onRun: () => void;
  readonly onCancel: () => void;
}) {
  const { status, done, total, runLabel } = props;
  const busy = props.busy ?? status === 'running';
  return (
    <div className={props.className ? `strat-run ${props.className}` : 'strat-run'}>
      {runLabel !== undefined && (
        <button type="button" className="primary" onClick={props.onRun} disabled={busy}>
          {runLabel}
        </button>
      )}
      <button type="button" onClick={props.onCancel} disabled={!busy}>
        {props.cancelLabel}
      </button>
      <progress max={Math.max(1, total)} value={done} aria-label={props.progressLabel} />
      <p
        className={`strat-status${status === 'error' ? ' is-error' : ''}`}
        role="status"
        data-testid={props.testId}
        data-status={status}
      >
        {props.statusText}
      </p>
    </div>
  );
}
