import { useMessages } from '../../i18n/locale.ts';
import { shortDuration } from '../../nn/ui/format.ts';
import { fillTemplate } from '../../plots/format.ts';
import { RunControls } from '../sim/RunBar.tsx';
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
    <RunControls
      className="hb-run"
      status={state.status}
      statusText={status}
      busy={busy}
      done={state.status === 'done' ? total : done}
      total={total}
      testId="hb-net-status"
      runLabel={t.hbNetRun}
      cancelLabel={t.hbNetCancel}
      progressLabel={t.hbNetProgressLabel}
      onRun={onRun}
      onCancel={onCancel}
    />
  );
}
