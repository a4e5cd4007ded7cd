/**
 * The ML-II fit's cost as N grows: one log marginal likelihood + gradient evaluation, and the full
 * length-scale search of fitGPWithHyperparameters (32-point scan + 6 L-BFGS-B starts), with the
 * blocked evaluator of src/math/gpLikelihood.ts against the old one kept in
 * bench/lmlEvaluatorBaseline.ts, in the same run on the same data. The fit runs the app's own
 * search (gpFit.ts searchLengthScales) with each evaluator; |dtheta| is how far apart their fitted
 * log length scales land (rounding, amplified by the optimizer's stopping tolerance).
 * `--sizes 100,200` limits N; the old fit at N = 1,000 takes minutes. `--parts` prints instead where
 * one evaluation's time goes (bench/lmlParts.ts).
 */
import { createLmlEvaluator, normalizeTargets } from '../src/math/gp.ts';
import { LENGTH_SCALE_BOUNDS, searchLengthScales } from '../src/math/gpFit.ts';
import type { LmlEvaluator } from '../src/math/gpLikelihood.ts';
import { createRng } from '../src/math/rng.ts';
import type { PointSet } from '../src/math/types.ts';
import { printTable } from './gpSurface.ts';
import { createBaselineLmlEvaluator } from './lmlEvaluatorBaseline.ts';
import { lmlPartsBench } from './lmlParts.ts';
import { jsonLine, round, time, type Timing } from './timing.ts';

const DEFAULT_SIZES = [100, 200, 500, 1000];

type Factory = (X: PointSet, yNorm: Float64Array) => LmlEvaluator;
// The app's defaults (bayes_opt's): Matern 5/2, variance 1, alpha 1e-6, one length scale.
const NEW: Factory = (X, y) =>
  createLmlEvaluator(X, y, 'matern52', 1, 1e-6, false, { maxTries: 0 });
const OLD: Factory = (X, y) =>
  createBaselineLmlEvaluator(X, y, 'matern52', 1, 1e-6, false, { maxTries: 0 });

/** n random points in the 1D seed example's box or Branin's, and their normalized targets. */
function data(n: number, d: 1 | 2): { X: PointSet; yNorm: Float64Array } {
  const rng = createRng(1000 * d + n);
  const X = new Float64Array(n * d);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (d === 1) {
      const x = rng.uniform(-2, 10);
      X[i] = x;
      y[i] = Math.exp(-((x - 2) ** 2)) + Math.exp(-((x - 6) ** 2) / 10) + 1 / (x * x + 1);
    } else {
      const a = rng.uniform(-5, 10);
      const b = rng.uniform(0, 15);
      X[2 * i] = a;
      X[2 * i + 1] = b;
      const t = b - (5.1 / (4 * Math.PI ** 2)) * a * a + (5 / Math.PI) * a - 6;
      y[i] = t * t + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(a) + 10;
    }
  }
  return { X: { n, d, data: X }, yNorm: normalizeTargets(y, true).yNorm };
}

/** The search with a counting evaluator: its log length scales and how many evaluations. */
function fit(make: Factory, X: PointSet, yNorm: Float64Array): { theta: number; evals: number } {
  const ev = make(X, yNorm);
  let evals = 0;
  const counted: LmlEvaluator = {
    nParams: ev.nParams,
    evaluate: (theta, grad) => {
      evals++;
      return ev.evaluate(theta, grad);
    },
    get lastJitter() {
      return ev.lastJitter;
    },
  };
  const best = searchLengthScales(counted, 1, LENGTH_SCALE_BOUNDS, 5, createRng(0), true);
  return { theta: best?.[0] ?? NaN, evals };
}

function parseSizes(args: string[]): number[] {
  const i = args.indexOf('--sizes');
  if (i < 0) return DEFAULT_SIZES;
  const sizes = (args[i + 1] ?? '').split(',').map(Number);
  if (!sizes.every((s) => Number.isInteger(s) && s >= 2)) {
    throw new Error(`--sizes needs comma-separated integers >= 2, got ${args[i + 1]}`);
  }
  return sizes;
}

export function lmlEvalBench(args: string[]): void {
  if (args.includes('--parts')) {
    lmlPartsBench(parseSizes(args), data);
    return;
  }
  const rows = [['case', 'old ms', 'new ms', 'speed-up', 'evals', '|dtheta|']];
  const report = (kase: string, old: Timing, neu: Timing, extra: Record<string, unknown>) => {
    const speedUp = round(old.medianMs / neu.medianMs, 2);
    jsonLine('lml-eval', kase, 'js-baseline', old);
    jsonLine('lml-eval', kase, 'js-blocked', neu, { speedUp, ...extra });
    rows.push([
      kase,
      old.medianMs.toFixed(1),
      neu.medianMs.toFixed(1),
      `${speedUp.toFixed(2)}x`,
      String(extra['evals'] ?? ''),
      extra['dTheta'] === undefined ? '' : Number(extra['dTheta']).toExponential(1),
    ]);
  };
  for (const d of [1, 2] as const) {
    for (const n of parseSizes(args)) {
      const { X, yNorm } = data(n, d);
      const theta = [0];
      const grad = new Float64Array(1);
      const evalOpts = { runs: n >= 1000 ? 3 : 9, warmup: 1, budgetMs: 4000 };
      const evOld = OLD(X, yNorm);
      const evNew = NEW(X, yNorm);
      const vOld = evOld.evaluate(theta, grad);
      const gOld = grad[0] as number;
      const vNew = evNew.evaluate(theta, grad);
      report(
        `${d}d-n${n}-eval`,
        time(() => evOld.evaluate(theta, grad), evalOpts),
        time(() => evNew.evaluate(theta, grad), evalOpts),
        { dValue: Math.abs(vNew - vOld), dGrad: Math.abs((grad[0] as number) - gOld) },
      );
      // One run each past N = 200: the old search there takes seconds to minutes.
      const fitOpts = n > 200 ? { runs: 1, warmup: 0 } : { runs: 3, warmup: 1 };
      let fOld = { theta: NaN, evals: 0 };
      let fNew = { theta: NaN, evals: 0 };
      const tOld = time(() => (fOld = fit(OLD, X, yNorm)), fitOpts);
      const tNew = time(() => (fNew = fit(NEW, X, yNorm)), fitOpts);
      report(`${d}d-n${n}-fit`, tOld, tNew, {
        evals: fNew.evals === fOld.evals ? fNew.evals : `${fOld.evals}/${fNew.evals}`,
        dTheta: Math.abs(fNew.theta - fOld.theta),
      });
    }
  }
  printTable(rows);
}
