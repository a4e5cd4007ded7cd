/**
 * Posterior mean, std and EI over a plot grid: the work behind every redraw. Our batched float64
 * path against a baseline written the obvious way with ml-matrix (dense K*, Cholesky solves), both
 * measured here in the same process.
 */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { evaluateAcquisition } from '../src/math/acquisition.ts';
import { fitGP, predict } from '../src/math/gp.ts';
import { crossCovariance } from '../src/math/kernels.ts';
import { createRng } from '../src/math/rng.ts';
import type { GPModel, KernelSpec, PointSet } from '../src/math/types.ts';
import { jsonLine, round, time } from './timing.ts';

interface Case {
  readonly name: string;
  readonly d: number;
  readonly n: number;
  readonly side: number;
}

export const CASES: readonly Case[] = [
  { name: '1d-n20-500', d: 1, n: 20, side: 500 },
  { name: '2d-n30-100x100', d: 2, n: 30, side: 100 },
  { name: '2d-n100-128x128', d: 2, n: 100, side: 128 },
  { name: '2d-n300-200x200', d: 2, n: 300, side: 200 },
];

/** A fitted-looking GP on a smooth test function in the unit box, and the plot grid. */
export function makeCase(c: Case): { model: GPModel; grid: PointSet } {
  const rng = createRng(42);
  const X = new Float64Array(c.n * c.d);
  for (let i = 0; i < X.length; i++) X[i] = rng.next();
  const y = new Float64Array(c.n);
  for (let i = 0; i < c.n; i++) {
    let s = 0;
    for (let k = 0; k < c.d; k++)
      s += Math.sin(6 * (X[i * c.d + k] as number)) + (X[i * c.d + k] as number) ** 2;
    y[i] = s;
  }
  const kernel: KernelSpec = { type: 'matern52', lengthScale: 0.2, variance: 1 };
  const model = fitGP({ data: X, n: c.n, d: c.d }, y, { kernel, alpha: 1e-6, normalizeY: true });
  const count = c.d === 1 ? c.side : c.side * c.side;
  const grid = new Float64Array(count * c.d);
  for (let i = 0; i < count; i++) {
    if (c.d === 1) grid[i] = i / (c.side - 1);
    else {
      grid[i * 2] = (i % c.side) / (c.side - 1);
      grid[i * 2 + 1] = Math.floor(i / c.side) / (c.side - 1);
    }
  }
  return { model, grid: { data: grid, n: count, d: c.d } };
}

function ours(model: GPModel, grid: PointSet, best: number): Float64Array {
  const mean = new Float64Array(grid.n);
  const std = new Float64Array(grid.n);
  const acq = new Float64Array(grid.n);
  predict(model, grid, mean, std);
  evaluateAcquisition({ type: 'ei', xi: 0.01 }, mean, std, best, acq);
  return acq;
}

/** The textbook version: K* as a dense matrix, two Cholesky solves, EI per point. */
function baseline(model: GPModel, grid: PointSet, best: number): Float64Array {
  const n = model.X.n;
  const K = new Matrix(n, n);
  const kxx = crossCovariance(model.kernel, model.X, model.X);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      K.set(i, j, (kxx[i * n + j] as number) + (i === j ? model.alpha : 0));
  const chol = new CholeskyDecomposition(K);
  const ks = new Matrix(n, grid.n);
  const kxs = crossCovariance(model.kernel, model.X, grid);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < grid.n; j++) ks.set(i, j, kxs[i * grid.n + j] as number);
  const alphaVec = chol.solve(Matrix.columnVector(Array.from(model.yNorm)));
  const meanN = ks.transpose().mmul(alphaVec);
  const v = chol.solve(ks);
  const acq = new Float64Array(grid.n);
  const prior = model.kernel.variance;
  for (let j = 0; j < grid.n; j++) {
    let q = 0;
    for (let i = 0; i < n; i++) q += ks.get(i, j) * v.get(i, j);
    const mu = meanN.get(j, 0) * model.yStd + model.yMean;
    const sd = Math.sqrt(Math.max(prior - q, 1e-12)) * model.yStd;
    const z = (mu - best - 0.01) / sd;
    acq[j] = (mu - best - 0.01) * cdf(z) + (sd * Math.exp(-0.5 * z * z)) / Math.sqrt(2 * Math.PI);
  }
  return acq;
}

/** Baseline normal cdf (erf by Abramowitz-Stegun 7.1.26): the quick version people write. */
function cdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(z / Math.SQRT2));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-(z * z) / 2);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

export function gpSurfaceBench(): void {
  const rows: string[][] = [
    ['case', 'points', 'ours median ms', 'ml-matrix median ms', 'speed-up', 'max |EI diff|'],
  ];
  for (const c of CASES) {
    const { model, grid } = makeCase(c);
    const best = Math.max(...Array.from(model.yNorm, (v) => v * model.yStd + model.yMean));
    const a = ours(model, grid, best);
    const b = baseline(model, grid, best);
    let diff = 0;
    for (let i = 0; i < a.length; i++)
      diff = Math.max(diff, Math.abs((a[i] as number) - (b[i] as number)));
    const tOurs = time(() => ours(model, grid, best));
    const tBase = time(() => baseline(model, grid, best), { runs: c.n >= 300 ? 3 : 7, warmup: 1 });
    jsonLine('gp-surface', c.name, 'cpu-main', tOurs, { points: grid.n });
    jsonLine('gp-surface', c.name, 'ml-matrix-baseline', tBase, {
      points: grid.n,
      ratio: round(tBase.medianMs / tOurs.medianMs, 2),
    });
    rows.push([
      c.name,
      String(grid.n),
      tOurs.medianMs.toFixed(2),
      tBase.medianMs.toFixed(2),
      `${(tBase.medianMs / tOurs.medianMs).toFixed(1)}x`,
      diff.toExponential(1),
    ]);
  }
  printTable(rows);
}

export function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => (r[j] ?? '').length)));
  for (const r of rows) console.error(r.map((c, j) => c.padStart(widths[j] as number)).join('  '));
}
