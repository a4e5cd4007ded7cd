/**
 * `npm run bench -- bo-quality [--seeds N]`: the default model preset against the bayes_opt preset
 * on the seed example, bayes_opt's visualization target, Forrester, Branin, the six-hump camel
 * (minimized) and Hartmann-3, EI xi 0.01 with bayes_opt's budgets (1D 2 + 14, 2D 3 + 27, 3D
 * 4 + 36), beside bayes_opt 3.3.0's published figures (bench/reference/bayes_opt_figures.jsonl,
 * copied from shared/reference). Final simple regret (median, p90), the share of runs within the
 * tolerance the reference uses, ms per BO iteration, and the ratio of the medians.
 */
import { readFileSync } from 'node:fs';
import { defaultConfig } from '../src/bo/defaults.ts';
import { runStudy } from '../src/bo/run.ts';
import type { ModelPreset } from '../src/bo/types.ts';
import { hartmann3 } from '../src/objectives/benchmarks3d.ts';
import { safeEvaluate } from '../src/objectives/evaluate.ts';
import { getObjective } from '../src/objectives/registry.ts';
import type { Objective } from '../src/objectives/types.ts';
import { printTable } from './gpSurface.ts';
import { median, quantile } from './timing.ts';

interface Problem {
  /** The reference's name for it (bayes_opt_figures.jsonl), or our own. */
  readonly name: string;
  readonly objective: Objective;
  readonly initPoints: number;
  readonly iterations: number;
  readonly tol: number;
  /** Seeds when --seeds is not given: 100 in 1D as the reference, 30 beyond. */
  readonly seeds: number;
}

interface Reference {
  readonly problem: string;
  readonly runs: number;
  readonly median: number;
  readonly p90: number;
  readonly withinTol: number;
  readonly msPerIter: number;
}

function registered(id: string): Objective {
  const o = getObjective(id);
  if (!o) throw new Error(`objective ${id} missing`);
  return o;
}

function problems(): Problem[] {
  const oneD = { initPoints: 2, iterations: 14, tol: 0.01, seeds: 100 };
  const twoD = { initPoints: 3, iterations: 27, tol: 0.05, seeds: 30 };
  return [
    { name: 'seed1d', objective: registered('bayes-opt-1d'), ...oneD },
    { name: 'vis1d', objective: registered('bayes-opt-visualization'), ...oneD },
    { name: 'forrester', objective: registered('forrester'), ...oneD },
    { name: 'branin', objective: registered('branin'), ...twoD },
    { name: 'camel', objective: registered('six-hump-camel'), ...twoD },
    {
      name: 'hartmann3',
      objective: hartmann3,
      initPoints: 4,
      iterations: 36,
      tol: 0.05,
      seeds: 30,
    },
  ];
}

export interface QualityStats {
  readonly regrets: number[];
  readonly msPerIteration: number;
}

/** Final simple regret of each seed's run and the mean time per BO iteration. */
export function qualityRuns(p: Problem, model: ModelPreset, seeds: number): QualityStats {
  const obj = p.objective;
  const optimum = obj.optimum?.value;
  if (optimum === undefined) throw new Error(`${obj.id} has no known optimum`);
  const base = {
    ...defaultConfig(
      { lower: obj.dims.map((d) => d.min), upper: obj.dims.map((d) => d.max) },
      obj.goal,
    ),
    model,
    initPoints: p.initPoints,
    iterations: p.iterations,
  };
  const sign = obj.goal === 'minimize' ? -1 : 1;
  const regrets: number[] = [];
  let ms = 0;
  let iters = 0;
  for (let seed = 0; seed < seeds; seed++) {
    const { records } = runStudy({ ...base, seed }, (x) => safeEvaluate(obj, x));
    const best = records[records.length - 1]?.best ?? null;
    regrets.push(best === null ? Infinity : Math.max(0, sign * (optimum - best)));
    for (const r of records)
      if (r.phase === 'bo') {
        ms += r.ms;
        iters++;
      }
  }
  return { regrets, msPerIteration: iters ? ms / iters : 0 };
}

function references(): Map<string, Reference> {
  const url = new URL('./reference/bayes_opt_figures.jsonl', import.meta.url);
  const lines = readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return new Map(
    lines.map((l) => {
      const r = JSON.parse(l) as Reference;
      return [r.problem, r];
    }),
  );
}

function seedsArg(args: readonly string[]): number | undefined {
  const i = args.indexOf('--seeds');
  if (i < 0) return undefined;
  const n = Number(args[i + 1]);
  if (!(Number.isInteger(n) && n > 0)) throw new Error('--seeds takes a positive integer');
  return n;
}

const exp = (v: number): string => v.toExponential(2);
const pct = (share: number): string => `${Math.round(100 * share)}%`;

export function boQualityBench(args: string[] = []): void {
  const seedsGiven = seedsArg(args);
  const refs = references();
  const rows: string[][] = [
    ['problem', 'model', 'runs', 'median regret', 'p90 regret', 'within tol', 'ms / iter', 'ratio'],
  ];
  for (const p of problems()) {
    const seeds = seedsGiven ?? p.seeds;
    const stats = {
      default: qualityRuns(p, 'default', seeds),
      bayes_opt: qualityRuns(p, 'bayes_opt', seeds),
    };
    const med = (m: ModelPreset) => median(stats[m].regrets);
    const ratio = med('bayes_opt') > 0 ? med('default') / med('bayes_opt') : NaN;
    for (const model of ['default', 'bayes_opt'] as const) {
      const s = stats[model];
      const within = s.regrets.filter((r) => r <= p.tol).length / s.regrets.length;
      rows.push([
        p.name,
        model,
        String(seeds),
        exp(median(s.regrets)),
        exp(quantile(s.regrets, 0.9)),
        `${pct(within)} (<= ${p.tol})`,
        s.msPerIteration.toFixed(2),
        model === 'default' ? `${ratio.toFixed(2)}x` : '',
      ]);
      console.log(
        JSON.stringify({
          bench: 'bo-quality',
          case: `${p.name}-${model}`,
          backend: 'cpu-main',
          medianMs: Math.round(s.msPerIteration * 1000) / 1000,
          minMs: null,
          runs: seeds,
          regret: { median: median(s.regrets), p90: quantile(s.regrets, 0.9) },
          withinTol: within,
          tol: p.tol,
        }),
      );
    }
    const ref = refs.get(p.name);
    if (ref)
      rows.push([
        p.name,
        'bayes_opt 3.3.0 (published)',
        String(ref.runs),
        exp(ref.median),
        exp(ref.p90),
        `${pct(ref.withinTol)} (<= ${p.tol})`,
        ref.msPerIter.toFixed(1),
        '',
      ]);
  }
  printTable(rows);
  console.error(
    'ratio: median regret of the default preset / the bayes_opt preset (aim: <= 0.7 in 2D and 3D, <= 1 in 1D).',
  );
}
