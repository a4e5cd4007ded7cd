/**
 * Summaries of many seeded runs: best-so-far curves, regret against a known optimum, and the median
 * with its interquartile band per evaluation. Pure; the race and the parallel figure plot these.
 */
import { bestSoFar } from '../../bo/bestSoFar.ts';
import { quantileSorted } from '../stats.ts';

// One definition each (bo/bestSoFar.ts, lab/stats.ts); re-exported for the figures that read here.
export { bestSoFar, quantileSorted };

import type { Goal } from '../../objectives/types.ts';

/**
 * How far a value falls short of the optimum, in the objective's units: optimum - best when
 * maximizing, best - optimum when minimizing. Never negative: a best that beats the stated optimum
 * by float noise (the optimum is rounded to float64) counts as 0.
 */
export function regret(best: number, optimum: number, goal: Goal): number {
  const r = goal === 'maximize' ? optimum - best : best - optimum;
  return r > 0 ? r : 0;
}

/** Regret after each evaluation; Infinity before any evaluation has succeeded. */
export function regretCurve(
  values: readonly (number | null)[],
  optimum: number,
  goal: Goal,
): number[] {
  return bestSoFar(values, goal).map((b) => (b === null ? Infinity : regret(b, optimum, goal)));
}

/** Median and quartiles of several curves, per index (the curves may differ in length). */
export interface BandSummary {
  readonly median: number[];
  readonly q25: number[];
  readonly q75: number[];
  /** Number of curves that reach each index. */
  readonly count: number[];
}

export function summarizeCurves(curves: readonly (readonly number[])[]): BandSummary {
  const length = Math.max(0, ...curves.map((c) => c.length));
  const median: number[] = [];
  const q25: number[] = [];
  const q75: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < length; i++) {
    const column = curves
      .filter((c) => c.length > i)
      .map((c) => c[i] as number)
      .filter((v) => !Number.isNaN(v))
      .sort((a, b) => a - b);
    median.push(quantileSorted(column, 0.5));
    q25.push(quantileSorted(column, 0.25));
    q75.push(quantileSorted(column, 0.75));
    count.push(column.length);
  }
  return { median, q25, q75, count };
}
