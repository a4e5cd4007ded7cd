/**
 * Acquisition maximization, at least as thorough as bayes_opt's acq_max: score many random
 * candidates plus the caller's plot grid, then run a bounded quasi-Newton search from the best few.
 * Because the plot grid is among the candidates and the local search only climbs, the point chosen
 * is never below the maximum of the plotted acquisition curve.
 */
import {
  acquisitionWithGradient,
  evaluateAcquisition,
  evaluateLogAcquisition,
  type AcquisitionSpec,
} from '../math/acquisition.ts';
import { predict } from '../math/gp.ts';
import {
  createBatchGradScratch,
  LANES,
  predictWithGradientBatch,
  type BatchGradScratch,
} from '../math/gpGradientBatch.ts';
import {
  minimizeBoundedSteps,
  type EvaluationRequest,
  type MinimizeResult,
} from '../math/lbfgsb.ts';
import type { Rng } from '../math/rng.ts';
import { samplePosteriorPaths, type SamplePath } from '../math/thompson.ts';
import type { GPModel, PointSet } from '../math/types.ts';
import {
  bestAccepted,
  completePool,
  firstAccepted,
  growsWithStd,
  predictPool,
  scorePool,
  topIndices,
  type PoolPrediction,
} from './candidatePool.ts';

export { topIndices };
import { clampInPlace, isDuplicate, uniformInBox } from './space.ts';
import type { Bounds } from './types.ts';

export interface AcqOptimizeInput {
  readonly model: GPModel;
  readonly spec: AcquisitionSpec;
  /** Best observed value in the model's (maximization) units. */
  readonly best: number;
  readonly bounds: Bounds;
  readonly rng: Rng;
  readonly candidates: number;
  readonly localStarts: number;
  /** Extra candidates, e.g. the plot grid. */
  readonly extraCandidates?: PointSet;
  /** Points already evaluated (failed ones too): never proposed again. */
  readonly observed: PointSet;
  /**
   * How close (a fraction of each dimension's width) a proposal may come to an observed point
   * before the next-best candidate is taken instead (default 1e-7: exact duplicates only).
   */
  readonly minSeparation?: number;
  /**
   * Rank EI and PI candidates by their logs (math/acquisition.ts evaluateLogAcquisition), as the
   * local search already climbs them; the reported value is EI or PI itself. Off: bayes_opt's way.
   */
  readonly logScale?: boolean;
}

export interface AcqOptimizeResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly fallback?: 'next-best' | 'random';
  /** The Thompson sample path used, so the UI can draw exactly the function that was maximized. */
  readonly path?: SamplePath;
}

/** Scores a batch of points; the Thompson path or a pointwise acquisition of the posterior. */
type BatchScorer = (pts: PointSet, out: Float64Array) => void;
/**
 * Values at points with their gradients, in the units the local search climbs (a batch: the
 * searches run side by side), and the way back to the acquisition's own units.
 */
interface PointScorer {
  readonly fgBatch: (xs: Float64Array[], grads: Float64Array[], out: Float64Array) => void;
  readonly toValue: (v: number) => number;
}

/** The local searches' options: climb until the gradient vanishes (bayes_opt's L-BFGS-B runs). */
const LOCAL_SEARCH = { maxIterations: 100, gradTol: 1e-10, fTol: 0 } as const;

/**
 * A bounded quasi-Newton search from each start, run side by side: each round evaluates the point
 * every unfinished search asks for as one batch (gpGradientBatch.ts). Each search's steps are
 * exactly those it takes alone (minimizeBoundedSteps), so the results are minimizeBounded's.
 */
