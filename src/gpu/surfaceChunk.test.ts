import { describe, expect, it } from 'vitest';
import { evaluateAcquisition, type PointwiseAcquisitionSpec } from '../math/acquisition.ts';
import { predict } from '../math/gp.ts';
import type { KernelSpec } from '../math/types.ts';
import { surfaceGrid, type SurfaceJob } from './surfaceTypes.ts';
import { computeSurfaceRows } from './surfaceChunk.ts';
import { testJob } from './testing/jobs.ts';

/** The whole grid at once with src/math, as the reference. */
function reference(job: SurfaceJob) {
  const grid = surfaceGrid(job.bounds, job.side);
  const mean = new Float64Array(grid.n);
  const std = new Float64Array(grid.n);
  predict(job.model, grid, mean, std);
  const acq = new Float64Array(grid.n);
  if (job.spec) evaluateAcquisition(job.spec, mean, std, job.best, acq);
  for (let i = 0; i < mean.length; i++) mean[i] = job.sign * (mean[i] as number);
  return { mean, std, acq: job.spec ? acq : null };
}

function bands(job: SurfaceJob, edges: number[]) {
  const m = job.side * job.side;
  const mean = new Float64Array(m);
  const std = new Float64Array(m);
  const acq = job.spec ? new Float64Array(m) : null;
  for (let b = 0; b + 1 < edges.length; b++) {
    const r = computeSurfaceRows(job, edges[b] as number, edges[b + 1] as number);
    const o = (edges[b] as number) * job.side;
    expect(r.mean.length).toBe(r.std.length);
    mean.set(r.mean, o);
    std.set(r.std, o);
    if (acq && r.acquisition) acq.set(r.acquisition, o);
  }
  return { mean, std, acq };
}

describe('computeSurfaceRows', () => {
  const cases: {
    name: string;
    kernel: KernelSpec;
    spec: PointwiseAcquisitionSpec | null;
    sign: 1 | -1;
  }[] = [
    {
      name: 'matern52 EI',
      kernel: { type: 'matern52', lengthScale: 0.8, variance: 1 },
      spec: { type: 'ei', xi: 0.01 },
      sign: 1,
    },
    {
      name: 'rbf PI, minimized',
      kernel: { type: 'rbf', lengthScale: 0.6, variance: 1 },
      spec: { type: 'pi', xi: 0.01 },
      sign: -1,
    },
    {
      name: 'matern32 ARD UCB',
      kernel: { type: 'matern32', lengthScale: [0.5, 1.5], variance: 2 },
      spec: { type: 'ucb', kappa: 2.576 },
      sign: 1,
    },
    {
      name: 'matern12, no acquisition',
      kernel: { type: 'matern12', lengthScale: 1, variance: 1 },
      spec: null,
      sign: -1,
    },
  ];

  it.each(cases)('$name: bands equal src/math on the whole grid, bit for bit', (c) => {
    // 30 points, a 23 x 23 grid: bands of odd sizes, and the last predict block is short.
    const job = testJob(30, 23, c.kernel, c.spec, c.sign);
    const ref = reference(job);
    for (const edges of [[0, 23], [0, 1, 7, 8, 20, 23], Array.from({ length: 24 }, (_, i) => i)]) {
      const got = bands(job, edges);
      expect(got.mean).toEqual(ref.mean);
      expect(got.std).toEqual(ref.std);
      expect(got.acq).toEqual(ref.acq);
    }
  });

  it('lays the grid out with dim 0 fastest and both bounds included', () => {
    const g = surfaceGrid({ lower: [0, 10], upper: [1, 12] }, 3);
    expect(Array.from(g.data)).toEqual([
      0, 10, 0.5, 10, 1, 10, 0, 11, 0.5, 11, 1, 11, 0, 12, 0.5, 12, 1, 12,
    ]);
    const band = surfaceGrid({ lower: [0, 10], upper: [1, 12] }, 3, 1, 2);
    expect(Array.from(band.data)).toEqual([0, 11, 0.5, 11, 1, 11]);
  });

  it('rejects bad rows and bad jobs with the field named', () => {
    const job = testJob(5, 8, { type: 'rbf', lengthScale: 1, variance: 1 }, null);
    expect(() => computeSurfaceRows(job, 3, 3)).toThrow(/rows 3..3/);
    expect(() => computeSurfaceRows(job, 0, 9)).toThrow(/outside/);
    expect(() => computeSurfaceRows({ ...job, side: 1 }, 0, 1)).toThrow(/side/);
    expect(() =>
      computeSurfaceRows({ ...job, bounds: { lower: [0, 0], upper: [0, 1] } }, 0, 1),
    ).toThrow(/bounds of dim 0/);
  });
});
