/** The named objectives the app and the CLI offer, looked up by id. */
import { benchmarks1d } from './benchmarks1d.ts';
import { benchmarks2d } from './benchmarks2d.ts';
import { importantParameterObjective, syntheticLrWd } from './teaching.ts';
import type { Objective } from './types.ts';

export { importantParameterObjective, IMPORTANT_PARAMETER_DEFAULT_WEIGHT } from './teaching.ts';

/** The seed example of the python `bayesian-optimization` library; the app opens on it. */
export const DEFAULT_OBJECTIVE_ID = 'bayes-opt-1d';

/**
 * The 2D example of the design (bayes_opt's hyperparameter example: log10 learning rate and
 * log10 weight decay), a synthetic surface until the trained-network objective exists.
 */
export const DEFAULT_2D_OBJECTIVE_ID = 'synthetic-lr-wd';

/** Every named objective, in menu order: 1D first, then 2D benchmarks, then teaching demos. */
export const objectives: readonly Objective[] = [
  ...benchmarks1d,
  ...benchmarks2d,
  importantParameterObjective(),
  syntheticLrWd,
];

const byId: ReadonlyMap<string, Objective> = new Map(objectives.map((o) => [o.id, o]));

/** The registry entry with this id, or undefined for an unknown id (e.g. from a stale URL). */
export function getObjective(id: string): Objective | undefined {
  return byId.get(id);
}
