import { describe, expect, it } from 'vitest';
import type { SurfaceJob } from './surfaceTypes.ts';
import {
  inProcessSurfacePort,
  isSurfaceCancelled,
  SurfacePool,
  SurfacePoolError,
  type SurfacePort,
} from './surfacePool.ts';
import type { ToSurfaceWorker } from './surfaceProtocol.ts';
import { computeSurfaceRows } from './surfaceChunk.ts';
import { testJob } from './testing/jobs.ts';

const kernel = { type: 'matern52', lengthScale: 0.8, variance: 1 } as const;

/** An in-process port that records what it was sent. */
function recordingPort(log: ToSurfaceWorker[]): SurfacePort {
  const inner = inProcessSurfacePort();
  return { ...inner, postMessage: (msg) => (log.push(msg), inner.postMessage(msg)) };
}

function whole(job: SurfaceJob) {
  return computeSurfaceRows(job, 0, job.side);
}

describe('SurfacePool', () => {
  it('assembles the bands of several ports into the float64 surface, with progress', async () => {
    const logs: ToSurfaceWorker[][] = [[], [], []];
    const pool = new SurfacePool(
      logs.map((l) => recordingPort(l)),
      'cpu-workers',
    );
    const job = testJob(40, 31, kernel, { type: 'ei', xi: 0.01 }, -1);
    const progress: number[] = [];
    const r = await pool.run(job, { onProgress: (f) => progress.push(f) });
    const ref = whole(job);
    expect(r.mean).toEqual(ref.mean);
    expect(r.std).toEqual(ref.std);
    expect(r.acquisition).toEqual(ref.acquisition);
    expect(progress.length).toBeGreaterThanOrEqual(6);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]).toBeGreaterThan(progress[i - 1] as number);
    // Every port got the model once, worked, and was told to forget the job.
    for (const log of logs) {
      expect(log.filter((m) => m.type === 'job')).toHaveLength(1);
      expect(log.filter((m) => m.type === 'rows').length).toBeGreaterThanOrEqual(2);
      expect(log.at(-1)?.type).toBe('drop');
    }
    pool.terminate();
  });

  it('cancels on abort: the promise rejects, its remaining bands are not sent, others finish', async () => {
    const log: ToSurfaceWorker[] = [];
    const pool = new SurfacePool([recordingPort(log)], 'cpu-main', 1);
    const big = testJob(60, 40, kernel, { type: 'ei', xi: 0.01 });
    const small = testJob(10, 12, kernel, null);
    const ctl = new AbortController();
    const first = pool.run(big, { signal: ctl.signal });
    const second = pool.run(small);
    ctl.abort();
    await expect(first).rejects.toSatisfy(isSurfaceCancelled);
    const r = await second;
    expect(r.mean).toEqual(whole(small).mean);
    const bigRows = log.filter((m) => m.type === 'rows' && m.jobId === 1);
    expect(bigRows.length).toBeLessThanOrEqual(1);
    pool.terminate();
  });

  it('rejects at once when the signal is already aborted', async () => {
    const pool = new SurfacePool([inProcessSurfacePort()], 'cpu-main');
    const ctl = new AbortController();
    ctl.abort();
    await expect(pool.run(testJob(5, 4, kernel, null), { signal: ctl.signal })).rejects.toSatisfy(
      isSurfaceCancelled,
    );
    pool.terminate();
  });

  it('reports a failed port to every job and refuses new ones', async () => {
    let fail: (m: string) => void = () => undefined;
    const port: SurfacePort = {
      postMessage: () => undefined,
      listen: (_onMessage, onFailure) => {
        fail = onFailure;
      },
      terminate: () => undefined,
    };
    const pool = new SurfacePool([port], 'cpu-workers');
    const running = pool.run(testJob(5, 4, kernel, null));
    fail('worker script 404');
    await expect(running).rejects.toBeInstanceOf(SurfacePoolError);
    expect(pool.broken).toBe('worker script 404');
    await expect(pool.run(testJob(5, 4, kernel, null))).rejects.toThrow(/404/);
  });

  it('rejects a malformed job without sending anything', async () => {
    const log: ToSurfaceWorker[] = [];
    const pool = new SurfacePool([recordingPort(log)], 'cpu-main');
    await expect(pool.run({ ...testJob(5, 4, kernel, null), side: 0 })).rejects.toThrow(/side/);
    expect(log).toEqual([]);
  });
});
