import { describe, expect, it } from 'vitest';
import { computeSurfaceRows } from './surfaceChunk.ts';
import { testJob } from './testing/jobs.ts';
import { auditIndices, auditSurface } from './precisionCheck.ts';
import type { SurfaceResult } from './surfaceTypes.ts';

const kernel = { type: 'matern52', lengthScale: 0.8, variance: 1 } as const;

function asResult(job: ReturnType<typeof testJob>): SurfaceResult {
  const r = computeSurfaceRows(job, 0, job.side);
  return { ...r, side: job.side, backend: 'cpu-main', ms: 0 };
}

describe('auditSurface', () => {
  it('finds no error in the float64 surface, and sees a std spoiled next to the data', () => {
    const job = testJob(40, 33, kernel, { type: 'ei', xi: 0.01 }, -1);
    const exact = asResult(job);
    expect(auditSurface(job, exact)).toEqual({ stdRel: 0, meanRel: 0, points: expect.any(Number) });

    const idx = auditIndices(job);
    expect(idx.length).toBeGreaterThan(40);
    const std = exact.std.slice();
    const maxStd = Math.max(...std);
    const p = idx[0] as number;
    std[p] = (std[p] as number) + 0.05 * maxStd;
    expect(auditSurface(job, { ...exact, std }).stdRel).toBeCloseTo(0.05, 2);

    const mean = exact.mean.slice();
    mean[p] = (mean[p] as number) + 1e-2;
    expect(auditSurface(job, { ...exact, mean }).meanRel).toBeGreaterThan(0);
  });
});
