/**
 * The trials a study has made, as the lines an exported script registers them with before asking
 * its library for more, so a student continues (or checks) the very run they watched. Every
 * number goes through pyNumber (JavaScript's shortest round-trip form, which Python's float()
 * reads back to the same double) and every name through the script's own name maps.
 */
import { modelData } from '../bo/modelData.ts';
import type { Observation } from '../bo/types.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import { pyNumber } from './pythonExpr.ts';
import { pyString } from './pythonText.ts';

const isFailed = (o: Observation): boolean => o.y === null || Number.isNaN(o.y);

/** What is left of the app's budget: the user's own points (phase 'manual') do not spend it. */
export function remainingBudget(
  observations: readonly Observation[],
  initPoints: number,
  iterations: number,
): { init: number; iter: number; total: number } {
  const made = (phase: Observation['phase']) =>
    observations.filter((o) => o.phase === phase).length;
  const init = Math.max(0, initPoints - made('init'));
  const iter = Math.max(0, iterations - made('bo'));
  const total = Math.max(0, initPoints + iterations - made('init') - made('bo'));
  return { init, iter: Math.min(iter, total - init), total };
}

/**
 * bayes_opt: every trial as the app's model sees it (modelData): the target signed so that larger
 * is better (bayes_opt maximizes), ±Infinity clipped past the finite range, and a failed point at
 * the worst value observed; parameters in search units, a log dimension as its exponent.
 */
export function bayesOptRegisters(
  o: Objective,
  observations: readonly Observation[],
  param: (d: Dim) => string,
): { lines: string[]; duplicates: boolean } {
  const data = modelData(observations, o.goal, o.dims.length);
  const d = o.dims.length;
  const seen = new Set<string>();
  let duplicates = false;
  const lines = data.source.map((obsIndex, row) => {
    const x = o.dims.map((_, k) => data.X.data[row * d + k] as number);
    const key = x.join(',');
    duplicates ||= seen.has(key);
    seen.add(key);
    const params = o.dims.map((dim, k) => `${pyString(param(dim))}: ${pyNumber(x[k] as number)}`);
    const ob = observations[obsIndex] as Observation;
    const note = isFailed(ob)
      ? "  # failed in the app: at the worst value seen, as the app's model takes it"
      : Number.isFinite(ob.y)
        ? ''
        : `  # ${ob.y as number} in the app, clipped for the GP as the app does`;
    return `optimizer.register(params={${params.join(', ')}}, target=${pyNumber(data.y[row] as number)})${note}`;
  });
  return { lines, duplicates };
}

/** A log dimension's natural value, kept inside Optuna's bounds (10 ** -5 is just under 1e-5). */
function naturalIn(d: Dim, v: number, low: number, high: number): number {
  if (d.scale !== 'log10') return v;
  return Math.min(high, Math.max(low, 10 ** v));
}

/**
 * Optuna: every trial with its distributions and its state: COMPLETE with the value as the app
 * shows it (±inf included), FAIL without one. Parameters in natural units; a log dimension's
 * distribution has log=True, which samples uniformly in the exponent, the app's search space.
 */
export function optunaAddTrials(
  o: Objective,
  observations: readonly Observation[],
  distributions: string,
  bounds: (d: Dim) => { low: number; high: number },
): string[] {
  return observations.map((ob) => {
    const params = o.dims.map((d, k) => {
      const { low, high } = bounds(d);
      return `${pyString(d.name)}: ${pyNumber(naturalIn(d, ob.x[k] as number, low, high))}`;
    });
    const head = `study.add_trial(optuna.trial.create_trial(params={${params.join(', ')}}, distributions=${distributions}`;
    if (isFailed(ob)) return `${head}, state=optuna.trial.TrialState.FAIL))`;
    const y = ob.y as number;
    const value = Number.isFinite(y) ? pyNumber(y) : y > 0 ? 'float("inf")' : 'float("-inf")';
    return `${head}, value=${value}))`;
  });
}
