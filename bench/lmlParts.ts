/**
 * Where one ML-II evaluation's time goes (issue 18): the three O(n^3) kernels of
 * src/math/choleskyBlocked.ts on the evaluator's own buffers (WebAssembly SIMD where available),
 * timed alone, and the rest derived from whole evaluations: kernel pairs + solve = value-only
 * evaluation - factor; gradient terms = evaluation with gradient - value-only - inverse - pairs.
 * GMAC/s: multiply-adds (n^3 / 6 per kernel) per second, to compare with the machine's f64x2 peak
 * (two 2-lane vector ops a cycle without FMA: 2 multiply-adds a cycle per core).
 *
 *   npm run bench -- lml-eval --parts [--sizes 400,1000]
 */
import {
  factorPackedLower,
  inversePairs,
  invertLowerTransposed,
} from '../src/math/choleskyBlocked.ts';
import { createLmlEvaluator } from '../src/math/gpLikelihood.ts';
import { covariance } from '../src/math/kernels.ts';
import type { PointSet } from '../src/math/types.ts';
import { choleskyBuffers } from '../src/math/wasm/dotWasm.ts';
import { printTable } from './gpSurface.ts';
import { jsonLine, time } from './timing.ts';

/** The packed pairs of the Matern 5/2 covariance at unit length scales, as the evaluator's. */
function maternPairs(X: PointSet): Float64Array {
  const n = X.n;
  const K = covariance({ type: 'matern52', variance: 1, lengthScale: 1 }, X);
  const Kp = new Float64Array((n * (n - 1)) / 2);
  for (let p = 1, e = 0; p < n; p++)
    for (let q = 0; q < p; q++, e++) Kp[e] = K[p * n + q] as number;
  return Kp;
}

/** Median ms of each part at sizes (1D isotropic, 2D ARD), printed as a table. */
export function lmlPartsBench(
  sizes: readonly number[],
  data: (n: number, d: 1 | 2) => { X: PointSet; yNorm: Float64Array },
): void {
  const rows = [
    [
      'case',
      'eval+grad',
      'value only',
      'factor',
      'inverse',
      'K^-1 pairs',
      'kernel+solve',
      'grad terms',
      'GMAC/s',
    ],
  ];
  for (const d of [1, 2] as const) {
    for (const n of sizes) {
      const { X, yNorm } = data(n, d);
      const ev = createLmlEvaluator(X, yNorm, 'matern52', 1, 1e-6, d === 2, { maxTries: 0 });
      const theta = new Array<number>(ev.nParams).fill(0);
      const grad = new Float64Array(ev.nParams);
      const opts = { runs: n >= 1000 ? 5 : 11, warmup: 1, budgetMs: 4000 };
      const full = time(() => ev.evaluate(theta, grad), opts).medianMs;
      const value = time(() => ev.evaluate(theta), opts).medianMs;
      const Kp = maternPairs(X);
      const { L, Z, dot, row, backend } = choleskyBuffers(n);
      const factor = time(() => factorPackedLower(Kp, 1 + 1e-6, L, n, dot), opts).medianMs;
      const inverse = time(() => invertLowerTransposed(L, n, Z, dot), opts).medianMs;
      const out = new Float64Array(Kp.length);
      const pairs = time(() => inversePairs(Z, n, out, dot, row), opts).medianMs;
      const macs = n ** 3 / 6;
      const gmacs = (3 * macs) / ((factor + inverse + pairs) * 1e6);
      const kase = `${d}d-n${n}${d === 2 ? '-ard' : ''}-${backend}`;
      const parts = {
        full,
        value,
        factor,
        inverse,
        pairs,
        kernelAndSolve: value - factor,
        gradTerms: full - value - inverse - pairs,
        gmacs,
      };
      jsonLine('lml-parts', kase, backend, { medianMs: full, minMs: NaN, runs: opts.runs }, parts);
      rows.push([
        kase,
        ...[
          full,
          value,
          factor,
          inverse,
          pairs,
          value - factor,
          full - value - inverse - pairs,
        ].map((v) => v.toFixed(1)),
        gmacs.toFixed(2),
      ]);
    }
  }
  printTable(rows);
  console.error(
    'ms, medians. kernel+solve: kernel pairs and the solve (value only - factor); grad terms: the ' +
      'trace/ARD loop (eval+grad - value only - inverse - pairs). GMAC/s over the three n^3/6 kernels.',
  );
}
