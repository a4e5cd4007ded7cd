/**
 * The grid every plot and analysis of a study is computed on. Pure, so the analysis worker and the
 * page build the same points from the same state (the worker's decision is the page's, bit for bit).
 */
import type { LoopState } from './types.ts';
import type { PointSet } from '../math/types.ts';

/** Plot grid resolution for 1D curves. */
export const GRID_1D = 500;

/** The plot grid over the state's box: GRID_1D points in 1D, side x side in 2D (dim 0 fastest). */
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
  const n = side * side;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < d; k++) {
      const lo = lower[k] as number;
      const hi = upper[k] as number;
      // Dims beyond the first two sit at the middle of their range (a slice).
      const t =
        k === 0 ? (i % side) / (side - 1) : k === 1 ? Math.floor(i / side) / (side - 1) : 0.5;
      data[i * d + k] = lo + (hi - lo) * t;
    }
  }
  return { data, n, d };
}