function localSearches(
  starts: readonly Float64Array[],
  lower: Float64Array,
  upper: Float64Array,
  scorer: PointScorer,
): MinimizeResult[] {
  const runs = starts.map((x0) => minimizeBoundedSteps(x0, lower, upper, LOCAL_SEARCH));
  const steps = runs.map((r) => r.next());
  for (;;) {
    const active: number[] = [];
    steps.forEach((s, i) => {
      if (!s.done) active.push(i);
    });
    if (active.length === 0) break;
    const reqs = active.map((i) => (steps[i] as { value: EvaluationRequest }).value);
    const values = new Float64Array(reqs.length);
    scorer.fgBatch(
      reqs.map((r) => r.x),
      reqs.map((r) => r.grad),
      values,
    );
    active.forEach((i, j) => {
      const g = (reqs[j] as EvaluationRequest).grad;
      // The search minimizes: the negated acquisition and gradient.
      for (let k = 0; k < g.length; k++) g[k] = -(g[k] as number);
      steps[i] = (runs[i] as Generator<EvaluationRequest, MinimizeResult, number>).next(
        -(values[j] as number),
      );
    });
  }
  return steps.map((s) => s.value as MinimizeResult);
}

export function maximizeAcquisition(input: AcqOptimizeInput): AcqOptimizeResult {
  const { model, spec, best, bounds, rng } = input;
  const d = bounds.lower.length;
  const path = spec.type === 'thompson' ? samplePosteriorPaths(model, 1, rng)[0] : undefined;
  const scoreBatch = makeBatchScorer(model, spec, best, path);
  const scorePoint = makePointScorer(model, spec, best, path);
  // In log units the local search's result is compared and ranked as it comes (no exp and log).
  const logKeys = input.logScale === true && (spec.type === 'ei' || spec.type === 'pi');
  const fromSearch = logKeys ? (v: number) => v : scorePoint.toValue;

  const scored = scoreCandidates(input, scoreBatch, path !== undefined, logKeys);
  const { pool, values } = scored;
  const order = topIndices(values, topCount(input));

  const lower = Float64Array.from(bounds.lower);
  const upper = Float64Array.from(bounds.upper);
  const starts = order
    .slice(0, Math.max(input.localStarts, 0))
    .map((idx) => pool.data.slice(idx * d, (idx + 1) * d));
  const searched = localSearches(starts, lower, upper, scorePoint);
  // Each result: a point and its value, candidates first so a failed local search loses nothing.
  const results: { x: Float64Array; value: number }[] = [];
  order.forEach((idx, rank) => {
    const x0 = pool.data.slice(idx * d, (idx + 1) * d);
    const v0 = values[idx] as number;
    results.push({ x: x0, value: v0 });
    const res = searched[rank];
    if (!res) return;
    const x = clampInPlace(bounds, Float64Array.from(res.x));
    const v = fromSearch(-res.f);
    if (Number.isFinite(v) && v >= v0) results.push({ x, value: v });
  });
  results.sort((a, b) => b.value - a.value);

  for (let i = 0; i < results.length; i++) {
    const r = results[i] as { x: Float64Array; value: number };
    if (!isDuplicate(bounds, r.x, input.observed, input.minSeparation)) {
      return {
        x: r.x,
        value: logKeys ? scoreAt(scoreBatch, r.x) : r.value,
        ...(i > 0 ? { fallback: 'next-best' as const } : {}),
        ...(path ? { path } : {}),
      };
    }
  }
  // With a separation rule the best few can all sit by observations while the rest of the pool
  // still holds a useful point: take the best candidate that keeps its distance.
  if (input.minSeparation !== undefined) {
    const far = bestSeparated(input, scored);
    if (far)
      return {
        x: far,
        value: scoreAt(scoreBatch, far),
        fallback: 'next-best',
        ...(path ? { path } : {}),
      };
  }
  // Every good candidate sits on an observation (a collapsed posterior): explore instead of looping.
  const x = uniformInBox(bounds, 1, rng).data;
  const v = new Float64Array(1);
  scoreBatch({ data: x, n: 1, d }, v);
  return { x, value: v[0] as number, fallback: 'random', ...(path ? { path } : {}) };
}

/** The highest-valued candidate of the pool that is not within minSeparation of an observation. */
function bestSeparated(input: AcqOptimizeInput, { pool, bestAccepted }: ScoredPool) {
  const d = pool.d;
  const at = (i: number) => pool.data.slice(i * d, (i + 1) * d);
  const i = bestAccepted(
    (j) => !isDuplicate(input.bounds, at(j), input.observed, input.minSeparation),
  );
  return i >= 0 ? at(i) : null;
}

