/**
 * The optimization loop as a whole: determinism, the initial designs, bounds, duplicate handling,
 * failed points (DESIGN.md, Reliability), goals, model-free strategies and the seed example's
 * quality. The acquisition search itself (plot-grid guarantee, Thompson) is in acqOptimizer.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { GPModel } from '../math/types.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import { compileFormula } from '../objectives/formula.ts';
import { getObjective } from '../objectives/registry.ts';
import type { Objective } from '../objectives/types.ts';
import { defaultConfig } from './defaults.ts';
import {
  bestObservation,
  budget,
  initialState,
  isFinished,
  observe,
  suggest,
  type Outcome,
} from './loop.ts';
import { observedPoints } from './modelData.ts';
import { runStudy } from './run.ts';
import { STREAM, stepRng } from './seeding.ts';
import { gridPoint, isDuplicate, uniformInBox } from './space.ts';
import type { Bounds, LoopConfig, LoopState } from './types.ts';

function objective(id: string): Objective {
  const o = getObjective(id);
  if (!o) throw new Error(`no objective ${id}`);
  return o;
}

function boundsOf(o: Objective): Bounds {
  return { lower: o.dims.map((d) => d.min), upper: o.dims.map((d) => d.max) };
}

const seedObjective = objective('bayes-opt-1d');
const seedBounds = boundsOf(seedObjective);
// bayes_opt's behaviour (its uncorrelated first step, exact-duplicate fallback) is tested through
// its preset; the default preset has its own tests in modelPreset.test.ts.
const seedConfig = (over: Partial<LoopConfig> = {}): LoopConfig => ({
  ...defaultConfig(seedBounds, 'maximize'),
  model: 'bayes_opt',
  ...over,
});
const evalSeed = (x: readonly number[]): Outcome => safeEvaluate(seedObjective, x);

function inBox(b: Bounds, x: readonly number[]): boolean {
  return x.every((v, k) => v >= (b.lower[k] as number) && v <= (b.upper[k] as number));
}

function withObservations(config: LoopConfig, xs: readonly number[], f: Objective): LoopState {
  let st = initialState(config);
  for (const x of xs) st = observe(st, [x], safeEvaluate(f, [x]), 'init');
  return st;
}

function expectFiniteModel(m: GPModel): void {
  expect(Number.isFinite(m.yMean) && Number.isFinite(m.yStd) && m.yStd > 0).toBe(true);
  for (const arr of [m.yNorm, m.weights, m.L, m.X.data]) {
    expect(Array.from(arr).every(Number.isFinite)).toBe(true);
  }
}

describe('determinism', () => {
  it('the same config and seed give the same run; suggest() on any prefix replays it', () => {
    const a = runStudy(seedConfig({ iterations: 6 }), evalSeed);
    const b = runStudy(seedConfig({ iterations: 6 }), evalSeed);
    expect(b.records.map((r) => r.x)).toEqual(a.records.map((r) => r.x));
    expect(b.records.map((r) => r.y)).toEqual(a.records.map((r) => r.y));
    // Going back in history and stepping again gives the same point.
    const obs = a.state.observations;
    for (let k = 0; k < obs.length; k++) {
      const prefix: LoopState = { config: a.state.config, observations: obs.slice(0, k) };
      expect(suggest(prefix).proposal.x).toEqual(a.records[k]?.x);
    }
  });

  it('different seeds give different initial points and different proposals', () => {
    const runs = [0, 1, 2].map((seed) => runStudy(seedConfig({ seed, iterations: 3 }), evalSeed));
    const firsts = runs.map((r) => r.records[0]?.x[0]);
    expect(new Set(firsts).size).toBe(3);
    const lasts = runs.map((r) => r.records[4]?.x[0]);
    expect(new Set(lasts).size).toBe(3);
  });
});

describe('initial design', () => {
  const b2: Bounds = { lower: [-5, 0], upper: [10, 15] };
  const designPoints = (design: LoopConfig['initDesign'], n: number, seed = 3): number[][] => {
    const cfg: LoopConfig = {
      ...defaultConfig(b2, 'maximize'),
      initPoints: n,
      initDesign: design,
      iterations: 1,
      seed,
    };
    let st = initialState(cfg);
    const pts: number[][] = [];
    for (let k = 0; k < n; k++) {
      const s = suggest(st);
      expect(s.proposal.phase).toBe('init');
      expect(s.model).toBeNull();
      pts.push([...s.proposal.x]);
      st = observe(st, s.proposal.x, { ok: true, value: s.proposal.x[0] as number }, 'init');
    }
    const next = suggest(st);
    expect(next.proposal.phase).toBe('bo');
    expect(next.model?.X.n).toBe(n);
    return pts;
  };
  /** Index of each coordinate's stratum when dim k is cut into m equal cells. */
  const strata = (pts: number[][], k: number, m: number): number[] =>
    pts
      .map((p) => {
        const lo = b2.lower[k] as number;
        const hi = b2.upper[k] as number;
        return Math.floor((((p[k] as number) - lo) / (hi - lo)) * m);
      })
      .sort((a, c) => a - c);

  it.each(['random', 'lhs', 'sobol', 'grid'] as const)(
    '%s: initPoints distinct points in the box, then the bo phase',
    (design) => {
      const pts = designPoints(design, 8);
      expect(pts).toHaveLength(8);
      for (const p of pts) expect(inBox(b2, p)).toBe(true);
      expect(new Set(pts.map((p) => p.join(','))).size).toBe(8);
    },
  );

  it('lhs puts one point in each of the n strata of every dimension', () => {
    const pts = designPoints('lhs', 7);
    for (const k of [0, 1]) expect(strata(pts, k, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('sobol with a power of two points balances every dimension over dyadic cells', () => {
    const pts = designPoints('sobol', 8);
    for (const k of [0, 1]) expect(strata(pts, k, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('grid is the cell-centre grid; random depends on the seed', () => {
    const pts = designPoints('grid', 9);
    expect(pts).toEqual(Array.from({ length: 9 }, (_, k) => gridPoint(b2, 9, k)));
    expect(strata(pts, 0, 3)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(designPoints('random', 3, 3)).toEqual(designPoints('random', 3, 3));
    expect(designPoints('random', 3, 4)).not.toEqual(designPoints('random', 3, 3));
  });
});

describe('proposals', () => {
  it.each([
    ['ei', { type: 'ei', xi: 0.01 }],
    ['pi', { type: 'pi', xi: 0.01 }],
    ['ucb', { type: 'ucb', kappa: 2.576 }],
  ] as const)('%s: always inside the bounds and never a duplicate', (_, acquisition) => {
    const f = objective('six-hump-camel');
    const b = boundsOf(f);
    const cfg: LoopConfig = {
      ...defaultConfig(b, 'minimize'),
      acquisition,
      initPoints: 3,
      iterations: 15,
      candidates: 2000,
    };
    const { state } = runStudy(cfg, (x) => safeEvaluate(f, x));
    const obs = state.observations;
    expect(obs).toHaveLength(18);
    obs.forEach((o, i) => {
      expect(inBox(b, o.x)).toBe(true);
      const earlier = observedPoints(obs.slice(0, i), 2);
      expect(isDuplicate(b, o.x, earlier)).toBe(false);
    });
  });

  it('a failed point at the acquisition argmax is not proposed again (next-best fallback)', () => {
    // The model fitted before the failures, reused (as when only the acquisition changes), so the
    // acquisition keeps its argmax where the failed points are. A refit would see them as the
    // worst value and move away by itself (failedPoints.test.ts).
    const cfg = seedConfig({ fitKernel: false });
    let st = withObservations(cfg, [-1, 0, 2, 4, 5.5], seedObjective);
    const first = suggest(st);
    expect(first.proposal.fallback).toBeUndefined();
    const model = first.model;
    if (!model) throw new Error('expected a model');
    const seen: number[][] = [];
    for (let k = 0; k < 3; k++) {
      const s = suggest(st, { model });
      expect(s.model?.X.n).toBe(5);
      if (k > 0) expect(s.proposal.fallback).toBe('next-best');
      const observed = { data: Float64Array.from(seen.flat()), n: seen.length, d: 1 };
      expect(isDuplicate(seedBounds, s.proposal.x, observed)).toBe(false);
      // Still where the acquisition is high, not a random jump.
      expect(Math.abs((s.proposal.x[0] as number) - (first.proposal.x[0] as number))).toBeLessThan(
        0.01,
      );
      seen.push([...s.proposal.x]);
      st = observe(st, s.proposal.x, { ok: false, error: 'boom' }, 'bo');
    }
    expect(st.observations.filter((o) => o.y === null)).toHaveLength(3);
  });
});

describe('a fit that finds no correlation (length scale at its lower bound)', () => {
  it('explores at random instead of climbing the sliver next to the best point', () => {
    for (const seed of [0, 1, 2, 3]) {
      const st = withObservations(seedConfig({ seed }), [], seedObjective);
      let s = st;
      for (let k = 0; k < 2; k++) {
        const p = suggest(s).proposal;
        s = observe(s, p.x, evalSeed(p.x), p.phase);
      }
      const next = suggest(s);
      // Two points always fit to the bound (gp.test.ts), so this is every run's first BO step.
      expect(next.model?.kernel.lengthScale).toBe(1e-5);
      expect(next.proposal.fallback).toBe('uncorrelated');
      expect(inBox(seedBounds, next.proposal.x)).toBe(true);
      // The acquisition's own argmax sits within a length scale (1e-5) of the best observation;
      // the random point is nowhere near any observation.
      for (const o of s.observations)
        expect(Math.abs((next.proposal.x[0] as number) - (o.x[0] as number))).toBeGreaterThan(1e-3);
      expect(next.proposal.acquisitionValue).toBeGreaterThan(0);
      // The point a tie among all candidates picks: the search's first random candidate.
      const first = uniformInBox(seedBounds, 1, stepRng(seed, STREAM.acquisition, 2)).data;
      expect(next.proposal.x).toEqual([...first]);
      // Still a pure function of the state.
      expect(suggest(s).proposal.x).toEqual(next.proposal.x);
    }
  });

  it('leaves Thompson sampling to its path, whose argmax off the data is already random', () => {
    const cfg = seedConfig({ acquisition: { type: 'thompson' }, candidates: 2000 });
    const s = suggest(withObservations(cfg, initPointsOf(seedConfig({ seed: 0 })), seedObjective));
    expect(s.model?.kernel.lengthScale).toBe(1e-5);
    expect(s.proposal.fallback).toBeUndefined();
    expect(s.path).toBeDefined();
  });

  it('leaves a length scale the user fixed alone, however small', () => {
    // Seed 0's initial points, where the search does find the sliver beside the best one.
    const init = initPointsOf(seedConfig({ seed: 0 }));
    const kernel = { type: 'matern52', lengthScale: 1e-5, variance: 1 } as const;
    const fitted = suggest(withObservations(seedConfig(), init, seedObjective));
    expect(fitted.proposal.fallback).toBe('uncorrelated');
    const fixed = suggest(
      withObservations(seedConfig({ fitKernel: false, kernel }), init, seedObjective),
    );
    expect(fixed.model?.kernel.lengthScale).toBe(1e-5);
    expect(fixed.proposal.fallback).toBeUndefined();
    const gap = Math.min(...init.map((x) => Math.abs((fixed.proposal.x[0] as number) - x)));
    expect(gap).toBeLessThan(1e-4);
    expect(gap).toBeGreaterThan(0);
  });
});

/** The initial design a config's run starts with (1D). */
function initPointsOf(config: LoopConfig): number[] {
  let st = initialState(config);
  for (let k = 0; k < config.initPoints; k++) {
    const p = suggest(st).proposal;
    st = observe(st, p.x, evalSeed(p.x), p.phase);
  }
  return st.observations.map((o) => o.x[0] as number);
}

describe('failed evaluations (DESIGN.md, Reliability)', () => {
  it('failed points are kept, and the model sees them at the worst value observed', () => {
    let st = withObservations(seedConfig(), [-1, 0.5, 3], seedObjective);
    st = observe(st, [1.7], { ok: false, error: 'nope' }, 'bo');
    st = observe(st, [4.2], { ok: true, value: NaN }, 'bo');
    const s = suggest(st);
    expect(st.observations).toHaveLength(5);
    expect(st.observations[3]).toMatchObject({ y: null, error: 'nope' });
    expect(s.model?.X.n).toBe(5);
    expect(Array.from(s.model?.X.data ?? [])).toEqual([-1, 0.5, 3, 1.7, 4.2]);
    expect(s.proposal.x[0]).not.toBe(1.7);
    expect(bestObservation(st)?.x).toEqual([0.5]);
  });

  it('NaN, throws and +/-Infinity: the run completes its budget and the model stays finite', () => {
    let calls = 0;
    const flaky: Objective = {
      ...seedObjective,
      f: (x) => {
        const c = calls++;
        if (c % 6 === 1) return NaN;
        if (c % 6 === 2) throw new Error('solver diverged');
        if (c % 6 === 3) return c % 12 === 3 ? Infinity : -Infinity;
        return seedObjective.f(x);
      },
    };
    const cfg = seedConfig({ initPoints: 3, iterations: 21 });
    const { state, records } = runStudy(cfg, (x) => safeEvaluate(flaky, x));
    expect(records).toHaveLength(24);
    expect(isFinished(state)).toBe(true);
    const failed = records.filter((r) => r.y === null);
    expect(failed).toHaveLength(8);
    expect(failed.every((r) => typeof r.error === 'string' && r.error.length > 0)).toBe(true);
    expect(failed.some((r) => /solver diverged/.test(r.error ?? ''))).toBe(true);
    expect(records.filter((r) => r.y === Infinity)).toHaveLength(2);
    expect(records.filter((r) => r.y === -Infinity)).toHaveLength(2);
    expect(records.at(-1)?.best).toBe(Infinity);
    for (const r of records)
      expect(inBox(seedBounds, r.x) && r.x.every(Number.isFinite)).toBe(true);
    // The model after the run: all 24 points (the 8 failed at the worst finite value), infinities
    // clipped, all finite.
    const s = suggest(state);
    if (!s.model) throw new Error('expected a model');
    expect(s.model.X.n).toBe(24);
    expectFiniteModel(s.model);
    expect(Number.isFinite(s.proposal.acquisitionValue)).toBe(true);
  });

  it('a compiled formula that is NaN over most of the box still completes (2D)', () => {
    const dims = [
      { name: 'a', min: -1, max: 1, scale: 'linear' as const },
      { name: 'b', min: -1, max: 1, scale: 'linear' as const },
    ];
    const res = compileFormula('sqrt(a) + log(b) + 1 / (a - b)', dims);
    if (!res.ok) throw new Error(res.error.message);
    const f = res.objective;
    const cfg: LoopConfig = {
      ...defaultConfig(boundsOf(f), 'maximize'),
      initPoints: 4,
      iterations: 12,
      candidates: 2000,
    };
    const { records } = runStudy(cfg, (x) => safeEvaluate(f, x));
    expect(records).toHaveLength(16);
    expect(records.some((r) => r.y === null)).toBe(true);
    expect(records.some((r) => r.y !== null)).toBe(true);
    for (const r of records) expect(r.y === null ? r.error : r.y).toBeDefined();
  });

  it('all points failed: the bo phase explores at random', () => {
    const cfg = seedConfig({ iterations: 4 });
    const { records, state } = runStudy(cfg, () => ({ ok: false, error: 'always' }));
    expect(records).toHaveLength(6);
    expect(records.every((r) => r.y === null && r.best === null)).toBe(true);
    expect(bestObservation(state)).toBeUndefined();
    const s = suggest({ ...state, config: { ...cfg, iterations: 5 } });
    expect(s.proposal).toMatchObject({ phase: 'bo', fallback: 'random' });
    expect(s.model).toBeNull();
    expect(new Set(records.map((r) => r.x[0])).size).toBe(6);
    // No initial design at all is the same case.
    const cold = suggest(initialState(seedConfig({ initPoints: 0 })));
    expect(cold.proposal).toMatchObject({ phase: 'bo', fallback: 'random' });
  });
});

describe('budget and bookkeeping', () => {
  it('budget counts init + iterations; manual probes do not use it up', () => {
    const cfg = seedConfig({ initPoints: 2, iterations: 1 });
    expect(budget(cfg)).toBe(3);
    let st = initialState(cfg);
    st = observe(st, [1], { ok: true, value: 1 }, 'manual');
    st = observe(st, [2], { ok: true, value: 1 }, 'init');
    st = observe(st, [3], { ok: true, value: 1 }, 'init');
    expect(isFinished(st)).toBe(false);
    st = observe(st, [4], { ok: true, value: 1 }, 'bo');
    expect(isFinished(st)).toBe(true);
  });

  it('bestObservation follows the goal and skips failed points', () => {
    const obs = [
      { x: [0], y: 2, phase: 'init' as const },
      { x: [1], y: null, error: 'x', phase: 'bo' as const },
      { x: [2], y: -3, phase: 'bo' as const },
      { x: [3], y: 5, phase: 'bo' as const },
    ];
    expect(bestObservation({ config: seedConfig(), observations: obs })?.x).toEqual([3]);
    const min = { config: seedConfig({ goal: 'minimize' }), observations: obs };
    expect(bestObservation(min)?.x).toEqual([2]);
  });
});

describe('goals and strategies', () => {
  it('minimize: Branin with 3 + 27 evaluations gets close to its minimum 0.397887', () => {
    const f = objective('branin');
    const cfg: LoopConfig = {
      ...defaultConfig(boundsOf(f), 'minimize'),
      model: 'bayes_opt',
      initPoints: 3,
      iterations: 27,
    };
    const { records, state } = runStudy(cfg, (x) => safeEvaluate(f, x));
    const ys = records.map((r) => r.y as number);
    const best = records.at(-1)?.best as number;
    expect(best).toBe(Math.min(...ys));
    expect(bestObservation(state)?.y).toBe(best);
    // Seed 0 reaches 0.4103 (regret 0.0125); random search with this budget is far worse.
    expect(best - 5 / (4 * Math.PI)).toBeLessThan(0.03);
    const rnd = runStudy({ ...cfg, strategy: 'random' }, (x) => safeEvaluate(f, x));
    expect(rnd.records.at(-1)?.best as number).toBeGreaterThan(best);
    // records' best is monotone non-increasing when minimizing.
    for (let i = 1; i < records.length; i++)
      expect(records[i]?.best as number).toBeLessThanOrEqual(records[i - 1]?.best as number);
  });

  it('random and grid strategies use the whole budget; grid points are distinct', () => {
    const f = objective('himmelblau');
    const cfg: LoopConfig = {
      ...defaultConfig(boundsOf(f), 'minimize'),
      initPoints: 2,
      iterations: 11,
    };
    for (const strategy of ['random', 'grid'] as const) {
      const { records, state } = runStudy({ ...cfg, strategy }, (x) => safeEvaluate(f, x));
      expect(records).toHaveLength(13);
      expect(isFinished(state)).toBe(true);
      expect(records.every((r) => inBox(boundsOf(f), r.x))).toBe(true);
      expect(new Set(records.map((r) => r.x.join(','))).size).toBe(13);
      if (strategy === 'grid')
        expect(records.map((r) => r.x)).toEqual(
          records.map((_, k) => gridPoint(cfg.bounds, 13, k)),
        );
    }
  });

  it('the seed example with defaults beats 1.70 for nearly every seed 0..9', () => {
    // Max 1.70750; measured: all ten seeds reach 1.703 or more.
    const bests = Array.from({ length: 10 }, (_, seed) => {
      const { records } = runStudy(seedConfig({ seed }), evalSeed);
      expect(records.filter((r) => r.phase === 'init')).toHaveLength(2);
      expect(records.filter((r) => r.phase === 'bo')).toHaveLength(14);
      return records.at(-1)?.best as number;
    });
    expect(bests.filter((b) => b > 1.7).length).toBeGreaterThanOrEqual(9);
    expect(Math.max(...bests)).toBeLessThanOrEqual(seedObjective.optimum?.value ?? 0);
  });
});
