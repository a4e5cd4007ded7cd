/**
 * One-dimensional objectives. Optima were found by a dense scan refined with a bounded scalar
 * minimizer and are re-checked numerically in benchmarks.test.ts.
 */
import type { Objective } from './types.ts';

const at = (x: readonly number[]): number => x[0] as number;

/**
 * The example from the README of the python `bayesian-optimization` library, the default screen.
 * Its maximum is at x = 0.6313742 (the often quoted 0.63138 is a rounding of a coarser run).
 */
export const bayesOpt1d: Objective = {
  id: 'bayes-opt-1d',
  title: 'bayes_opt example',
  description:
    'The classic first example of the bayes_opt library: two bumps and a broad hill, with the best value hidden near x = 0.63.',
  dims: [{ name: 'x', min: -2, max: 6, scale: 'linear' }],
  goal: 'maximize',
  optimum: { value: 1.707495873303, x: [[0.631374227921]] },
  f: (p) => {
    const x = at(p);
    return Math.exp(-((x - 3) ** 2)) + Math.exp(-((3 * x - 2) ** 2)) + 1 / (x ** 2 + 1);
  },
  formula: 'exp(-(x - 3)^2) + exp(-(3x - 2)^2) + 1 / (x^2 + 1)',
};

/** The target of bayes_opt's visualization notebook: a sharp peak, a wide hill and a shoulder. */
export const bayesOptVisualization: Objective = {
  id: 'bayes-opt-visualization',
  title: 'bayes_opt visualization',
  description:
    'The target from the bayes_opt visualization notebook: a sharp peak at x ≈ 2 next to a wide, lower hill that can lure the search away.',
  dims: [{ name: 'x', min: -2, max: 10, scale: 'linear' }],
  goal: 'maximize',
  optimum: { value: 1.40189718129, x: [[2.000874343147]] },
  f: (p) => {
    const x = at(p);
    return Math.exp(-((x - 2) ** 2)) + Math.exp(-((x - 6) ** 2) / 10) + 1 / (x ** 2 + 1);
  },
  formula: 'exp(-(x - 2)^2) + exp(-(x - 6)^2 / 10) + 1 / (x^2 + 1)',
};

/** Forrester et al. (2008), Engineering Design via Surrogate Modelling. */
export const forrester: Objective = {
  id: 'forrester',
  title: 'Forrester function',
  description:
    'A standard surrogate-modelling test: a deep valley near x = 0.76 and a decoy local minimum on the left.',
  dims: [{ name: 'x', min: 0, max: 1, scale: 'linear' }],
  goal: 'minimize',
  optimum: { value: -6.020740055767, x: [[0.757248757822]] },
  f: (p) => {
    const x = at(p);
    return (6 * x - 2) ** 2 * Math.sin(12 * x - 4);
  },
  formula: '(6x - 2)^2 * sin(12x - 4)',
};

/** Gramacy & Lee (2012), Cases for the nugget in modeling computer experiments. */
export const gramacyLee: Objective = {
  id: 'gramacy-lee',
  title: 'Gramacy & Lee function',
  description:
    'Fast wiggles on a rising curve: many local minima, and the deepest one sits right at the left edge.',
  dims: [{ name: 'x', min: 0.5, max: 2.5, scale: 'linear' }],
  goal: 'minimize',
  optimum: { value: -0.869011134989, x: [[0.548563444568]] },
  f: (p) => {
    const x = at(p);
    return Math.sin(10 * Math.PI * x) / (2 * x) + (x - 1) ** 4;
  },
  formula: 'sin(10 pi x) / (2x) + (x - 1)^4',
};

/** The one-dimensional objectives, in menu order. */
export const benchmarks1d: readonly Objective[] = [
  bayesOpt1d,
  bayesOptVisualization,
  forrester,
  gramacyLee,
];
