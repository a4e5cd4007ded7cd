/**
 * Objectives built for a lesson rather than taken from the literature: the grid-vs-random argument
 * and the log-scale hyperparameter demo.
 */
import type { Objective } from './types.ts';

const gauss = (x: number, mu: number, sigma: number): number =>
  Math.exp(-((x - mu) ** 2) / (2 * sigma ** 2));

/**
 * The important coordinate of Bergstra & Bengio's argument. A broad decoy near 0.25 is what a
 * 5-point grid finds (grid lines at 0.1, 0.3, ..., 0.9 or at 0, 0.25, ..., 1 alike); the best
 * value is a narrow peak at 0.62, more than 0.07 from every line of either grid, so the grid
 * misses it while each of 25 random trials lands within 0.03 of it with probability 0.06.
 */
export const importantG = (x: number): number =>
  0.5 * gauss(x, 0.25, 0.12) + gauss(x, 0.62, 0.025) + 0.3 * gauss(x, 0.88, 0.06);

/** The unimportant coordinate: a gentle hump, maximal at y = 0.5. */
export const unimportantH = (y: number): number => Math.sin(Math.PI * y);

// argmax and max of importantG, found by a dense scan and a bounded refine (re-checked in tests).
const IMPORTANT_X_STAR = 0.61993179045802;
const IMPORTANT_G_STAR = 1.00433966364373;

/** Weight of the unimportant coordinate in the registry's entry. */
export const IMPORTANT_PARAMETER_DEFAULT_WEIGHT = 0.05;

/**
 * The "one parameter matters" objective of Bergstra & Bengio (2012), f(x, y) = g(x) + weight *
 * h(y) on [0, 1]^2, maximized. With a small weight, a 5 x 5 grid tries only five distinct values
 * of x and wastes the other twenty trials on y; 25 random trials try 25 values of x.
 *
 * Every weight keeps the id `important-parameter`, so the weight must be stored alongside the id.
 * With weight 0 every y is optimal; the optimum then lists the point at y = 0.5 only.
 *
 * @param weight - how much y matters; finite and >= 0.
 * @throws RangeError for a negative or non-finite weight.
 */
export function importantParameterObjective(
  weight: number = IMPORTANT_PARAMETER_DEFAULT_WEIGHT,
): Objective {
  if (!Number.isFinite(weight) || weight < 0) {
    throw new RangeError(
      `importantParameterObjective: weight must be finite and >= 0, got ${weight}`,
    );
  }
  return {
    id: 'important-parameter',
    title: 'One important parameter',
    description:
      'Only x really matters and its best value hides between the lines of a 5 × 5 grid, which random search has a fair chance to hit.',
    dims: [
      { name: 'x', min: 0, max: 1, scale: 'linear', label: 'x (important)' },
      { name: 'y', min: 0, max: 1, scale: 'linear', label: 'y (unimportant)' },
    ],
    goal: 'maximize',
    optimum: { value: IMPORTANT_G_STAR + weight, x: [[IMPORTANT_X_STAR, 0.5]] },
    f: (p) => importantG(p[0] as number) + weight * unimportantH(p[1] as number),
    formula:
      '0.5 exp(-(x - 0.25)^2 / (2 * 0.12^2)) + exp(-(x - 0.62)^2 / (2 * 0.025^2)) + ' +
      `0.3 exp(-(x - 0.88)^2 / (2 * 0.06^2)) + ${weight} * sin(pi y)`,
  };
}

// Peak of the synthetic accuracy surface, in log10 units, and the ridge's widths in decades.
const LR_PEAK = -2.5;
const WD_PEAK = -3.7;
const ALONG_RIDGE = 1.1;
const ACROSS_RIDGE = 0.5;

/**
 * A stand-in for a network's validation accuracy over log10 learning rate and log10 weight decay.
 * The ridge runs along lr * wd = const (a 45 degree tilt in log-log space), a crude picture of the
 * effective regularization depending on their product; chance level is 0.1 as for 10 classes.
 */
export const syntheticLrWd: Objective = {
  id: 'synthetic-lr-wd',
  title: 'Synthetic learning rate × weight decay',
  description:
    'A made-up validation-accuracy surface over learning rate and weight decay, both searched on a log scale, standing in for a real trained network until that objective exists.',
  dims: [
    { name: 'lr', min: -5, max: -1, scale: 'log10', label: 'log10 learning rate' },
    { name: 'wd', min: -5, max: -1, scale: 'log10', label: 'log10 weight decay' },
  ],
  goal: 'maximize',
  optimum: { value: 0.98, x: [[LR_PEAK, WD_PEAK]] },
  f: (p) => {
    const a = (p[0] as number) - LR_PEAK;
    const b = (p[1] as number) - WD_PEAK;
    // Squared distances along and across the ridge direction (1, -1) / sqrt(2).
    const along = (a - b) ** 2 / 2;
    const across = (a + b) ** 2 / 2;
    return (
      0.1 + 0.88 * Math.exp(-along / (2 * ALONG_RIDGE ** 2) - across / (2 * ACROSS_RIDGE ** 2))
    );
  },
  // Formulas see natural units (formula.ts), hence log10(lr) here.
  formula:
    '0.1 + 0.88 * exp(-(log10(lr) + 2.5 - (log10(wd) + 3.7))^2 / (4 * 1.1^2) - (log10(lr) + 2.5 + log10(wd) + 3.7)^2 / (4 * 0.5^2))',
};
