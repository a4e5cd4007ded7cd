/**
 * What the 1D objective plot draws for a Thompson decision: the sample path the loop drew and
 * optimized (bo/analysis.ts evaluates the suggestion's own path on the grid, so it is that
 * function, not a look-alike), turned into f's units, and the point it chose on it.
 */
import { shownValue, shownValues, lowestChosen } from '../bo/acquisitionShown.ts';
import type { Analysis } from '../bo/analysis.ts';
import type { LoopConfig } from '../bo/types.ts';
import type { ThompsonSample } from '../plots/ObjectivePlot1D.tsx';

export function thompsonSample(
  config: Pick<LoopConfig, 'acquisition' | 'goal'>,
  analysis: Pick<Analysis, 'acquisition' | 'suggestion'>,
  shown: boolean,
): ThompsonSample | null {
  const { proposal, path } = analysis.suggestion;
  if (!shown || config.acquisition.type !== 'thompson' || !path || !analysis.acquisition)
    return null;
  const values = shownValues(config.acquisition, config.goal, analysis.acquisition);
  if (!values) return null;
  const decided = proposal.acquisitionValue;
  // A fallback (the optimum was a point already taken) chose another point: mark no optimum then.
  const optimum =
    proposal.fallback || decided === undefined
      ? null
      : {
          x: proposal.x[0] as number,
          y: shownValue(config.acquisition, config.goal, decided),
        };
  return { values, optimum, lowest: lowestChosen(config.acquisition, config.goal) };
}
