/**
 * Point designs in the unit cube [0, 1]^d (grid, uniform random, Latin hypercube; Sobol' lives in
 * sobol.ts) and the map from the unit cube into a box whose dimensions each have a scale. Keeping
 * the designs scale-free means one map implements log-uniform and reverse-log sampling for every
 * design: a uniform design mapped through a 'log10' dimension is log-uniform, an LHS design mapped
 * the same way is stratified per decade.
 *
 * Ordering of grids: dimension 0 varies fastest, so a 2D grid of nx x ny points is laid out like
 * an image with y as the row: point ix + nx * iy.
 */
import type { Rng } from './rng.ts';
import type { PointSet } from './types.ts';

export { sobol, SOBOL_MAX_DIMENSION, type SobolOptions } from './sobol.ts';

/**
 * How a dimension's values are spread: 'linear'; 'log10' (uniform in log10 v, for learning rates
 * and weight decays); 'reverseLog' (uniform in log10(1 - v), for values crowding toward 1 such as
 * Adam's beta in [0.9, 0.999]).
 */
export type Scale = 'linear' | 'log10' | 'reverseLog';

/** A bounded dimension, in its own units. */
export interface ScaledInterval {
  readonly min: number;
  readonly max: number;
  readonly scale: Scale;
}

function checkDim(d: number): void {
  if (!Number.isInteger(d) || d < 1) throw new RangeError(`d must be a positive integer, got ${d}`);
}

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
}

function countsPerDim(perDim: number | readonly number[], d: number): number[] {
  checkDim(d);
  const counts = typeof perDim === 'number' ? new Array<number>(d).fill(perDim) : [...perDim];
  if (counts.length !== d)
    throw new RangeError(`got ${counts.length} grid counts for ${d} dimensions`);
  for (const c of counts) {
    if (!Number.isInteger(c) || c < 1)
      throw new RangeError(`grid counts must be positive integers, got ${c}`);
  }
  return counts;
}

/**
 * Points per dimension for a grid of at most `total` points in d dimensions, as many as fit: equal
 * counts k = floor(total^(1/d)), then one more in the leading dimensions while the product stays
 * within the budget (12 points in 2D give 4 x 3, not 3 x 3).
 */
export function gridCountsForBudget(total: number, d: number): number[] {
  checkDim(d);
  if (!Number.isInteger(total) || total < 1)
    throw new RangeError(`total must be a positive integer, got ${total}`);
  let k = Math.max(1, Math.floor(total ** (1 / d)));
  // total ** (1/d) can land a hair below an exact integer root (e.g. 1000 ** (1/3)).
  while ((k + 1) ** d <= total) k++;
  while (k > 1 && k ** d > total) k--;
  const counts = new Array<number>(d).fill(k);
  let product = k ** d;
  for (let i = 0; i < d; i++) {
    const grown = (product / k) * (k + 1);
    if (grown > total) break;
    counts[i] = k + 1;
    product = grown;
  }
  return counts;
}

/** Either points per dimension (one count for all, or one each) or a total budget. */
export type GridSize = { readonly perDim: number | readonly number[] } | { readonly total: number };

function latticeGrid(counts: readonly number[], coord: (i: number, k: number) => number): PointSet {
  const d = counts.length;
  let n = 1;
  for (const c of counts) n *= c;
  const data = new Float64Array(n * d);
  const axes = counts.map((c) => Float64Array.from({ length: c }, (_, i) => coord(i, c)));
  const idx = new Array<number>(d).fill(0);
  for (let p = 0; p < n; p++) {
    for (let k = 0; k < d; k++)
      data[p * d + k] = (axes[k] as Float64Array)[idx[k] as number] as number;
    // Odometer with dimension 0 as the fastest digit.
    for (let k = 0; k < d; k++) {
      const next = (idx[k] as number) + 1;
      if (next < (counts[k] as number)) {
        idx[k] = next;
        break;
      }
      idx[k] = 0;
    }
  }
  return { data, n, d };
}

/**
 * A grid of cell centers: with k points in a dimension they sit at (i + 0.5) / k, so the points
 * split the interval evenly and never sit on the boundary (a grid search that tries the bounds
 * themselves wastes budget on the least likely values). Dimension 0 varies fastest.
 */
export function grid(size: GridSize, d: number): PointSet {
  const counts =
    'total' in size ? gridCountsForBudget(size.total, d) : countsPerDim(size.perDim, d);
  return latticeGrid(counts, (i, k) => (i + 0.5) / k);
}

/**
 * A grid including both edges: with k points at i / (k - 1) (a single point sits at 0.5). This is
 * the plotting grid; the acquisition optimizer includes it among its candidates so that the marked
 * next point is never off the plotted maximum. Dimension 0 varies fastest.
 */
export function gridIncludingEdges(pointsPerDim: number | readonly number[], d: number): PointSet {
  const counts = countsPerDim(pointsPerDim, d);
  return latticeGrid(counts, (i, k) => (k === 1 ? 0.5 : i / (k - 1)));
}