/** The acquisition itself at one point (not its log): what the plots draw there, to the bit. */
function scoreAt(scoreBatch: BatchScorer, x: Float64Array): number {
  const v = new Float64Array(1);
  scoreBatch({ data: x, n: 1, d: x.length }, v);
  return v[0] as number;
}

/**
 * Posterior mean and std at the candidates, per fitted model. They do not depend on the
 * acquisition, so dragging a xi or kappa slider rescores cached predictions instead of predicting
 * 10,000 points again. Keyed by the rng state, which fixes the random candidates.
 */
const poolCache = new WeakMap<GPModel, Map<string, PoolPrediction>>();
const extraIds = new WeakMap<PointSet, number>();
let nextExtraId = 1;

/**
 * The posterior at the extra candidates (the plot grid) as the search computed it, per model: the
 * plots draw the same numbers (bo/analysis.ts drawOnGrid) without predicting the grid again, which
 * in 2D is a 4,096-point predict per Step. Views into the pool's arrays: copy before writing.
 */
const extraPredictions = new WeakMap<
  GPModel,
  WeakMap<PointSet, { mean: Float64Array; std: Float64Array }>
>();

/**
 * The posterior mean and std at `points` that an acquisition search with this model computed for
 * them as its extra candidates, bit for bit what predict(model, points) gives; undefined if none did.
 */
export function searchedPrediction(
  model: GPModel,
  points: PointSet,
): { readonly mean: Float64Array; readonly std: Float64Array } | undefined {
  return extraPredictions.get(model)?.get(points);
}

/** Random candidates a Thompson sample path is scored at (plus the caller's extra points). */
export const THOMPSON_CANDIDATES = 2_000;

/**
 * The candidates and their values: exact wherever they can be among the topCount best, upper bounds
 * elsewhere (bo/candidatePool.ts), made exact as bestAccepted's scan reaches them.
 */
interface ScoredPool {
  readonly pool: PointSet;
  readonly values: Float64Array;
  /** The best candidate by value that accept takes, as if every value were exact; -1: none. */
  readonly bestAccepted: (accept: (i: number) => boolean) => number;
}

function scoreCandidates(
  input: AcqOptimizeInput,
  scoreBatch: BatchScorer,
  isPath: boolean,
  logKeys: boolean,
): ScoredPool {
  const { model, bounds, rng, extraCandidates } = input;
  if (isPath) {
    // A sample path costs a cosine per Fourier feature (1,024) at every point, a hundred times
    // what EI costs at this n: 10,000 scattered points made a Thompson step take ~200 ms. The
    // path is smooth, the plot grid is scored too and the best starts are refined by the local
    // search, so THOMPSON_CANDIDATES random points lose nothing a student could see.
    const count = Math.min(input.candidates, THOMPSON_CANDIDATES);
    const pool = concatPoints(uniformInBox(bounds, count, rng), extraCandidates);
    const values = new Float64Array(pool.n);
    scoreBatch(pool, values);
    return { pool, values, bestAccepted: (accept) => firstAccepted(values, accept) };
  }
  let extraId = 0;
  if (extraCandidates) {
    extraId = extraIds.get(extraCandidates) ?? nextExtraId++;
    extraIds.set(extraCandidates, extraId);
  }
  const key = `${rng.state().join(',')}|${input.candidates}|${extraId}`;
  let perModel = poolCache.get(model);
  if (!perModel) {
    perModel = new Map();
    poolCache.set(model, perModel);
  }
  let hit = perModel.get(key);
  const { spec } = input;
  const prune = growsWithStd(spec);
  if (hit) {
    // Advance the rng exactly as generating the candidates would, so later draws are unchanged.
    for (let i = 0; i < input.candidates * bounds.lower.length; i++) rng.next();
  } else {
    const pool = concatPoints(uniformInBox(bounds, input.candidates, rng), extraCandidates);
    hit = predictPool(model, pool, pool.n - (extraCandidates?.n ?? 0), prune);
    if (perModel.size > 8) perModel.clear();
    perModel.set(key, hit);
  }
  if (extraCandidates && extraCandidates.n > 0) {
    // Per point, predict's result does not depend on the batch it is in (its blocks' lanes and
    // chunks are independent), so the pool's tail is predict(model, extraCandidates) exactly.
    const from = hit.pool.n - extraCandidates.n;
    let byPoints = extraPredictions.get(model);
    if (!byPoints) {
      byPoints = new WeakMap();
      extraPredictions.set(model, byPoints);
    }
    byPoints.set(extraCandidates, {
      mean: hit.mean.subarray(from, hit.pool.n),
      std: hit.std.subarray(from, hit.pool.n),
    });
  }
  const score = (mean: Float64Array, std: Float64Array, out: Float64Array): void => {
    if (logKeys && spec.type !== 'thompson')
      evaluateLogAcquisition(spec, mean, std, input.best, out);
    else evaluateAcquisition(spec, mean, std, input.best, out);
  };
  const pooled = hit;
  let values: Float64Array;
  if (prune) values = scorePool(model, pooled, score, topCount(input));
  else {
    values = new Float64Array(pooled.pool.n);
    completePool(model, pooled, score, values);
    score(pooled.mean, pooled.std, values);
  }
  return {
    pool: pooled.pool,
    values,
    bestAccepted: (accept) => bestAccepted(model, pooled, score, values, accept),
  };
}

