/**
 * The acquisition as a person reads it, converted from what the decision ranks. The loop always
 * maximizes, in the GP's maximization units (sign * f). For EI and PI that is harmless: they are
 * improvements, non-negative under either goal. UCB and a Thompson path are not: for a minimized f
 * they come out as −mean + κσ and −(sample), an upside-down copy of the model in units nobody
 * observed. So a minimized f shows the lower confidence bound mean − κσ and the sample in f's own
 * units, and the chosen point is their lowest. Narration, readout, legends, colour bars and plots
 * all convert through this one file; the decision (bo/loop.ts, math/) is left as it is.
 */
import { ei, evaluateAcquisition, pi, type AcquisitionSpec } from '../math/acquisition.ts';
import { predict } from '../math/gp.ts';
import type { Goal } from '../objectives/types.ts';
import type { Analysis } from './analysis.ts';
import { goalSign, modelData } from './modelData.ts';
import type { LoopState } from './types.ts';

/** Whether the shown acquisition chooses its lowest point (LCB, a Thompson path for a minimized f). */
export function lowestChosen(spec: AcquisitionSpec, goal: Goal): boolean {
  return goal === 'minimize' && (spec.type === 'ucb' || spec.type === 'thompson');
}

/** shown = sign * decided: −1 where the shown acquisition is in f's units of a minimized f. */
export function shownSign(spec: AcquisitionSpec, goal: Goal): 1 | -1 {
  return lowestChosen(spec, goal) ? -1 : 1;
}

/** One acquisition value as shown, from the value the decision ranked. */
export function shownValue(spec: AcquisitionSpec, goal: Goal, decided: number): number {
  return shownSign(spec, goal) * decided;
}

/** A whole surface as shown; the same array when nothing changes (memoized plots stay put). */
export function shownValues<T extends ArrayLike<number>>(
  spec: AcquisitionSpec,
  goal: Goal,
  decided: T | null,
): T | Float64Array | null {
  if (!decided || shownSign(spec, goal) === 1) return decided;
  return Float64Array.from(decided, (v) => -v);
}

/**
 * The shown acquisition from the shown mean, σ and best (f's units): the formula a student can
 * check against the readout. EI and PI: the improvement over the best in the goal's direction
 * (ξ likewise); UCB: mean + κσ, or mean − κσ when minimizing. NaN for Thompson (a random path).
 */
export function shownFormula(
  spec: AcquisitionSpec,
  goal: Goal,
  mean: number,
  std: number,
  best: number,
): number {
  const s = goalSign(goal);
  switch (spec.type) {
    case 'ei':
      return ei(s * mean, std, s * best, spec.xi);
    case 'pi':
      return pi(s * mean, std, s * best, spec.xi);
    case 'ucb':
      return mean + s * spec.kappa * Math.max(std, 0);
    case 'thompson':
      return NaN;
  }
}

/** The model's numbers at one point, as shown: mean and best in f's units, acquisition shown. */
export interface ShownPoint {
  readonly x: readonly number[];
  readonly mean: number;
  readonly std: number;
  /** The best observed value the acquisition improves on (f's units); NaN without a model. */
  readonly best: number;
  /** NaN where there is none to show (Thompson before a path was drawn). */
  readonly acquisition: number;
}

/**
 * The next point and the model's values there, computed once from the model that chose it: what
 * the narration states and the readout of the next point shows (not a grid cell near it).
 * Null while there is no model to ask.
 */
export function nextPointShown(state: LoopState, analysis: Analysis): ShownPoint | null {
  const { proposal, path } = analysis.suggestion;
  const model = analysis.suggestion.model ?? analysis.model;
  if (!model) return null;
  const { goal, acquisition: spec } = state.config;
  const d = proposal.x.length;
  // The init phase has no suggestion.best: the plots draw EI against the best of the data.
  const best = analysis.suggestion.best ?? Math.max(...modelData(state.observations, goal, d).y);
  const mean = new Float64Array(1);
  const std = new Float64Array(1);
  const X = { data: Float64Array.from(proposal.x), n: 1, d };
  predict(model, X, mean, std);
  const value = new Float64Array(1);
  if (spec.type !== 'thompson') evaluateAcquisition(spec, mean, std, best, value);
  else if (path) path.evaluate(X, value);
  else value[0] = NaN;
  const s = goalSign(goal);
  return {
    x: [...proposal.x],
    mean: s * (mean[0] as number),
    std: std[0] as number,
    best: Number.isFinite(best) ? s * best : NaN,
    acquisition: shownValue(spec, goal, value[0] as number),
  };
}
