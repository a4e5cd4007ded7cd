import { useMemo } from 'react';
import type { LoopState } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import type { Objective } from '../objectives/types.ts';
import { ConvergencePlot } from '../plots/ConvergencePlot.tsx';
import * as H from '../store/history.ts';
import { useStore } from '../store/store.ts';
import { Sized } from './Sized.tsx';
import { studyBestSoFar } from '../bo/bestSoFar.ts';

/** True when a's observations are the first ones of b's (b continued a without editing it). */
function isPrefix(a: LoopState, b: LoopState): boolean {
  if (a.observations.length > b.observations.length) return false;
  return a.observations.every((o, i) => o === b.observations[i]);
}

/**
 * Best value so far against evaluations. When the user has stepped back through history, the
 * later evaluations of the same run stay visible, faded, after the current one.
 */
export function ConvergenceCard({ state, objective }: { state: LoopState; objective: Objective }) {
  const t = useMessages();
  const history = useStore((s) => s.history);
  const last = H.current({ ...history, cursor: history.snapshots.length - 1 });
  const ahead = last !== state && isPrefix(state, last);
  const values = useMemo(() => studyBestSoFar(ahead ? last : state), [ahead, last, state]);
  const initCount = state.observations.filter((o) => o.phase === 'init').length;
  return (
    <section className="card convergence" aria-labelledby="convergence-title">
      <h2 id="convergence-title" className="card-title">
        {t.convergenceTitle}
      </h2>
      <Sized className="plot-box convergence-box">
        {({ width, height, fontSize }) => (
          <ConvergencePlot
            width={width}
            height={height}
            fontSize={fontSize}
            values={values}
            {...(objective.optimum ? { optimum: objective.optimum.value } : {})}
            goal={state.config.goal}
            initCount={initCount}
            {...(ahead ? { current: state.observations.length - 1 } : {})}
            ariaLabel={t.convergencePlotLabel}
          />
        )}
      </Sized>
    </section>
  );
}
