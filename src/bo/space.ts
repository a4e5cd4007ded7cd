/** Helpers for the search box (search units: exponents for log10 dims). */
import type { PointSet } from '../math/types.ts';
import type { Rng } from '../math/rng.ts';
import type { Bounds } from './types.ts';

export function dimsOf(bounds: Bounds): number {
  return bounds.lower.length;
}

/** n uniform points in the box. */
export function uniformInBox(bounds: Bounds, n: number, rng: Rng): PointSet {
  const d = dimsOf(bounds);
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < d; k++) {
      data[i * d + k] = rng.uniform(bounds.lower[k] as number, bounds.upper[k] as number);
    }
  }
  return { data, n, d };
}

/** Maps points in [0, 1]^d into the box. */
export function fromUnitCube(bounds: Bounds, unit: PointSet): PointSet {
  const d = unit.d;
  const data = new Float64Array(unit.n * d);
  for (let i = 0; i < unit.n; i++) {
    for (let k = 0; k < d; k++) {
      const lo = bounds.lower[k] as number;
      const hi = bounds.upper[k] as number;
      data[i * d + k] = lo + (hi - lo) * (unit.data[i * d + k] as number);
    }
  }
  return { data, n: unit.n, d };
}

/** Clamps x into the box in place. */
export function clampInPlace(bounds: Bounds, x: Float64Array): Float64Array {
  for (let k = 0; k < x.length; k++) {
    const lo = bounds.lower[k] as number;
    const hi = bounds.upper[k] as number;
    const v = x[k] as number;
    x[k] = v < lo ? lo : v > hi ? hi : v;
  }
  return x;
}

/**
 * True when x is within tol (as a fraction of each dimension's range) of an observed point. Two
 * points that close would make the kernel matrix singular and teach the GP nothing.
 */
export function isDuplicate(
  bounds: Bounds,
  x: ArrayLike<number>,
  observed: PointSet,
  tol = 1e-7,
): boolean {
  const d = observed.d;
  for (let i = 0; i < observed.n; i++) {
    let same = true;
    for (let k = 0; k < d && same; k++) {
      const range = (bounds.upper[k] as number) - (bounds.lower[k] as number);
      if (Math.abs((observed.data[i * d + k] as number) - (x[k] as number)) > tol * range)
        same = false;
    }
    if (same) return true;
  }
  return false;
}

/**
 * The k-th point of a grid of `total` points over the box: per-dim counts as equal as possible with
 * a product of at least total, points at cell centres so no two strategies waste trials on edges.
 */
export function gridPoint(bounds: Bounds, total: number, k: number): number[] {
  const d = dimsOf(bounds);
  const counts = gridCounts(total, d);
  const x: number[] = [];
  let rest = k;
  for (let j = d - 1; j >= 0; j--) {
    const c = counts[j] as number;
    const idx = rest % c;
    rest = Math.floor(rest / c);
    const lo = bounds.lower[j] as number;
    const hi = bounds.upper[j] as number;
    x[j] = lo + ((idx + 0.5) / c) * (hi - lo);
  }
  return x;
}

/** Per-dimension grid counts whose product is the smallest >= total with near-equal sides. */
export function gridCounts(total: number, d: number): number[] {
  const base = Math.max(1, Math.floor(Math.pow(total, 1 / d) + 1e-9));
  const counts = new Array<number>(d).fill(base);
  let j = 0;
  while (counts.reduce((a, b) => a * b, 1) < total) {
    counts[j] = (counts[j] as number) + 1;
    j = (j + 1) % d;
  }
  return counts;
}
