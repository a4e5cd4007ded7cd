import { describe, expect, it } from 'vitest';
import { createLazySurfaceService } from './lazySurfaceService.ts';
import { computeSurfaceRows } from './surfaceChunk.ts';
import { createSurfaceService, type SurfaceService } from './surfaceService.ts';
import { testJob } from './testing/jobs.ts';

const kernel = { type: 'matern52', lengthScale: 0.8, variance: 1 } as const;

/** A real service whose make() calls and disposals are counted. */
function counted() {
  const seen = { makes: 0, disposed: 0 };
  const make = () => {
    seen.makes++;
    const s = createSurfaceService();
    return Promise.resolve<SurfaceService>({
      ...s,
      dispose: () => {
        seen.disposed++;
        s.dispose();
      },
    });
  };
  return { seen, make };
}

describe('createLazySurfaceService', () => {
  it('loads nothing until a job asks, and says what a fresh service says', () => {
    const { seen, make } = counted();
    const lazy = createLazySurfaceService(make);
    expect(lazy.status()).toEqual(createSurfaceService().status());
    expect(lazy.activeBackend()).toBeNull();
    expect(lazy.notice()).toBeNull();
    expect(seen.makes).toBe(0);
    lazy.dispose();
  });

  it('computes what the real service computes, loading it once for all jobs', async () => {
    const { seen, make } = counted();
    const lazy = createLazySurfaceService(make);
    const job = testJob(12, 9, kernel, { type: 'ei', xi: 0.01 });
    const [a, b] = await Promise.all([
      lazy.compute(job, { prefer: 'cpu', channel: 'a' }),
      lazy.compute(job, { prefer: 'cpu', channel: 'b' }),
    ]);
    const ref = computeSurfaceRows(job, 0, job.side);
    expect(a.mean).toEqual(ref.mean);
    expect(b.acquisition).toEqual(ref.acquisition);
    expect(seen.makes).toBe(1);
    expect(lazy.activeBackend()).toBe('cpu-main');
    expect(lazy.status()).toMatchObject({ backend: 'cpu-main', workers: 0 });
    lazy.dispose();
    expect(seen.disposed).toBe(1);
  });

  it('rejects the job whose load failed, and loads again for the next one', async () => {
    let fail = true;
    const { make } = counted();
    const lazy = createLazySurfaceService(() =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : make(),
    );
    const job = testJob(6, 5, kernel, null);
    await expect(lazy.compute(job, { prefer: 'cpu' })).rejects.toThrow('Failed to fetch');
    await expect(lazy.warmUp('cpu')).resolves.toBeUndefined();
    fail = false;
    const r = await lazy.compute(job, { prefer: 'cpu' });
    expect(r.side).toBe(5);
    lazy.dispose();
  });

  it('disposes a service that arrives after the owner let go of it', async () => {
    const { seen, make } = counted();
    const lazy = createLazySurfaceService(make);
    const warm = lazy.warmUp('cpu');
    lazy.dispose();
    await warm;
    expect(seen.disposed).toBe(1);
  });

  it('loads the real service module by default', async () => {
    const lazy = createLazySurfaceService();
    const job = testJob(6, 5, kernel, null);
    const r = await lazy.compute(job, { prefer: 'cpu' });
    expect(r.mean).toEqual(computeSurfaceRows(job, 0, job.side).mean);
    lazy.dispose();
  });
});
