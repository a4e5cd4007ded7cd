/**
 * The acquisition search (acqOptimizer.ts) as suggest() uses it: fallbacks when candidates are
 * observed, the prediction cache for a model passed in, and the DESIGN.md guarantee that the marked
 * next point is never below the maximum of the acquisition plotted on the grid.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAcquisition, type AcquisitionSpec } from '../math/acquisition.ts';
import { fitGP, predict } from '../math/gp.ts';
import { createRng } from '../math/rng.ts';
import type { GPModel, PointSet } from '../math/types.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import { getObjective } from '../objectives/registry.ts';
import type { Objective } from '../objectives/types.ts';
import { maximizeAcquisition, searchedPrediction, topIndices } from './acqOptimizer.ts';
import { analyze } from './analysis.ts';
import { defaultConfig } from './defaults.ts';
import { initialState, observe, suggest, type Outcome } from './loop.ts';
import { chainModel } from './warmChain.ts';
import { runStudy } from './run.ts';
import { isDuplicate } from './space.ts';
import type { Bounds, LoopConfig, LoopState } from './types.ts';

const seedObjective = getObjective('bayes-opt-1d') as Objective;
const seedBounds: Bounds = { lower: [-2], upper: [6] };
const seedConfig = (over: Partial<LoopConfig> = {}): LoopConfig => ({
  ...defaultConfig(seedBounds, 'maximize'),
  ...over,
});
/** 101 points across the seed example's box, as a plot grid. */
const seedGrid = (): PointSet => ({
  data: Float64Array.from({ length: 101 }, (_, i) => -2 + 0.08 * i),
  n: 101,
  d: 1,
});
const evalSeed = (x: readonly number[]): Outcome => safeEvaluate(seedObjective, x);

function inBox(b: Bounds, x: readonly number[]): boolean {
  return x.every((v, k) => v >= (b.lower[k] as number) && v <= (b.upper[k] as number));
}

function withObservations(config: LoopConfig, xs: readonly number[]): LoopState {
  let st = initialState(config);
  for (const x of xs) st = observe(st, [x], evalSeed([x]), 'init');
  return st;
}

/** Acquisition values of the model at every point (pointwise types only). */
function acquisitionAt(m: GPModel, spec: AcquisitionSpec, best: number, pts: PointSet): number[] {
  const mean = new Float64Array(pts.n);
  const std = new Float64Array(pts.n);
  predict(m, pts, mean, std);
  const out = new Float64Array(pts.n);
  evaluateAcquisition(spec, mean, std, best, out);
  return Array.from(out);
}

describe('maximizeAcquisition', () => {
  it('when every candidate is observed: a random point, not a loop', () => {
    const X: PointSet = { data: Float64Array.from([0, 1, 3]), n: 3, d: 1 };
    const model = fitGP(X, Float64Array.from([0, 1, 0.5]), {
      kernel: { type: 'matern52', lengthScale: 1, variance: 1 },
      alpha: 1e-6,
      normalizeY: true,
    });
    const bounds: Bounds = { lower: [-1], upper: [4] };
    const base = {
      model,
      spec: { type: 'ei', xi: 0.01 } as const,
      best: 1,
      bounds,
      candidates: 1,
      localStarts: 0,
    };
    const none: PointSet = { data: new Float64Array(0), n: 0, d: 1 };
    const free = maximizeAcquisition({ ...base, rng: createRng(5), observed: none });
    expect(free.fallback).toBeUndefined();
    const observed: PointSet = { data: Float64Array.from(free.x), n: 1, d: 1 };
    const again = maximizeAcquisition({ ...base, rng: createRng(5), observed });
    expect(again.fallback).toBe('random');
    expect(isDuplicate(bounds, again.x, observed)).toBe(false);
    expect(inBox(bounds, Array.from(again.x))).toBe(true);
    expect(Number.isFinite(again.value)).toBe(true);
    // The second call reused cached predictions for this model; a fresh model object does not,
    // and the random fallback must still draw the same point (the rng is advanced the same way).
    const fresh = maximizeAcquisition({
      ...base,
      model: { ...model },
      rng: createRng(5),
      observed,
    });
    expect(Array.from(fresh.x)).toEqual(Array.from(again.x));
  });

  it('a model passed in (cached predictions) gives the same proposal as a fresh fit', () => {
    const grid = seedGrid();
    const st = withObservations(seedConfig(), [-1.5, 0.2, 1.3, 3.1, 5]);
    // The model the app caches for a state: the warm chain's (bo/warmChain.ts), as suggest() fits.
    const model = chainModel(st);
    if (!model) throw new Error('expected a model');
    for (const acquisition of [
      { type: 'ei', xi: 0.01 },
      { type: 'ei', xi: 0.5 },
      { type: 'ucb', kappa: 1 },
      { type: 'ei', xi: 0.01 },
    ] as const) {
      const s = { ...st, config: { ...st.config, acquisition } };
      const cached = suggest(s, { model, extraCandidates: grid });
      const fresh = suggest(s, { extraCandidates: grid });
      expect(cached.proposal).toEqual(fresh.proposal);
    }
  });

  it('the plots draw the posterior the search computed at the grid, bit for bit', () => {
    const grid = seedGrid();
    const st = withObservations(seedConfig(), [-1.5, 0.2, 1.3, 3.1, 5]);
    const model = chainModel(st);
    if (!model) throw new Error('expected a model');
    expect(searchedPrediction(model, grid)).toBeUndefined();
    const a = analyze(st, { grid, model });
    const searched = searchedPrediction(model, grid);
    if (!searched || !a.mean || !a.std) throw new Error('expected the grid searched and drawn');
    const mean = new Float64Array(grid.n);
    const std = new Float64Array(grid.n);
    predict(model, grid, mean, std);
    expect([...searched.mean]).toEqual([...mean]);
    expect([...searched.std]).toEqual([...std]);
    expect([...a.mean]).toEqual([...mean]);
    expect([...a.std]).toEqual([...std]);
  });

  it('topIndices: the k largest finite values, best first', () => {
    const v = Float64Array.from([3, NaN, 7, -Infinity, 7.5, 1, Infinity, 5]);
    expect(topIndices(v, 3)).toEqual([4, 2, 7]);
    expect(topIndices(v, 10)).toEqual([4, 2, 7, 0, 5]);
    const r = createRng(1);
    const big = Float64Array.from({ length: 500 }, () => r.next());
    const want = Array.from(big.keys())
      .sort((a, b) => (big[b] as number) - (big[a] as number))
      .slice(0, 12);
    expect(topIndices(big, 12)).toEqual(want);
  });
});

