/**
 * Fit + suggest as the observations grow (issue 18): N = 50..1,000 in 1D (the seed example) and
 * 2D (Branin), both model presets, against scikit-learn + bayes_opt 3.3.0's suggest() measured in
 * the same run on the same points (bench/reference.ts). Ours is timed twice:
 *
 * - cold: suggest() on the state, which fits with the full search (scan and/or restarts);
 * - warm: one point added, the refit warm-started from the cold fit's length scales
 *   (math/gpWarmStart.ts, what the app does step after step), then the acquisition search.
 *
 * Cold fits above --cold-max (default 400) are not run (at N = 1,000 one takes minutes in JS;
 * pass --cold-max 1000 to run them). Also times the CLI `gp` on 1,000 points (ML-II, 5 restarts,
 * predict at 100 points). Aim: ratio (reference ms / ours) >= 1 in every row.
 *
 *   npm run bench -- scaling [--sizes 50,100] [--cold-max 1000] [--no-reference] [--no-cli]
 */
import { defaultConfig } from '../src/bo/defaults.ts';
import { suggest } from '../src/bo/loop.ts';
import { fitModel } from '../src/bo/modelPreset.ts';
import type { LoopConfig, LoopState, Observation } from '../src/bo/types.ts';
import { gpCommand } from '../src/cli/gpCommand.ts';
import type { FitReport } from '../src/math/gpWarmStart.ts';
import { createRng } from '../src/math/rng.ts';
import { DEFAULT_OBJECTIVE_ID, getObjective } from '../src/objectives/registry.ts';
import { printTable } from './gpSurface.ts';
import { measureReference, type SuggestCase } from './reference.ts';
import { median, round } from './timing.ts';

