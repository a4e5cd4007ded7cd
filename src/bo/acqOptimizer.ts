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
import { createPredictScratch, predict, predictWithGradient } from '../math/gp.ts';
import { minimizeBounded } from '../math/lbfgsb.ts';
import type { Rng } from '../math/rng.ts';
import { samplePosteriorPaths, type SamplePath } from '../math/thompson.ts';
import type { GPModel, PointSet } from '../math/types.ts';
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
/** Value at one point with its gradient, in the units the local search climbs, and the way back. */
interface PointScorer {
  readonly fg: (x: Float64Array, grad: Float64Array) => number;
  readonly toValue: (v: number) => number;
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

  const { pool, values } = scoreCandidates(input, scoreBatch, path !== undefined, logKeys);
  const order = topIndices(values, Math.max(input.localStarts, 1) * 4);

  const lower = Float64Array.from(bounds.lower);
  const upper = Float64Array.from(bounds.upper);
  // Each result: a point and its value, candidates first so a failed local search loses nothing.
  const results: { x: Float64Array; value: number }[] = [];
  order.forEach((idx, rank) => {
    const x0 = pool.data.slice(idx * d, (idx + 1) * d);
    const v0 = values[idx] as number;
    results.push({ x: x0, value: v0 });
    if (rank >= input.localStarts) return;
    const res = minimizeBounded(
      (x, g) => {
        const v = scorePoint.fg(x, g);
        for (let k = 0; k < d; k++) g[k] = -(g[k] as number);
        return -v;
      },
      x0,
      lower,
      upper,
      { maxIterations: 100, gradTol: 1e-10, fTol: 0 },
    );
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
    const far = bestSeparated(input, pool, values);
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
function bestSeparated(
  input: AcqOptimizeInput,
  pool: PointSet,
  values: Float64Array,
): Float64Array | null {
  const d = pool.d;
  const order = Array.from(values.keys())
    .filter((i) => Number.isFinite(values[i]))
    .sort((a, b) => (values[b] as number) - (values[a] as number));
  for (const i of order) {
    const x = pool.data.slice(i * d, (i + 1) * d);
    if (!isDuplicate(input.bounds, x, input.observed, input.minSeparation)) return x;
  }
  return null;
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
const poolCache = new WeakMap<
  GPModel,
  Map<string, { pool: PointSet; mean: Float64Array; std: Float64Array }>
>();
const extraIds = new WeakMap<PointSet, number>();
let nextExtraId = 1;

/** Random candidates a Thompson sample path is scored at (plus the caller's extra points). */
export const THOMPSON_CANDIDATES = 2_000;

function scoreCandidates(
  input: AcqOptimizeInput,
  scoreBatch: BatchScorer,
  isPath: boolean,
  logKeys: boolean,
): { pool: PointSet; values: Float64Array } {
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
    return { pool, values };
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
  if (hit) {
    // Advance the rng exactly as generating the candidates would, so later draws are unchanged.
    for (let i = 0; i < input.candidates * bounds.lower.length; i++) rng.next();
  } else {
    const pool = concatPoints(uniformInBox(bounds, input.candidates, rng), extraCandidates);
    const mean = new Float64Array(pool.n);
    const std = new Float64Array(pool.n);
    predict(model, pool, mean, std);
    hit = { pool, mean, std };
    if (perModel.size > 8) perModel.clear();
    perModel.set(key, hit);
  }
  const values = new Float64Array(hit.pool.n);
  const { spec } = input;
  if (logKeys && spec.type !== 'thompson')
    evaluateLogAcquisition(spec, hit.mean, hit.std, input.best, values);
  else evaluateAcquisition(spec, hit.mean, hit.std, input.best, values);
  return { pool: hit.pool, values };
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
  if (path) return { fg: (x, grad) => path.evaluateWithGradient(x, grad), toValue: (v) => v };
  const useLog = spec.type === 'ei' || spec.type === 'pi';
  const scratch = createPredictScratch(model);
  return {
    fg: (x, grad) => {
      const p = predictWithGradient(model, x, scratch);
      return acquisitionWithGradient(spec, p.mean, p.std, p.dMean, p.dStd, best, grad, useLog);
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

/**
 * Indices of the k largest finite values, best first. A bounded insertion list instead of a full
 * sort: k is tens, the candidates ten thousand, and this runs every iteration.
 */
export function topIndices(values: Float64Array, k: number): number[] {
  const idx: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    if (idx.length === k && v <= (val[k - 1] as number)) continue;
    let j = idx.length < k ? idx.length : k - 1;
    while (j > 0 && (val[j - 1] as number) < v) {
      val[j] = val[j - 1] as number;
      idx[j] = idx[j - 1] as number;
      j--;
    }
    val[j] = v;
    idx[j] = i;
  }
  return idx;
}
