import './statusLine.css';
import type { ReactNode } from 'react';
import type { LoopState } from '../bo/types.ts';
import { bestObservation } from '../bo/loop.ts';
import { useMessages } from '../i18n/locale.ts';
import type { Dim } from '../objectives/types.ts';
import { fill, formatNumber, formatPoint } from '../widgets/format.ts';
import { progressOf } from './narration.ts';

/**
 * "Iteration k of N" and the best value so far, for the state on screen, and what follows. A study
 * past its budget (a crafted link with more BO points than the largest budget) says so rather than
 * "Iteration 998 of 200".
 */
export function StatusLine({
  state,
  dims,
  children,
}: {
  state: LoopState;
  dims: readonly Dim[];
  children?: ReactNode;
}) {
  const t = useMessages();
  const p = progressOf(state);
  const best = bestObservation(state);
  return (
    <div className="status-line">
      <span className="status-iteration">
        {fill(p.iteration > p.iterations ? t.statusIterationOver : t.statusIteration, {
          k: p.iteration,
          n: p.iterations,
        })}
        {p.finished && <span className="status-done"> · {t.statusFinished}</span>}
      </span>
      <span className="status-best" data-testid="best-value">
        {best && best.y !== null
          ? fill(t.statusBest, {
              best: formatNumber(best.y, 5),
              at: formatPoint(best.x, dims),
            })
          : t.statusNoBest}
      </span>
      {children}
    </div>
  );
}

/** The narration sentence; a status region, so screen readers announce it politely as it changes. */
export function NarrationLine({ text }: { text: string }) {
  return (
    <p className="narration" role="status">
      {text}
    </p>
  );
}
