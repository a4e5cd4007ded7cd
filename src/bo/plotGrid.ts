/**
 * The grid every plot and analysis of a study is computed on. Pure, so the analysis worker and the
 * page build the same points from the same state (the worker's decision is the page's, bit for bit).
 */
import { bestIndex } from './modelData.ts';
import type { LoopState } from './types.ts';
import type { PointSet } from '../math/types.ts';

/** Plot grid resolution for 1D curves. */
export const GRID_1D = 500;

/**
 * Where the dims beyond the maps' two sit (search units): at the best successful observation, so
 * the maps cut through the region the search found good; the middle of the box before there is one.
 */
export function heldPoint(state: LoopState): number[] {
  const { lower, upper } = state.config.bounds;
  const best = bestIndex(state.observations, state.config.goal);
  const at = best >= 0 ? state.observations[best]?.x : undefined;
  if (at && at.length === lower.length) return [...at];
  return lower.map((lo, k) => (lo + (upper[k] as number)) / 2);
}

/**
 * The plot grid over the state's box: GRID_1D points in 1D, side x side in 2D (dim 0 fastest);
 * with three or more dims, the first two vary and the others are held at `heldPoint`.
 */
export function plotGrid(state: LoopState, side = 64): PointSet {
  const { lower, upper } = state.config.bounds;
  const d = lower.length;
  if (d === 1) {
    const lo = lower[0] as number;
    const hi = upper[0] as number;
    const data = new Float64Array(GRID_1D);
    for (let i = 0; i < GRID_1D; i++) data[i] = lo + ((hi - lo) * i) / (GRID_1D - 1);
    return { data, n: GRID_1D, d: 1 };
  }
  const held = d > 2 ? heldPoint(state) : [];
  const n = side * side;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < d; k++) {
      const lo = lower[k] as number;
      const hi = upper[k] as number;
      if (k > 1) {
        data[i * d + k] = held[k] as number;
        continue;
      }
      const t = k === 0 ? (i % side) / (side - 1) : Math.floor(i / side) / (side - 1);
      data[i * d + k] = lo + (hi - lo) * t;
    }
  }
  return { data, n, d };
}

/** What, besides the box, a state's plot grid depends on: '' in 1D and 2D. */
export function plotGridKey(state: LoopState): string {
  return state.config.bounds.lower.length > 2 ? heldPoint(state).join(',') : '';
}