describe('the marked next point and the plot grid (DESIGN.md)', () => {
  const grid: PointSet = {
    data: Float64Array.from({ length: 801 }, (_, i) => -2 + (8 * i) / 800),
    n: 801,
    d: 1,
  };
  it.each([
    { type: 'ei', xi: 0.01 },
    { type: 'pi', xi: 0.01 },
    { type: 'ucb', kappa: 2.576 },
  ] as const)('$type: the value at the proposal >= max over extraCandidates', (spec) => {
    // Few random candidates and no local search: only the plot grid can lift the result.
    for (const seed of [0, 1, 2, 3]) {
      const cfg = seedConfig({
        acquisition: spec,
        candidates: 3,
        localStarts: 0,
        seed,
        // Fixed: ML-II on these 5 points picks a length scale of 1e-5, a flat acquisition.
        kernel: { type: 'matern52', lengthScale: 0.7, variance: 1 },
        fitKernel: false,
      });
      const st = withObservations(cfg, [-1.5, 0.2, 1.3, 3.1, 5]);
      const s = suggest(st, { extraCandidates: grid });
      const { model, best } = s;
      if (!model || best === null) throw new Error('expected a model');
      const onGrid = acquisitionAt(model, spec, best, grid);
      expect(s.proposal.fallback).toBeUndefined();
      expect(s.proposal.acquisitionValue).toBeGreaterThanOrEqual(Math.max(...onGrid));
      const at = acquisitionAt(model, spec, best, {
        data: Float64Array.from(s.proposal.x),
        n: 1,
        d: 1,
      });
      expect(s.proposal.acquisitionValue).toBeCloseTo(at[0] as number, 9);
    }
  });

  it('thompson: runs, returns its path, and the proposal maximizes it over the grid', () => {
    const cfg = seedConfig({
      acquisition: { type: 'thompson' },
      candidates: 3,
      localStarts: 0,
      kernel: { type: 'matern52', lengthScale: 0.7, variance: 1 },
      fitKernel: false,
    });
    const st = withObservations(cfg, [-1.5, 0.2, 1.3, 3.1, 5]);
    const s = suggest(st, { extraCandidates: grid });
    if (!s.path) throw new Error('expected a Thompson path');
    const onGrid = new Float64Array(grid.n);
    s.path.evaluate(grid, onGrid);
    expect(s.proposal.acquisitionValue).toBeGreaterThanOrEqual(Math.max(...onGrid));
    const at = new Float64Array(1);
    s.path.evaluate({ data: Float64Array.from(s.proposal.x), n: 1, d: 1 }, at);
    expect(s.proposal.acquisitionValue).toBeCloseTo(at[0] as number, 9);

    // A posterior path goes through the (noise-free) observations.
    const atData = new Float64Array(5);
    s.path.evaluate({ data: Float64Array.from([-1.5, 0.2, 1.3, 3.1, 5]), n: 5, d: 1 }, atData);
    st.observations.forEach((o, i) => expect(atData[i]).toBeCloseTo(o.y as number, 2));

    // A whole run. Thompson sampling may settle on the local maximum 1.10 near x = 3 (seeds 0 and
    // 3 do; seeds 1, 2, 4, 5 reach 1.7075), so only a lower bound that excludes a broken loop.
    const cfgRun = seedConfig({ acquisition: { type: 'thompson' }, candidates: 2000 });
    const { records } = runStudy(cfgRun, evalSeed);
    expect(records).toHaveLength(16);
    expect(records.every((r) => r.y !== null && inBox(seedBounds, r.x))).toBe(true);
    expect(records.at(-1)?.best).toBeGreaterThan(1.05);
  });
});
