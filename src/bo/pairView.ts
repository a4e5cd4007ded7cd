/**
 * A study of three or more dims seen through one pair of them: which pair the maps show (the view
 * order), the permuted state and drawing that show it (bo/permute.ts), and a clicked point of the
 * pair completed to a full point of the study. The BO screen's N-D view and the network screen's
 * surrogate card both draw through this, so they agree on what a map of a pair means.
 */
import { drawOnGrid, type Analysis } from './analysis.ts';
import { isIdentity, permuteState, permuteSuggestion } from './permute.ts';
import { heldPoint, plotGrid } from './plotGrid.ts';
import type { LoopState } from './types.ts';
import type { PointSet } from '../math/types.ts';

/**
 * The order in which the maps see the dims: the chosen x and y first, the rest after. A choice
 * that no longer fits (another set of dims) falls back to the first two.
 */
export function viewOrder<T>(items: readonly T[], axes: readonly [T, T] | null): number[] {
  const identity = items.map((_, i) => i);
  if (!axes || items.length < 2) return identity;
  const ix = items.indexOf(axes[0]);
  const iy = items.indexOf(axes[1]);
  if (ix < 0 || iy < 0 || ix === iy) return identity;
  return [ix, iy, ...identity.filter((k) => k !== ix && k !== iy)];
}

export interface PairView {
  readonly state: LoopState;
  readonly analysis: Analysis;
  readonly grid: PointSet;
}

/**
 * The study drawn with `order`'s first two dims on the maps: the same decision relabelled, never
 * re-made; the identity order returns what it was given.
 */
export function pairView(
  state: LoopState,
  analysis: Analysis,
  grid: PointSet,
  order: readonly number[],
): PairView {
  if (isIdentity(order)) return { state, analysis, grid };
  const viewState = permuteState(state, order);
  const viewGrid = plotGrid(viewState);
  const suggestion = permuteSuggestion(analysis.suggestion, order);
  return {
    state: viewState,
    analysis: drawOnGrid(viewState, suggestion, suggestion.model, viewGrid, 0),
    grid: viewGrid,
  };
}

/**
 * A point clicked on the maps (the view's first coordinates) completed with the point the other
 * dims are held at, in the study's own order.
 */
export function fullPoint(
  state: LoopState,
  order: readonly number[],
  head: readonly number[],
): number[] {
  const out = heldPoint(state);
  head.forEach((v, k) => {
    if (k < order.length) out[order[k] as number] = v;
  });
  return out;
}
