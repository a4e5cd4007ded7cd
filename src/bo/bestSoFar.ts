/**
 * The running best of a study, the one definition behind the trials table, the convergence card
 * and the lab's regret curves: failed evaluations (null, NaN) never count as a best.
 */
import type { Goal } from '../objectives/types.ts';
import type { LoopState } from './types.ts';

/** Best successful value after each evaluation, in the goal's sense (null until one succeeds). */
export function bestSoFar(values: readonly (number | null)[], goal: Goal): (number | null)[] {
  const sign = goal === 'minimize' ? -1 : 1;
  let best: number | null = null;
  return values.map((v) => {
    if (v !== null && !Number.isNaN(v) && (best === null || sign * v > sign * best)) best = v;
    return best;
  });
}

/** bestSoFar of a study's observations. */
export function studyBestSoFar(state: LoopState): (number | null)[] {
  return bestSoFar(
    state.observations.map((o) => o.y),
    state.config.goal,
  );
}
