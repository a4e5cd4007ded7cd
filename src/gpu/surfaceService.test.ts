import { afterEach, describe, expect, it } from 'vitest';
import { computeSurfaceRows } from '../workers/surfaceChunk.ts';
import { testJob } from '../workers/testing/jobs.ts';
import {
  activeBackend,
  backendNotice,
  backendStatus,
  computeSurface,
  disposeSurfaceService,
  isSurfaceCancelled,
  progressiveSides,
} from './surfaceService.ts';

const kernel = { type: 'matern52', lengthScale: 0.8, variance: 1 } as const;

afterEach(() => disposeSurfaceService());

describe('computeSurface (Node: no workers, no WebGL)', () => {
  it('computes the float64 surface on the main thread when the CPU is asked for', async () => {
    const job = testJob(20, 17, kernel, { type: 'ei', xi: 0.01 }, -1);
    const progress: number[] = [];
    const r = await computeSurface(job, { prefer: 'cpu', onProgress: (f) => progress.push(f) });
    const ref = computeSurfaceRows(job, 0, job.side);
    expect(r.backend).toBe('cpu-main');
    expect(r.side).toBe(17);
    expect(r.mean).toEqual(ref.mean);
    expect(r.std).toEqual(ref.std);
    expect(r.acquisition).toEqual(ref.acquisition);
    expect(r.ms).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    expect(activeBackend()).toBe('cpu-main');
    expect(backendStatus()).toMatchObject({ backend: 'cpu-main', workers: 0 });
    expect(backendNotice()).toBe('Web Workers unavailable — computing on the main thread');
  });

  it('falls back from WebGL with a notice saying so', async () => {
    const job = testJob(8, 6, kernel, null);
    for (const prefer of ['webgl', 'auto'] as const) {
      const r = await computeSurface(job, { prefer });
      expect(r.backend).toBe('cpu-main');
      expect(r.acquisition).toBeNull();
      expect(backendStatus().reason).toBe('no-webgl');
      expect(backendNotice()).toBe('WebGL unavailable — computing on the main thread');
    }
  });

  it('drops a job superseded on its channel, keeps jobs on other channels', async () => {
    const a = testJob(30, 24, kernel, { type: 'ucb', kappa: 2 });
    const b = testJob(30, 25, kernel, { type: 'ucb', kappa: 2 });
    const other = testJob(10, 9, kernel, null);
    const first = computeSurface(a, { prefer: 'cpu' });
    const side = computeSurface(other, { prefer: 'cpu', channel: 'compare' });
    const second = computeSurface(b, { prefer: 'cpu' });
    await expect(first).rejects.toSatisfy(isSurfaceCancelled);
    expect((await second).side).toBe(25);
    expect((await side).side).toBe(9);
  });

  it('honours an abort signal', async () => {
    const ctl = new AbortController();
    const p = computeSurface(testJob(30, 30, kernel, null), {
      prefer: 'cpu',
      signal: ctl.signal,
    });
    ctl.abort();
    await expect(p).rejects.toSatisfy(isSurfaceCancelled);
  });

  it('rejects a malformed job', async () => {
    const job = testJob(5, 4, kernel, null);
    await expect(computeSurface({ ...job, side: 2.5 }, { prefer: 'cpu' })).rejects.toThrow(
      RangeError,
    );
  });
});

describe('progressiveSides', () => {
  it('halves down to the coarsest side', () => {
    expect(progressiveSides(128)).toEqual([32, 64, 128]);
    expect(progressiveSides(200)).toEqual([25, 50, 100, 200]);
    expect(progressiveSides(100)).toEqual([25, 50, 100]);
    expect(progressiveSides(20)).toEqual([20]);
    expect(progressiveSides(256, 64)).toEqual([64, 128, 256]);
    expect(() => progressiveSides(1)).toThrow(RangeError);
  });
});
