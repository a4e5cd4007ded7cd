/**
 * The y axis of the race's best-so-far plot. Fitted to everything, the first random draws (Branin:
 * up to 300) set the axis and the four curves end in one flat band near the optimum (0.4); fitted
 * to the medians from a third of the budget on, the strategies' end game fills the plot. The
 * earlier values are still there on the regret plot's log axis.
 */
export function raceBestFitFrom(budget: number): number {
  return Math.max(2, Math.ceil(budget / 3));
}
