/**
 * A cheap audit of a float32 surface against float64 at a few grid points. The float32 std is
 * weakest right next to the data when K is ill-conditioned (many points, long length scales): its
 * sensitivity to rounding in k* grows with |K^-1 k*|. So the audit takes the grid points nearest to
 * (a sample of) the training points, plus a diagonal of the grid, and predicts them in float64.
 */
import { predict } from '../math/gp.ts';
import { gridCoordinate, toGPModel, type SurfaceJob, type SurfaceResult } from './surfaceTypes.ts';

export interface PrecisionReport {
  /** max |std - float64 std| at the audited points / max std of the surface. */
  readonly stdRel: number;
  /** max |mean - float64 mean| at the audited points / (max - min) of the surface's mean. */
  readonly meanRel: number;
  readonly points: number;
}

function nearestIndex(v: number, lo: number, hi: number, side: number): number {
  return Math.min(side - 1, Math.max(0, Math.round(((v - lo) / (hi - lo)) * (side - 1))));
}

/** Grid indices to audit: next to up to `near` training points, and `diagonal` along the diagonal. */
export function auditIndices(job: SurfaceJob, near = 48, diagonal = 16): number[] {
  const { bounds, side, model } = job;
  const n = model.X.n;
  const picked = new Set<number>();
  const count = Math.min(n, near);
  for (let t = 0; t < count; t++) {
    const i = Math.floor((t * n) / count);
    const x = model.X.data[i * 2] as number;
    const y = model.X.data[i * 2 + 1] as number;
    const ix = nearestIndex(x, bounds.lower[0], bounds.upper[0], side);
    const iy = nearestIndex(y, bounds.lower[1], bounds.upper[1], side);
    picked.add(iy * side + ix);
  }
  for (let t = 0; t < diagonal; t++) {
    const i = Math.round((t * (side - 1)) / Math.max(1, diagonal - 1));
    picked.add(i * side + i);
  }
  return [...picked];
}

/** Compares a computed surface with float64 predictions at auditIndices(job). */
export function auditSurface(job: SurfaceJob, result: SurfaceResult): PrecisionReport {
  const { side, bounds } = job;
  const idx = auditIndices(job);
  const data = new Float64Array(idx.length * 2);
  idx.forEach((p, k) => {
    data[k * 2] = gridCoordinate(bounds, 0, p % side, side);
    data[k * 2 + 1] = gridCoordinate(bounds, 1, Math.floor(p / side), side);
  });
  const mean = new Float64Array(idx.length);
  const std = new Float64Array(idx.length);
  predict(toGPModel(job.model), { data, n: idx.length, d: 2 }, mean, std);
  let stdMax = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < result.std.length; i++) {
    stdMax = Math.max(stdMax, result.std[i] as number);
    lo = Math.min(lo, result.mean[i] as number);
    hi = Math.max(hi, result.mean[i] as number);
  }
  let stdErr = 0;
  let meanErr = 0;
  idx.forEach((p, k) => {
    stdErr = Math.max(stdErr, Math.abs((result.std[p] as number) - (std[k] as number)));
    const m64 = job.sign * (mean[k] as number);
    meanErr = Math.max(meanErr, Math.abs((result.mean[p] as number) - m64));
  });
  return {
    stdRel: stdMax > 0 ? stdErr / stdMax : stdErr,
    meanRel: hi > lo ? meanErr / (hi - lo) : meanErr,
    points: idx.length,
  };
}
