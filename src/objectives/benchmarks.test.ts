import { describe, expect, it } from 'vitest';
import { createRng } from '../math/rng.ts';
import { compileFormula, validateDims } from './formula.ts';
import {
  DEFAULT_OBJECTIVE_ID,
  getObjective,
  importantParameterObjective,
  objectives,
} from './registry.ts';
import type { Objective } from './types.ts';

type Point = number[];

/** Nelder-Mead kept inside the box by clamping; plenty for smooth 1D/2D test functions. */
function nelderMead(f: (x: Point) => number, x0: Point, lo: Point, hi: Point): Point {
  const d = x0.length;
  const clamp = (x: Point) =>
    x.map((v, k) => Math.min(hi[k] as number, Math.max(lo[k] as number, v)));
  const g = (x: Point) => f(clamp(x));
  let simplex: Point[] = [x0];
  for (let k = 0; k < d; k++) {
    const x = [...x0];
    x[k] = (x[k] as number) + 1e-3 * ((hi[k] as number) - (lo[k] as number));
    simplex.push(x);
  }
  let values = simplex.map(g);
  for (let iter = 0; iter < 5000; iter++) {
    const order = values
      .map((_, i) => i)
      .sort((a, b) => (values[a] as number) - (values[b] as number));
    simplex = order.map((i) => simplex[i] as Point);
    values = order.map((i) => values[i] as number);
    const spread = Math.max(
      ...simplex
        .slice(1)
        .map((p) =>
          Math.max(...p.map((v, k) => Math.abs(v - ((simplex[0] as Point)[k] as number)))),
        ),
    );
    if (spread < 1e-13) break;
    const centroid = Array.from(
      { length: d },
      (_, k) => simplex.slice(0, d).reduce((s, p) => s + (p[k] as number), 0) / d,
    );
    const worst = simplex[d] as Point;
    const along = (t: number) => centroid.map((c, k) => c + t * (c - (worst[k] as number)));
    const r = along(1);
    const fr = g(r);
    if (fr < (values[0] as number)) {
      const e = along(2);
      const fe = g(e);
      [simplex[d], values[d]] = fe < fr ? [e, fe] : [r, fr];
    } else if (fr < (values[d - 1] as number)) {
      [simplex[d], values[d]] = [r, fr];
    } else {
      const c = along(fr < (values[d] as number) ? 0.5 : -0.5);
      const fc = g(c);
      if (fc < Math.min(fr, values[d] as number)) {
        [simplex[d], values[d]] = [c, fc];
      } else {
        const best = simplex[0] as Point;
        simplex = simplex.map((p) =>
          p.map((v, k) => (best[k] as number) + 0.5 * (v - (best[k] as number))),
        );
        values = simplex.map(g);
      }
    }
  }
  return clamp(simplex[values.indexOf(Math.min(...values))] as Point);
}

/**
 * Every local optimum of `obj` reachable from the local optima of a dense grid, refined, as
 * [point, value] with the value in "smaller is better" form.
 */
function localOptima(obj: Objective, perDim: number): [Point, number][] {
  const sign = obj.goal === 'maximize' ? -1 : 1;
  const f = (x: Point) => sign * obj.f(x);
  const lo = obj.dims.map((d) => d.min);
  const hi = obj.dims.map((d) => d.max);
  const d = obj.dims.length;
  const n = d === 1 ? perDim * perDim : perDim;
  const coord = (k: number, i: number) =>
    (lo[k] as number) + (((hi[k] as number) - (lo[k] as number)) * i) / (n - 1);
  const total = n ** d;
  const values = new Float64Array(total);
  const pointOf = (idx: number): Point =>
    d === 1 ? [coord(0, idx)] : [coord(0, idx % n), coord(1, Math.floor(idx / n))];
  for (let idx = 0; idx < total; idx++) values[idx] = f(pointOf(idx));
  const starts: number[] = [];
  for (let idx = 0; idx < total; idx++) {
    const v = values[idx] as number;
    const i = idx % n;
    const j = Math.floor(idx / n);
    let isMin = true;
    for (let dj = d === 1 ? 0 : -1; dj <= (d === 1 ? 0 : 1) && isMin; dj++) {
      for (let di = -1; di <= 1 && isMin; di++) {
        const ii = i + di;
        const jj = j + dj;
        if ((di === 0 && dj === 0) || ii < 0 || ii >= n || jj < 0 || jj >= (d === 1 ? 1 : n))
          continue;
        if ((values[jj * n + ii] as number) < v) isMin = false;
      }
    }
    if (isMin) starts.push(idx);
  }
  starts.sort((a, b) => (values[a] as number) - (values[b] as number));
  return starts.slice(0, 300).map((idx) => {
    const x = nelderMead(f, pointOf(idx), lo, hi);
    return [x, f(x)];
  });
}

const dist = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(...a.map((v, k) => v - (b[k] as number)));

