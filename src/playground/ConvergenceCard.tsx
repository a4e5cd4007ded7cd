import './convergenceCard.css';
import { useMemo } from 'react';
import type { LoopState } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import type { Objective } from '../objectives/types.ts';
import { ConvergencePlot, type ConvergencePlotProps } from '../plots/ConvergencePlot.tsx';
import * as H from '../store/history.ts';
import { Sized } from '../widgets/Sized.tsx';
import { studyBestSoFar } from '../bo/bestSoFar.ts';
import { TitledSection } from '../widgets/TitledSection.tsx';
import { useStore } from '../store/store.ts';
import { useAnswerState, visibleAnswer } from './blackBox.ts';

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
  // The known optimum is the black-box game's answer: drawn only once it may be seen.
  const { optimum } = visibleAnswer(useAnswerState(state), objective);
  return (
    <ConvergenceSection
      titleId="convergence-title"
      title={t.convergenceTitle}
      plot={{
        values,
        ...(optimum ? { optimum: optimum.value } : {}),
        goal: state.config.goal,
        initCount,
        ...(ahead ? { current: state.observations.length - 1 } : {}),
      }}
    />
  );
}

/** The card both studies show their best-so-far curve in (the BO screen's and the network's). */
export function ConvergenceSection({
  titleId,
  title,
  plot,
}: {
  titleId: string;
  title: string;
  plot: Omit<ConvergencePlotProps, 'width' | 'height' | 'fontSize' | 'ariaLabel'>;
}) {
  const t = useMessages();
  return (
    <TitledSection
      className="card convergence"
      titleClassName="card-title"
      titleId={titleId}
      title={title}
    >
      <Sized className="plot-box convergence-box">
        {(size) => <ConvergencePlot {...size} {...plot} ariaLabel={t.convergencePlotLabel} />}
      </Sized>
    </TitledSection>
  );
}