/** n independent uniform points in [0, 1)^d. */
export function uniform(n: number, d: number, rng: Rng): PointSet {
  checkCount(n, 'n');
  checkDim(d);
  const data = new Float64Array(n * d);
  for (let i = 0; i < data.length; i++) data[i] = rng.next();
  return { data, n, d };
}

/**
 * Latin hypercube of n points in [0, 1)^d: in every dimension each of the n strata
 * [j / n, (j + 1) / n) holds exactly one point, placed uniformly within it; the strata are matched
 * across dimensions by independent random permutations.
 */
export function lhs(n: number, d: number, rng: Rng): PointSet {
  checkCount(n, 'n');
  checkDim(d);
  const data = new Float64Array(n * d);
  const perm = new Int32Array(n);
  for (let k = 0; k < d; k++) {
    for (let i = 0; i < n; i++) perm[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      const t = perm[i] as number;
      perm[i] = perm[j] as number;
      perm[j] = t;
    }
    for (let i = 0; i < n; i++) data[i * d + k] = ((perm[i] as number) + rng.next()) / n;
  }
  return { data, n, d };
}

/** Throws unless the interval is valid for its scale. */
export function checkInterval(dim: ScaledInterval): void {
  const { min, max, scale } = dim;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) {
    throw new RangeError(`interval needs finite min < max, got [${min}, ${max}]`);
  }
  if (scale === 'log10' && !(min > 0)) {
    throw new RangeError(`a log10 dimension needs min > 0, got ${min}`);
  }
  if (scale === 'reverseLog' && !(max < 1)) {
    throw new RangeError(`a reverseLog dimension needs max < 1, got ${max}`);
  }
}

/**
 * Maps u in [0, 1] to the dimension's own units: linear min + u (max - min); log10
 * 10^(log10 min + u (log10 max - log10 min)); reverseLog 1 - 10^r with r running from
 * log10(1 - min) to log10(1 - max). Increasing in u for every scale, min at 0 and max at 1.
 */
export function fromUnit(u: number, dim: ScaledInterval): number {
  const { min, max } = dim;
  switch (dim.scale) {
    case 'linear':
      return min + u * (max - min);
    case 'log10': {
      const a = Math.log10(min);
      return 10 ** (a + u * (Math.log10(max) - a));
    }
    case 'reverseLog': {
      const a = Math.log10(1 - min);
      return 1 - 10 ** (a + u * (Math.log10(1 - max) - a));
    }
  }
}

/** Inverse of fromUnit: a value in the dimension's units to [0, 1] (outside when v is out of range). */
export function toUnit(v: number, dim: ScaledInterval): number {
  const { min, max } = dim;
  switch (dim.scale) {
    case 'linear':
      return (v - min) / (max - min);
    case 'log10': {
      const a = Math.log10(min);
      return (Math.log10(v) - a) / (Math.log10(max) - a);
    }
    case 'reverseLog': {
      const a = Math.log10(1 - min);
      return (Math.log10(1 - v) - a) / (Math.log10(1 - max) - a);
    }
  }
}

function mapPoints(
  points: PointSet,
  dims: readonly ScaledInterval[],
  f: typeof fromUnit,
): PointSet {
  if (dims.length !== points.d)
    throw new RangeError(`got ${dims.length} intervals for ${points.d} dimensions`);
  dims.forEach(checkInterval);
  const data = new Float64Array(points.data.length);
  const d = points.d;
  for (let i = 0; i < points.n; i++) {
    for (let k = 0; k < d; k++)
      data[i * d + k] = f(points.data[i * d + k] as number, dims[k] as ScaledInterval);
  }
  return { data, n: points.n, d };
}

/** Maps unit-cube points into the box, each coordinate through fromUnit of its dimension. */
export function unitToBox(points: PointSet, dims: readonly ScaledInterval[]): PointSet {
  return mapPoints(points, dims, fromUnit);
}

/** Inverse of unitToBox. */
export function boxToUnit(points: PointSet, dims: readonly ScaledInterval[]): PointSet {
  return mapPoints(points, dims, toUnit);
}

/** One log-uniform draw in [lo, hi]: 10^r with r uniform in [log10 lo, log10 hi]. */
export function logUniform(lo: number, hi: number, rng: Rng): number {
  const dim: ScaledInterval = { min: lo, max: hi, scale: 'log10' };
  checkInterval(dim);
  return fromUnit(rng.next(), dim);
}

/**
 * One reverse-log draw in [lo, hi] (hi < 1): 1 - 10^r with r uniform in [log10(1 - hi),
 * log10(1 - lo)], so that 0.9 .. 0.99 and 0.99 .. 0.999 are equally likely.
 */
export function reverseLogUniform(lo: number, hi: number, rng: Rng): number {
  const dim: ScaledInterval = { min: lo, max: hi, scale: 'reverseLog' };
  checkInterval(dim);
  return fromUnit(rng.next(), dim);
}