describe('registry', () => {
  it('has unique kebab-case ids and finds entries by id', () => {
    const ids = objectives.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of objectives) {
      expect(o.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(getObjective(o.id)).toBe(o);
    }
    expect(getObjective('no-such-objective')).toBeUndefined();
    expect(getObjective('constructor')).toBeUndefined();
    expect(ids).toEqual([
      'bayes-opt-1d',
      'bayes-opt-visualization',
      'forrester',
      'gramacy-lee',
      'branin',
      'six-hump-camel',
      'himmelblau',
      'rosenbrock',
      'ackley',
      'goldstein-price',
      'important-parameter',
      'synthetic-lr-wd',
    ]);
  });

  it('opens on the seed example', () => {
    const seed = getObjective(DEFAULT_OBJECTIVE_ID);
    expect(seed?.goal).toBe('maximize');
    expect(seed?.dims).toEqual([{ name: 'x', min: -2, max: 6, scale: 'linear' }]);
    expect(seed?.f([0])).toBeCloseTo(Math.exp(-9) + Math.exp(-4) + 1, 15);
  });

  it.each(objectives.map((o) => [o.id, o] as const))(
    '%s: valid dims, one-sentence description',
    (_, o) => {
      expect(validateDims(o.dims)).toBeUndefined();
      expect(o.title.length).toBeGreaterThan(0);
      expect(o.description).toMatch(/^[A-Z].*\.$/);
      expect(o.description.slice(0, -1)).not.toMatch(/\.\s/);
      expect(o.optimum?.x.length ?? 0).toBeGreaterThan(0);
      for (const x of o.optimum?.x ?? []) {
        expect(x).toHaveLength(o.dims.length);
        x.forEach((v, k) => {
          expect(v).toBeGreaterThanOrEqual(o.dims[k]?.min as number);
          expect(v).toBeLessThanOrEqual(o.dims[k]?.max as number);
        });
      }
    },
  );
});

describe('known optima, checked by a dense scan and local refinement', () => {
  it.each(objectives.map((o) => [o.id, o] as const))('%s', (_, o) => {
    const optimum = o.optimum;
    if (optimum === undefined) throw new Error('benchmark without optimum');
    const sign = o.goal === 'maximize' ? -1 : 1;
    const best = sign * optimum.value;
    const tol = 1e-9 * Math.max(1, Math.abs(optimum.value));
    // The listed value is reached at every listed point.
    for (const x of optimum.x) expect(Math.abs(o.f(x) - optimum.value)).toBeLessThanOrEqual(tol);
    const found = localOptima(o, o.dims.length === 1 ? 500 : 401);
    // Nothing beats it ...
    for (const [, v] of found) expect(v).toBeGreaterThanOrEqual(best - tol);
    // ... and the points that reach it are exactly the listed ones.
    const global = found.filter(([, v]) => v <= best + 1e-8 * Math.max(1, Math.abs(best)));
    expect(global.length).toBeGreaterThan(0);
    for (const [x] of global) {
      expect(Math.min(...optimum.x.map((p) => dist(p, x)))).toBeLessThan(1e-5);
    }
    for (const p of optimum.x) {
      expect(Math.min(...global.map(([x]) => dist(p, x)))).toBeLessThan(1e-5);
    }
  });

  it('puts the seed maximum at x = 0.6313742, value 1.7074959', () => {
    const seed = getObjective('bayes-opt-1d') as Objective;
    expect(seed.optimum?.value).toBeCloseTo(1.7074959, 7);
    expect(seed.optimum?.x[0]?.[0]).toBeCloseTo(0.6313742, 7);
  });
});

describe('formula strings', () => {
  it.each(objectives.map((o) => [o.id, o] as const))(
    '%s: its formula compiles to the same function',
    (_, o) => {
      const compiled = compileFormula(o.formula ?? '', o.dims, { goal: o.goal });
      if (!compiled.ok) throw new Error(compiled.error.message);
      const rng = createRng(7);
      for (let i = 0; i < 50; i++) {
        const x = o.dims.map((d) => rng.uniform(d.min, d.max));
        const want = o.f(x);
        expect(Math.abs(compiled.objective.f(x) - want)).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(want)),
        );
      }
    },
  );
});

describe('important parameter (Bergstra & Bengio)', () => {
  const g = (x: number) => importantParameterObjective(0).f([x, 0.5]);

  it('hides the best x from both usual 5-point grids', () => {
    const optimum = getObjective('important-parameter')?.optimum?.value as number;
    const centres = [0.1, 0.3, 0.5, 0.7, 0.9];
    const edges = [0, 0.25, 0.5, 0.75, 1];
    for (const grid of [centres, edges]) {
      expect(Math.max(...grid.map(g))).toBeLessThan(0.55 * optimum);
    }
  });

  it('gives y the requested weight', () => {
    for (const w of [0, 0.05, 0.5]) {
      const o = importantParameterObjective(w);
      expect(o.f([0.4, 0.5]) - o.f([0.4, 0])).toBeCloseTo(w, 12);
      expect(o.optimum?.value).toBeCloseTo(g(0.61993179045802) + w, 12);
    }
    expect(importantParameterObjective().f([0.3, 0.5]) - g(0.3)).toBeCloseTo(0.05, 12);
  });

  it('rejects a negative or non-finite weight', () => {
    expect(() => importantParameterObjective(-0.1)).toThrow(RangeError);
    expect(() => importantParameterObjective(Number.NaN)).toThrow(RangeError);
  });
});

describe('synthetic-lr-wd', () => {
  const o = getObjective('synthetic-lr-wd') as Objective;

  it('is searched in log10 exponents and looks like an accuracy', () => {
    expect(o.dims.map((d) => [d.scale, d.min, d.max])).toEqual([
      ['log10', -5, -1],
      ['log10', -5, -1],
    ]);
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i <= 100; i++) {
      for (let j = 0; j <= 100; j++) {
        const v = o.f([-5 + (4 * i) / 100, -5 + (4 * j) / 100]);
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    expect(lo).toBeGreaterThanOrEqual(0.1);
    expect(lo).toBeLessThan(0.11);
    expect(hi).toBeLessThanOrEqual(0.98);
    expect(o.f([-2.5, -3.7])).toBe(0.98);
  });
});