/** How many of the best candidates the search looks at (local starts and their runners-up). */
function topCount(input: AcqOptimizeInput): number {
  return Math.max(input.localStarts, 1) * 4;
}

function makeBatchScorer(
  model: GPModel,
  spec: AcquisitionSpec,
  best: number,
  path?: SamplePath,
): BatchScorer {
  if (path) return (pts, out) => path.evaluate(pts, out);
  return (pts, out) => {
    const mean = new Float64Array(pts.n);
    const std = new Float64Array(pts.n);
    predict(model, pts, mean, std);
    evaluateAcquisition(spec, mean, std, best, out);
  };
}

/**
 * The local search's objective at one point, with its gradient. EI and PI are climbed in log space:
 * far from the data they are tiny and flat, and their logs keep a usable slope (same argmax).
 */
function makePointScorer(
  model: GPModel,
  spec: AcquisitionSpec,
  best: number,
  path?: SamplePath,
): PointScorer {
  if (path)
    return {
      fgBatch: (xs, grads, out) => {
        xs.forEach((x, j) => (out[j] = path.evaluateWithGradient(x, grads[j] as Float64Array)));
      },
      toValue: (v) => v,
    };
  const useLog = spec.type === 'ei' || spec.type === 'pi';
  let scratch: BatchGradScratch | null = null;
  return {
    fgBatch: (xs, grads, out) => {
      scratch ??= createBatchGradScratch(model);
      for (let at = 0; at < xs.length; at += LANES) {
        const lanes = predictWithGradientBatch(xs.slice(at, at + LANES), scratch);
        lanes.forEach((p, b) => {
          if (at + b >= xs.length) return;
          const grad = grads[at + b] as Float64Array;
          out[at + b] = acquisitionWithGradient(
            spec,
            p.mean,
            p.std,
            p.dMean,
            p.dStd,
            best,
            grad,
            useLog,
          );
        });
      }
    },
    toValue: useLog ? Math.exp : (v) => v,
  };
}

function concatPoints(a: PointSet, b?: PointSet): PointSet {
  if (!b || b.n === 0) return a;
  if (b.d !== a.d) throw new RangeError(`extra candidates have ${b.d} dims, expected ${a.d}`);
  const data = new Float64Array((a.n + b.n) * a.d);
  data.set(a.data);
  data.set(b.data.subarray(0, b.n * b.d), a.n * a.d);
  return { data, n: a.n + b.n, d: a.d };
}
