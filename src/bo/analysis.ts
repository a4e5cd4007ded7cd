/**
 * Everything one BO step shows, computed from a state: the proposal, and the GP mean, std,
 * acquisition and sample paths on a plot grid. The plot grid is passed to the acquisition search
 * as candidates, so the marked next point is never below the plotted curve's maximum.
 */
import { evaluateAcquisition } from '../math/acquisition.ts';
import { predict } from '../math/gp.ts';
import { samplePosteriorPaths } from '../math/thompson.ts';
import type { GPModel, PointSet } from '../math/types.ts';
import { searchedPrediction } from './acqOptimizer.ts';
import { suggest, type Suggestion } from './loop.ts';
import { goalSign, modelData } from './modelData.ts';
import { STREAM, stepRng } from './seeding.ts';
import type { LoopState } from './types.ts';
import { chainModel } from './warmChain.ts';

export interface Analysis {
  readonly suggestion: Suggestion;
  /** The GP drawn (fitted whenever there is a successful observation, also in the init phase). */
  readonly model: GPModel | null;
  /** Posterior mean and std on the grid in the objective's own sign (not the GP's maximization sign). */
  readonly mean: Float64Array | null;
  readonly std: Float64Array | null;
  /**
   * The acquisition on the grid, in the GP's maximization units (for Thompson sampling, the sample
   * path that was maximized). Null when there is no model.
   */
  readonly acquisition: Float64Array | null;
  /** Posterior sample paths on the grid, objective's sign. */
  readonly samples: readonly Float64Array[];
}

export interface AnalysisOptions {
  readonly grid: PointSet;
  /** Posterior sample paths to draw (0 for none). */
  readonly samples?: number;
  /** A model already fitted to this state (reuse across acquisition changes). */
  readonly model?: GPModel | null;
}

export function analyze(state: LoopState, opts: AnalysisOptions): Analysis {
  const { grid } = opts;
  const model = opts.model !== undefined ? opts.model : chainModel(state);
  const suggestion = suggest(state, { extraCandidates: grid, ...(model ? { model } : {}) });
  return drawOnGrid(state, suggestion, model, grid, opts.samples ?? 0);
}

/**
 * What the plots draw for a decision already made: the model's mean, std and the acquisition (or
 * the Thompson path that was maximized) on the grid, and `samples` posterior paths. Also used to
 * draw a study from another angle (bo/permute.ts) without deciding again.
 */
export function drawOnGrid(
  state: LoopState,
  suggestion: Suggestion,
  model: GPModel | null,
  grid: PointSet,
  count: number,
): Analysis {
  if (!model)
    return { suggestion, model: null, mean: null, std: null, acquisition: null, samples: [] };

  const sign = goalSign(state.config.goal);
  const mean = new Float64Array(grid.n);
  const std = new Float64Array(grid.n);
  // The search scored the grid as candidates: the same numbers, without predicting them again.
  const searched = searchedPrediction(model, grid);
  if (searched) {
    mean.set(searched.mean);
    std.set(searched.std);
  } else predict(model, grid, mean, std);
  const acquisition = new Float64Array(grid.n);
  if (suggestion.path) {
    suggestion.path.evaluate(grid, acquisition);
  } else if (state.config.acquisition.type === 'thompson') {
    // Init phase with Thompson chosen: no path was drawn for a decision; show none.
    acquisition.fill(NaN);
  } else {
    const best = Math.max(...modelData(state.observations, state.config.goal, grid.d).y);
    evaluateAcquisition(state.config.acquisition, mean, std, best, acquisition);
  }
  if (sign < 0) for (let i = 0; i < mean.length; i++) mean[i] = -(mean[i] as number);

  const samples: Float64Array[] = [];
  if (count > 0) {
    const rng = stepRng(state.config.seed, STREAM.display, state.observations.length);
    for (const path of samplePosteriorPaths(model, count, rng)) {
      const v = new Float64Array(grid.n);
      path.evaluate(grid, v);
      if (sign < 0) for (let i = 0; i < v.length; i++) v[i] = -(v[i] as number);
      samples.push(v);
    }
  }
  return { suggestion, model, mean, std, acquisition, samples };
}
