/**
 * The numbers of the grid-vs-random figure (Bergstra & Bengio, 2012): an objective on [0, 1]^2
 * whose two axes matter by adjustable weights, the four designs it is searched with, the distinct
 * values each design tries per axis, and the best value found, once or over many seeds.
 */
import { createRng } from '../../math/rng.ts';
import { grid, lhs, sobol, uniform } from '../../math/samplers.ts';
import type { PointSet } from '../../math/types.ts';
import { importantParameterObjective } from '../../objectives/registry.ts';
import { importantG, unimportantH } from '../../objectives/teaching.ts';

/** The designs compared, in the order the figure lists them. */
export const DESIGN_KINDS = ['grid', 'random', 'lhs', 'sobol'] as const;
export type DesignKind = (typeof DESIGN_KINDS)[number];

/** How much each axis matters: f(x, y) = wx g(x) + wy h(y), both weights >= 0. */
export interface Weights {
  readonly wx: number;
  readonly wy: number;
}

/** The objective's x part alone (what the trials' x values are worth). */
export function profileX(x: number, w: Weights): number {
  return w.wx * importantG(x);
}

/** The objective's y part alone. */
export function profileY(y: number, w: Weights): number {
  return w.wy * unimportantH(y);
}

/** f(x, y) = wx g(x) + wy h(y), the registry's 'important-parameter' objective at wx = 1. */
export function coverageValue(x: number, y: number, w: Weights): number {
  return profileX(x, w) + profileY(y, w);
}

/** The maximum of f and where it is; separable, so it is g's maximum and h's (1 at y = 0.5). */
export function coverageOptimum(w: Weights): { value: number; x: number; y: number } {
  const g = importantParameterObjective(0).optimum;
  const xStar = g?.x[0]?.[0] ?? NaN;
  return { value: w.wx * (g?.value ?? NaN) + w.wy * unimportantH(0.5), x: xStar, y: 0.5 };
}

/**
 * perAxis^2 points of a design in [0, 1]^2. The grid is fixed (cell centres); the others draw on
 * the seed: uniform random, Latin hypercube, scrambled Sobol'.
 */
export function designPoints(kind: DesignKind, perAxis: number, seed: number): PointSet {
  const n = perAxis * perAxis;
  const rng = createRng(seed);
  switch (kind) {
    case 'grid':
      return grid({ perDim: perAxis }, 2);
    case 'random':
      return uniform(n, 2, rng);
    case 'lhs':
      return lhs(n, 2, rng);
    case 'sobol':
      return sobol(n, 2, { scramble: rng });
  }
}

/** Coordinate k of every point. */
export function axisValues(points: PointSet, k: number): Float64Array {
  return Float64Array.from({ length: points.n }, (_, i) => points.data[i * points.d + k] as number);
}

/** How many different values there are, two values within `tol` counting as one. */
export function distinctCount(values: ArrayLike<number>, tol = 1e-9): number {
  const sorted = Float64Array.from(values).sort();
  let count = 0;
  let last = -Infinity;
  for (const v of sorted) {
    if (v - last > tol) {
      count++;
      last = v;
    }
  }
  return count;
}

/** The best trial of a design: its value and its index (the first of equals). */
export interface BestTrial {
  readonly value: number;
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

export function bestTrial(points: PointSet, w: Weights): BestTrial {
  let best: BestTrial = { value: -Infinity, index: -1, x: NaN, y: NaN };
  for (let i = 0; i < points.n; i++) {
    const x = points.data[i * 2] as number;
    const y = points.data[i * 2 + 1] as number;
    const v = coverageValue(x, y, w);
    if (v > best.value) best = { value: v, index: i, x, y };
  }
  return best;
}

/** One design searched once: its points, what it covered and what it found. */
export interface CoverageRun {
  readonly points: PointSet;
  readonly distinctX: number;
  readonly distinctY: number;
  readonly best: BestTrial;
}

export function coverageRun(
  kind: DesignKind,
  perAxis: number,
  seed: number,
  w: Weights,
): CoverageRun {
  const points = designPoints(kind, perAxis, seed);
  return {
    points,
    distinctX: distinctCount(axisValues(points, 0)),
    distinctY: distinctCount(axisValues(points, 1)),
    best: bestTrial(points, w),
  };
}

/** Best values per design over seeds firstSeed, firstSeed + 1, ...: entry i is seed firstSeed + i. */
export type RepeatBests = Readonly<Record<DesignKind, Float64Array>>;

export function emptyRepeat(seeds: number): RepeatBests {
  return {
    grid: new Float64Array(seeds),
    random: new Float64Array(seeds),
    lhs: new Float64Array(seeds),
    sobol: new Float64Array(seeds),
  };
}

/**
 * Fills seeds [from, to) of `out`. Seed firstSeed + i gives exactly the run the single-seed view
 * shows for that seed. The grid does not depend on the seed, so it is computed once per call.
 */
export function repeatSlice(
  out: RepeatBests,
  from: number,
  to: number,
  perAxis: number,
  firstSeed: number,
  w: Weights,
): void {
  const gridBest = bestTrial(designPoints('grid', perAxis, 0), w).value;
  for (let i = from; i < to; i++) {
    out.grid[i] = gridBest;
    for (const kind of ['random', 'lhs', 'sobol'] as const) {
      out[kind][i] = bestTrial(designPoints(kind, perAxis, firstSeed + i), w).value;
    }
  }
}

/** Share of `values` strictly above `threshold` (beyond float noise). */
export function shareAbove(values: ArrayLike<number>, threshold: number, tol = 1e-12): number {
  if (values.length === 0) return NaN;
  let k = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > threshold + tol) k++;
  return k / values.length;
}
