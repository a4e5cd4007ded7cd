/** Small deterministic inputs shared by the plot tests. */
import type { Observation1D } from '../ObjectivePlot1D.tsx';

/** The seed objective of bayes_opt's first example. */
export const seedObjective = (x: number) =>
  Math.exp(-((x - 3) ** 2)) + Math.exp(-((3 * x - 2) ** 2)) + 1 / (x * x + 1);

/** 17 points on [-2, 6]. */
export const grid = Float64Array.from({ length: 17 }, (_, i) => -2 + i * 0.5);
export const truth = grid.map(seedObjective);
export const mean = grid.map((x) => 0.8 + 0.3 * Math.sin(x));
export const std = grid.map((x) => 0.1 + 0.05 * Math.abs(x - 2));

export const observations: readonly Observation1D[] = [
  { x: -1, y: seedObjective(-1), index: 1, phase: 'init' },
  { x: 4, y: seedObjective(4), index: 2, phase: 'init' },
  { x: 0.6, y: seedObjective(0.6), index: 3, phase: 'bo' },
  { x: 5.5, y: null, index: 4, phase: 'bo' },
  { x: 2.5, y: seedObjective(2.5), index: 5, phase: 'manual' },
];
