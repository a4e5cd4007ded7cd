/**
 * A 1D cut through a 2D (or higher) posterior: the GP mean, standard deviation and acquisition
 * along one axis, the other coordinates held fixed. The 2D screen draws it under the heatmaps with
 * the 1D plots, so the band and the acquisition's shape can be read along a line.
 */
import { evaluateAcquisition } from '../math/acquisition.ts';
import { predict } from '../math/gp.ts';
import type { PointSet } from '../math/types.ts';
import type { Analysis } from './analysis.ts';
import { goalSign, modelData } from './modelData.ts';
import type { LoopState } from './types.ts';

export interface PosteriorSlice {
  /** The coordinate along the axis at each point, ascending over the box. */
  readonly t: Float64Array;
  /** The points of the line, in the state's dimensions. */
  readonly points: PointSet;
  /** Posterior mean and std in the objective's own sign (as Analysis.mean); null without a model. */
  readonly mean: Float64Array | null;
  readonly std: Float64Array | null;
  /**
   * The acquisition in the GP's maximization units (as Analysis.acquisition): the same function
   * the heatmap shows, so the slice of the heatmap and this curve agree where they meet.
   */
  readonly acquisition: Float64Array | null;
}

/** n evenly spaced points along `axis` across the box, through `through` in the other dims. */
export function sliceLine(
  state: LoopState,
  axis: number,
  through: readonly number[],
  n: number,
): { t: Float64Array; points: PointSet } {
  const { lower, upper } = state.config.bounds;
  const d = lower.length;
  if (axis < 0 || axis >= d) throw new RangeError(`axis ${axis} outside 0..${d - 1}`);
  if (through.length !== d) throw new RangeError(`point has ${through.length} dims, box has ${d}`);
  const lo = lower[axis] as number;
  const hi = upper[axis] as number;
  const t = new Float64Array(n);
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    t[i] = n > 1 ? lo + ((hi - lo) * i) / (n - 1) : lo;
    for (let k = 0; k < d; k++)
      data[i * d + k] = k === axis ? (t[i] as number) : (through[k] as number);
  }
  return { t, points: { data, n, d } };
}

/**
 * The posterior along the line: mean and std from the analysis's GP, the acquisition from its
 * spec (or, for Thompson sampling, the very sample path that was maximized).
 */
export function posteriorSlice(
  state: LoopState,
  analysis: Pick<Analysis, 'model' | 'suggestion'>,
  axis: number,
  through: readonly number[],
  n = 200,
): PosteriorSlice {
  const { t, points } = sliceLine(state, axis, through, n);
  const model = analysis.model;
  if (!model) return { t, points, mean: null, std: null, acquisition: null };
  const mean = new Float64Array(n);
  const std = new Float64Array(n);
  predict(model, points, mean, std);

  const { config } = state;
  const acquisition = new Float64Array(n);
  const path = analysis.suggestion.path;
  if (path) {
    path.evaluate(points, acquisition);
  } else if (config.acquisition.type === 'thompson') {
    // No path was drawn (initial design): nothing to show, as on the heatmap.
    acquisition.fill(NaN);
  } else {
    const best =
      analysis.suggestion.best ??
      Math.max(...modelData(state.observations, config.goal, points.d).y);
    evaluateAcquisition(config.acquisition, mean, std, best, acquisition);
  }
  // The GP maximizes; show the mean in the objective's own sign.
  if (goalSign(config.goal) < 0) for (let i = 0; i < n; i++) mean[i] = -(mean[i] as number);
  return { t, points, mean, std, acquisition };
}