const SIZES = [50, 100, 200, 400, 1000];
const PROBLEMS = [
  { d: 1, id: DEFAULT_OBJECTIVE_ID },
  { d: 2, id: 'branin' },
] as const;
const PRESETS = ['default', 'bayes_opt'] as const;

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** n + 1 seeded uniform points of the objective (the last one is the warm refit's new point). */
function problem(id: string, n: number) {
  const obj = getObjective(id);
  if (!obj) throw new Error(`objective ${id} missing`);
  const rng = createRng(7919 * n + obj.dims.length);
  const obs: Observation[] = [];
  for (let i = 0; i <= n; i++) {
    const x = obj.dims.map((dm) => rng.uniform(dm.min, dm.max));
    obs.push({ x, y: obj.f(x), phase: i < 2 ? 'init' : 'bo' });
  }
  const config = defaultConfig(
    { lower: obj.dims.map((dm) => dm.min), upper: obj.dims.map((dm) => dm.max) },
    obj.goal,
  );
  // bayes_opt maximizes: the reference gets the targets in maximization units.
  const sign = obj.goal === 'minimize' ? -1 : 1;
  return { obs, config, sign, bounds: obj.dims.map((dm) => [dm.min, dm.max] as [number, number]) };
}

function ms(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median of reps timed runs of fn (3 below N = 400, where a run is short and noisy; else 1). */
function medianMs(n: number, fn: () => void): number {
  const reps = n >= 400 ? 1 : 3;
  return median(Array.from({ length: reps }, () => ms(fn)));
}

interface Row {
  name: string;
  cold?: { ms: number; evals: number };
  warm: { ms: number; evals: number; mode: string };
}

export function scalingBench(args: string[]): void {
  const sizes = (arg(args, '--sizes') ?? SIZES.join(',')).split(',').map(Number);
  const coldMax = Number(arg(args, '--cold-max') ?? 400);
  const cases: SuggestCase[] = [];
  const rows: Row[] = [];
  // Warm the JIT on a small case first, so that the first row is not its compile time.
  for (const { id } of PROBLEMS) {
    const p = problem(id, 30);
    for (const model of PRESETS) suggest({ config: { ...p.config, model }, observations: p.obs });
  }
  for (const { d, id } of PROBLEMS) {
    for (const n of sizes) {
      const p = problem(id, n);
      const first = p.obs.slice(0, n);
      cases.push({
        name: `${d}d-n${n}`,
        bounds: p.bounds,
        X: first.map((o) => o.x),
        y: first.map((o) => p.sign * (o.y as number)),
        repeats: n >= 400 ? 1 : 3,
      });
      for (const model of PRESETS) {
        const config: LoopConfig = { ...p.config, model, seed: 1 };
        const state: LoopState = { config, observations: first };
        const name = `${d}d-n${n}-${model}`;
        let cold: Row['cold'];
        let start = config.kernel.lengthScale as number | readonly number[];
        if (n <= coldMax) {
          // suggest(state) is this fit followed by the acquisition search on its model.
          const inputs = modelInputs(first, d, p.sign);
          let evals = 0;
          const t = medianMs(n, () => {
            const model0 = fitModel(config, inputs.X, inputs.y, n, {
              report: (r) => (evals = r.evaluations),
            });
            start = model0.kernel.lengthScale;
            suggest(state, { model: model0 });
          });
          cold = { ms: t, evals };
        } else {
          // No cold fit at this size: warm-start from a short fit on the first 100 points.
          const few = modelInputs(first.slice(0, 100), d, p.sign);
          start = fitModel(config, few.X, few.y, 100).kernel.lengthScale;
        }
        const next: LoopState = { config, observations: p.obs };
        const all = modelInputs(p.obs, d, p.sign);
        let rep: FitReport = { mode: 'full', evaluations: 0 };
        const t = medianMs(n, () => {
          const model2 = fitModel(config, all.X, all.y, n + 1, {
            warmStart: { lengthScale: start },
            report: (r) => (rep = r),
          });
          suggest(next, { model: model2 });
        });
        rows.push({
          name,
          ...(cold ? { cold } : {}),
          warm: { ms: t, evals: rep.evaluations, mode: rep.mode },
        });
        console.error(
          `  ${name}: cold ${cold ? cold.ms.toFixed(0) : '-'} ms, warm ${t.toFixed(0)} ms`,
        );
      }
    }
  }
  const ref = args.includes('--no-reference') ? null : measureReference('suggest', cases);
  const table = [
    ['case', 'cold ms', 'evals', 'warm ms', 'evals', 'mode', 'ref ms', 'ratio cold', 'ratio warm'],
  ];
  for (const r of rows) {
    const refMs = ref?.ms[r.name.replace(/-(default|bayes_opt)$/, '')];
    const ratio = (ours?: number) => (refMs && ours ? `${(refMs / ours).toFixed(2)}x` : '-');
    table.push([
      r.name,
      r.cold ? r.cold.ms.toFixed(0) : '-',
      r.cold ? String(r.cold.evals) : '-',
      r.warm.ms.toFixed(0),
      String(r.warm.evals),
      r.warm.mode,
      refMs !== undefined ? refMs.toFixed(0) : '-',
      ratio(r.cold?.ms),
      ratio(r.warm.ms),
    ]);
    console.log(
      JSON.stringify({
        bench: 'scaling',
        case: r.name,
        coldMs: r.cold ? round(r.cold.ms) : null,
        warmMs: round(r.warm.ms),
        referenceMs: refMs ?? null,
      }),
    );
  }
  printTable(table);
  console.error(
    `Aim: ratio >= 1 (ours no slower than scikit-learn ${ref?.sklearn ?? '(not measured)'} + ` +
      'bayes_opt 3.3.0 suggest(), same points, same run). cold: suggest() with the full search; ' +
      'warm: N + 1 points, refit from the cold fit (above --cold-max, from a fit on 100 points), ' +
      'then the acquisition search. ms: median of 3 runs (1 at N >= 400), both sides.',
  );
  if (!args.includes('--no-cli')) cliBench();
}

function modelInputs(obs: readonly Observation[], d: number, sign: number) {
  const data = new Float64Array(obs.length * d);
  obs.forEach((o, i) => o.x.forEach((v, k) => (data[i * d + k] = v)));
  return {
    X: { data, n: obs.length, d },
    y: Float64Array.from(obs, (o) => sign * (o.y as number)),
  };
}

/** The CLI `gp` on 1,000 points of the 1D seed example: ML-II (5 restarts), predict at 100. */
function cliBench(): void {
  const { obs } = problem(DEFAULT_OBJECTIVE_ID, 999);
  const input = {
    X: obs.map((o) => o.x),
    y: obs.map((o) => o.y),
    Xs: Array.from({ length: 100 }, (_, i) => [-2 + (12 * i) / 99]),
  };
  const t = ms(() => gpCommand(input));
  console.error(
    `CLI gp, 1,000 points (ML-II, 5 restarts, 100 predictions): ${(t / 1000).toFixed(1)} s`,
  );
  console.log(JSON.stringify({ bench: 'scaling', case: 'cli-gp-n1000', ms: round(t) }));
}
