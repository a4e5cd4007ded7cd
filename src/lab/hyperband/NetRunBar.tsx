import { useMessages } from '../../i18n/locale.ts';
import { shortDuration } from '../../nn/ui/format.ts';
import { fillTemplate } from '../../plots/format.ts';
import type { NetState } from './useNetworkHyperband.ts';

/**
 * Run and Cancel for the network mode, a progress bar over the trainings and a status line that
 * says what is training now, or how the last run ended (data-status for tests).
 */
export function NetRunBar({
  state,
  onRun,
  onCancel,
  idleText,
}: {
  readonly state: NetState;
  readonly idleText: string;
  readonly onRun: () => void;
  readonly onCancel: () => void;
}) {
  const t = useMessages();
  const busy = state.status === 'loading' || state.status === 'running';
  const { done, total, current: c } = state;
  const status = (() => {
    switch (state.status) {
      case 'loading':
        return t.hbNetLoading;
      case 'running':
        return c
          ? fillTemplate(t.hbNetRunning, {
              done: done + 1,
              total,
              s: c.bracket,
              r: c.rung,
              id: c.trial,
              epoch: c.epoch,
              to: c.to,
            })
          : fillTemplate(t.hbNetRunningStart, { done: done + 1, total });
      case 'cancelled':
        return fillTemplate(t.hbNetCancelled, { done, total });
      case 'done':
        return fillTemplate(t.hbNetDone, { done, time: shortDuration(state.wallMs) });
      case 'error':
        return fillTemplate(t.hbNetFailed, { message: state.error ?? '' });
      case 'idle':
        return idleText;
    }
  })();
  return (
    <div className="strat-run hb-run">
      <button type="button" className="primary" onClick={onRun} disabled={busy}>
        {t.hbNetRun}
      </button>
      <button type="button" onClick={onCancel} disabled={!busy}>
        {t.hbNetCancel}
      </button>
      <progress
        max={Math.max(1, total)}
        value={state.status === 'done' ? total : done}
        aria-label={t.hbNetProgressLabel}
      />
      <p
        className={`strat-status${state.status === 'error' ? ' is-error' : ''}`}
        role="status"
        data-testid="hb-net-status"
        data-status={state.status}
      >
        {status}
      </p>
    </div>
  );
}
