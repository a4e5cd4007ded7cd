/**
 * What an objective is: a function on a box, a goal, and (for benchmarks) its known optimum.
 *
 * Units. Every point handed to `Objective.f`, and every point in `Objective.optimum.x`, is in
 * "search units", the same units the optimization loop works in (src/bo/types.ts): the value itself
 * for a linear dimension, the base-10 exponent for a log10 dimension. A learning rate of 0.003 is
 * therefore passed as log10(0.003) ≈ -2.52. Use `toNaturalUnits` (evaluate.ts) to show a point to a
 * person in the units they think in.
 */

/**
 * How a dimension is searched and plotted.
 *
 * - `'linear'`: the dimension is searched as is; `min`/`max` are plain values.
 * - `'log10'`: the dimension is searched, modelled and plotted in log10 space, and `min`/`max` are
 *   exponents: a learning rate between 1e-5 and 1e-1 has `min: -5, max: -1`. Sampling uniformly in
 *   this space gives every decade the same share of trials, which is why learning rates and weight
 *   decays are searched this way.
 */
export type Scale = 'linear' | 'log10';

/** One coordinate of the search box. */
export interface Dim {
  /** Identifier used in formulas, URLs and the CLI's output (e.g. `x`, `lr`). */
  readonly name: string;
  /** Lower bound, in search units (an exponent when `scale` is `'log10'`). */
  readonly min: number;
  /** Upper bound, in search units (an exponent when `scale` is `'log10'`). */
  readonly max: number;
  readonly scale: Scale;
  /** Human-readable axis label, e.g. "log10 learning rate"; falls back to `name`. */
  readonly label?: string;
}

/** Whether larger or smaller values are better. */
export const GOALS = ['maximize', 'minimize'] as const;
export type Goal = (typeof GOALS)[number];

/** The best value of an objective and every point where it is reached. */
export interface Optimum {
  readonly value: number;
  /** All known argmax/argmin points, in search units. */
  readonly x: readonly (readonly number[])[];
}

/** A function to optimize over a box, with what a student needs to read about it. */
export interface Objective {
  /** Stable kebab-case id, used in URLs and by the CLI's `"objective"` field. */
  readonly id: string;
  readonly title: string;
  /** One sentence for a student. */
  readonly description: string;
  readonly dims: readonly Dim[];
  readonly goal: Goal;
  /** Known optimum (benchmarks); absent for user formulas and trained networks. */
  readonly optimum?: Optimum;
  /**
   * The objective at a point in search units (see the module comment). May return NaN or throw
   * for a failed evaluation; call it through `safeEvaluate` (evaluate.ts) to get a typed result.
   */
  readonly f: (x: readonly number[]) => number;
  /** Plain-text formula for display/export where one exists (the syntax `compileFormula` reads). */
  readonly formula?: string;
}
