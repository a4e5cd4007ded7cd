/**
 * Where one Step's main-thread-free work goes (issue 18): for a state of N observations (1D seed
 * example, 2D synthetic learning rate x weight decay, random points), the warm chain's refit from
 * the previous count's fit, the acquisition search (candidate predict, scoring, local search), the
 * plot grid's posterior and the acquisition drawn there, timed separately in Node (the same V8 as
 * Chromium). The browser's share (worker round trip, React, paint) is bench/interaction.ts's Step.
 *
 *   npx tsx bench/run.ts step-profile [--sizes 50,100,190] [--reps 3]
 */
import { drawOnGrid } from '../src/bo/analysis.ts';
import { defaultConfig } from '../src/bo/defaults.ts';
import { suggest } from '../src/bo/loop.ts';
import { plotGrid } from '../src/bo/plotGrid.ts';
import type { LoopState, Observation } from '../src/bo/types.ts';
import { chainFit, prefixFitOf } from '../src/bo/warmChain.ts';
import { createRng } from '../src/math/rng.ts';
import type { GPModel } from '../src/math/types.ts';
import { DEFAULT_OBJECTIVE_ID, getObjective } from '../src/objectives/registry.ts';
import { printTable } from './gpSurface.ts';
import { median } from './timing.ts';

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function stateOf(id: string, n: number): LoopState {
  const obj = getObjective(id);
  if (!obj) throw new Error(`objective ${id} missing`);
  const rng = createRng(104_729 + n);
  const observations: Observation[] = [];
  for (let i = 0; i < n; i++) {
    const x = obj.dims.map((dm) => rng.uniform(dm.min, dm.max));
    observations.push({ x, y: obj.f(x), phase: i < 2 ? 'init' : 'bo' });
  }
  const bounds = { lower: obj.dims.map((dm) => dm.min), upper: obj.dims.map((dm) => dm.max) };
  return { config: defaultConfig(bounds, obj.goal), observations };
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

export function stepProfileBench(args: string[]): void {
  const sizes = (arg(args, '--sizes') ?? '50,100,190').split(',').map(Number);
  const reps = Number(arg(args, '--reps') ?? 3);
  const out: string[][] = [['case', 'fit ms (evals)', 'search ms', 'grid ms', 'total ms']];
  for (const id of [DEFAULT_OBJECTIVE_ID, 'synthetic-lr-wd']) {
    for (const n of sizes) {
      const state = stateOf(id, n);
      const prev = { ...state, observations: state.observations.slice(0, n - 1) };
      const prevFit = prefixFitOf(chainFit(prev));
      const known = (k: number) => (k === n - 1 ? prevFit : undefined);
      const grid = plotGrid(state);
      const fits: number[] = [];
      const searches: number[] = [];
      const grids: number[] = [];
      let evals = 0;
      for (let r = 0; r < reps; r++) {
        let e = 0;
        const [model, fitMs] = time(() =>
          chainFit(state, { known, report: (rep) => (e += rep.evaluations) }),
        );
        evals = e;
        // A fresh model object each time: the candidates' predictions are cached per model.
        const fresh = { ...(model as GPModel) };
        const [s, searchMs] = time(() => suggest(state, { extraCandidates: grid, model: fresh }));
        const [, gridMs] = time(() => drawOnGrid(state, s, fresh, grid, 0));
        fits.push(fitMs);
        searches.push(searchMs);
        grids.push(gridMs);
      }
      const f = median(fits);
      const s = median(searches);
      const g = median(grids);
      out.push([
        `${grid.d}D N=${n}`,
        `${f.toFixed(1)} (${evals})`,
        s.toFixed(1),
        g.toFixed(1),
        (f + s + g).toFixed(1),
      ]);
    }
  }
  printTable(out);
}
