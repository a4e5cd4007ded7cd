/**
 * The black-box game's one rule. With "Show the true function" off, everything that gives the
 * answer away (the formula, the description's hint, the known optimum in the convergence plot and
 * the final sentence) is hidden while the run goes on, and revealed once the budget is spent.
 * Every surface that shows any of these asks this module, so none can leak on its own.
 */
import { isFinished } from '../bo/loop.ts';
import type { LoopState } from '../bo/types.ts';
import type { Objective } from '../objectives/types.ts';
import { useStore } from '../store/store.ts';

/** 'shown': no game; 'hidden': game on, run going; 'revealed': game on, run over. */
export type AnswerState = 'shown' | 'hidden' | 'revealed';

export function answerState(showTruth: boolean, finished: boolean): AnswerState {
  if (showTruth) return 'shown';
  return finished ? 'revealed' : 'hidden';
}

/** The answer's state for the study shown (the snapshot on screen decides "finished"). */
export function useAnswerState(state: LoopState): AnswerState {
  const showTruth = useStore((s) => s.showTruth);
  return answerState(showTruth, isFinished(state));
}

/** What of the objective may be shown now; the optimum and formula are absent while hidden. */
export function visibleAnswer(
  answer: AnswerState,
  objective: Pick<Objective, 'optimum' | 'formula'>,
): { optimum: Objective['optimum']; formula: string | undefined } {
  if (answer === 'hidden') return { optimum: undefined, formula: undefined };
  return { optimum: objective.optimum, formula: objective.formula };
}
