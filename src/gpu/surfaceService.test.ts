import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeSurfaceRows } from './surfaceChunk.ts';
import { testJob } from './testing/jobs.ts';
import {
  createMainThreadPool,
  SurfacePool,
  inProcessSurfacePort,
  surfaceWork,
} from './surfacePool.ts';
import {
  createSurfaceService,
  isSurfaceCancelled,
  MAIN_THREAD_MAX_WORK,
  progressiveSides,
  type SurfaceService,
  type WebGLDriver,
} from './surfaceService.ts';
import type { SurfaceResult } from './surfaceTypes.ts';

const kernel = { type: 'matern52', lengthScale: 0.8, variance: 1 } as const;

// Each test owns its service: nothing carries over, and no reset hook is needed.
let service: SurfaceService = createSurfaceService();
beforeEach(() => {
  service = createSurfaceService();
});
afterEach(() => service.dispose());
const computeSurface: SurfaceService['compute'] = (job, opts) => service.compute(job, opts);
const activeBackend = () => service.activeBackend();
const backendStatus = () => service.status();
const backendNotice = () => service.notice();

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

/** A WebGL that starts on a hardware GPU and computes the float64 surface, until it is lost. */
function fakeWebGL(): WebGLDriver & { lose(): void; calls: number } {
  let lost = false;
  const driver = {
    calls: 0,
    lose: () => {
      lost = true;
    },
    possible: () => true,
    lost: () => lost,
    probe: () => Promise.resolve({ ok: true as const, renderer: 'Fake GPU', software: false }),
    compute: (job: Parameters<WebGLDriver['compute']>[0]): Promise<SurfaceResult> => {
      driver.calls++;
      const r = computeSurfaceRows(job, 0, job.side);
      return Promise.resolve({ ...r, side: job.side, backend: 'webgl', ms: 1 });
    },
  };
  return driver;
}

/** Two in-process ports that the service takes for its worker pool. */
const twoWorkers = () =>
  new SurfacePool([inProcessSurfacePort(), inProcessSurfacePort()], 'cpu-workers');

describe('a surface service with injected parts', () => {
  it('runs small jobs on the main thread and large ones on the workers, and says where', async () => {
    const own = createSurfaceService({ webgl: fakeWebGL(), workerPool: twoWorkers });
    const small = testJob(30, 40, kernel, { type: 'ei', xi: 0.01 });
    const large = testJob(100, 128, kernel, { type: 'ei', xi: 0.01 });
    expect(surfaceWork(small)).toBeLessThanOrEqual(MAIN_THREAD_MAX_WORK);
    expect(surfaceWork(large)).toBeGreaterThan(MAIN_THREAD_MAX_WORK);
    const s = await own.compute(small, { prefer: 'cpu' });
    expect(s.backend).toBe('cpu-main');
    expect(s.mean).toEqual(computeSurfaceRows(small, 0, small.side).mean);
    expect(own.status()).toMatchObject({ backend: 'cpu-main', workers: 0, reason: null });
    const l = await own.compute(large, { prefer: 'cpu' });
    expect(l.backend).toBe('cpu-workers');
    expect(l.std).toEqual(computeSurfaceRows(large, 0, large.side).std);
    expect(own.status()).toMatchObject({ backend: 'cpu-workers', workers: 2, reason: null });
    own.dispose();
  });

  it('names the main thread in the notice when a small job ran there', async () => {
    const webgl = fakeWebGL();
    const own = createSurfaceService({ webgl, workerPool: twoWorkers });
    webgl.lose();
    const r = await own.compute(testJob(12, 10, kernel, null), { prefer: 'webgl' });
    expect(r.backend).toBe('cpu-main');
    expect(own.notice()).toBe('WebGL context lost — computing on the main thread');
    own.dispose();
  });

  it('goes to the CPU workers with a notice once its WebGL context is lost', async () => {
    const webgl = fakeWebGL();
    const own = createSurfaceService({ webgl, workerPool: twoWorkers });
    // Large enough for the workers (a small job would run on the main thread).
    const job = testJob(100, 128, kernel, { type: 'ei', xi: 0.01 });
    expect((await own.compute(job, { prefer: 'webgl' })).backend).toBe('webgl');
    expect(own.status()).toMatchObject({ reason: null, renderer: 'Fake GPU' });
    expect(own.notice()).toBeNull();
    webgl.lose();
    const r = await own.compute(job, { prefer: 'webgl' });
    expect(r.backend).toBe('cpu-workers');
    expect(r.mean).toEqual(computeSurfaceRows(job, 0, job.side).mean);
    expect(webgl.calls).toBe(1);
    expect(own.status().reason).toBe('context-lost');
    expect(own.notice()).toBe('WebGL context lost — computing on the CPU (2 workers)');
    own.dispose();
  });

  it('keeps two services apart, and a disposed one cancels its jobs', async () => {
    const a = createSurfaceService({ workerPool: () => createMainThreadPool() });
    const b = createSurfaceService();
    await a.compute(testJob(6, 5, kernel, null), { prefer: 'cpu' });
    expect(a.activeBackend()).toBe('cpu-main');
    expect(b.activeBackend()).toBeNull();
    expect(b.status().reason).toBeNull();
    const pending = a.compute(testJob(30, 30, kernel, null), { prefer: 'cpu' });
    a.dispose();
    await expect(pending).rejects.toThrow();
    await expect(a.compute(testJob(6, 5, kernel, null), { prefer: 'cpu' })).rejects.toSatisfy(
      isSurfaceCancelled,
    );
    b.dispose();
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
