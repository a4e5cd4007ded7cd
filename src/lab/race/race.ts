/** The race's bookkeeping: which studies to run, and their summaries per strategy. Pure. */
import type { Objective } from '../../objectives/types.ts';
import { bestSoFar, regretCurve, summarizeCurves, type BandSummary } from '../sim/stats.ts';
import type { RaceStrategy, SimResult, SimTask } from '../sim/tasks.ts';

export const RACE_STRATEGIES: readonly RaceStrategy[] = ['bo', 'random', 'grid', 'coarse'];

/** The objectives offered: benchmarks with a known optimum, so regret is defined. */
export const RACE_OBJECTIVES = ['bayes-opt-1d', 'forrester', 'branin', 'six-hump-camel'] as const;

/**
 * The race as it opens: Branin with the app's 2D budget (3 + 27 on the BO screen), over 10 seeds.
 * With 20 evaluations a 4 x 5 grid puts a cell centre near one of Branin's three optima, and BO's
 * model has too few points to pass it before the end: the default would teach that grid wins.
 */
export const RACE_DEFAULTS = { objective: 'branin', budget: 30, seeds: 10 } as const;

/** Seed-major order, so the studies finished so far are spread evenly over the strategies. */
export function raceTasks(objective: string, budget: number, seeds: number): SimTask[] {
  const tasks: SimTask[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    for (const strategy of RACE_STRATEGIES) {
      tasks.push({ kind: 'race', objective, strategy, budget, seed });
    }
  }
  return tasks;
}

export interface StrategySummary {
  readonly strategy: RaceStrategy;
  readonly runs: number;
  readonly best: BandSummary;
  readonly regret: BandSummary;
}

/** Median and quartiles of best-so-far and regret per strategy, from the results finished so far. */
export function summarizeRace(
  obj: Objective,
  tasks: readonly SimTask[],
  results: readonly (SimResult | undefined)[],
): StrategySummary[] {
  const optimum = obj.optimum?.value ?? NaN;
  return RACE_STRATEGIES.map((strategy) => {
    const ys: (number | null)[][] = [];
    tasks.forEach((task, i) => {
      const r = results[i];
      if (task.kind === 'race' && task.strategy === strategy && r?.kind === 'race') ys.push(r.ys);
    });
    const best = ys.map((y) => bestSoFar(y, obj.goal).map((b) => (b === null ? NaN : b)));
    const regret = ys.map((y) => regretCurve(y, optimum, obj.goal));
    return {
      strategy,
      runs: ys.length,
      best: summarizeCurves(best),
      regret: summarizeCurves(regret),
    };
  });
}
