/**
 * The float64 surface over a band of grid rows: src/math predict and evaluateAcquisition on the
 * band's points. Pure and synchronous: the workers run it on their rows, the main thread on all of
 * them when there are no workers. predict treats every grid point on its own, so a band's values are
 * bit-for-bit those of the whole grid computed at once.
 */
import { evaluateAcquisition } from '../math/acquisition.ts';
import { predict } from '../math/gp.ts';
import { surfaceGrid, toGPModel, validateSurfaceJob, type SurfaceJob } from './surfaceTypes.ts';

/** Mean (objective's sign), std and acquisition (null without a spec) of a band of rows. */
export interface SurfaceRows {
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly mean: Float64Array;
  readonly std: Float64Array;
  readonly acquisition: Float64Array | null;
}

/** Computes rows rowStart..rowEnd-1 of the job's grid. Throws RangeError on a bad job or range. */
export function computeSurfaceRows(job: SurfaceJob, rowStart: number, rowEnd: number): SurfaceRows {
  validateSurfaceJob(job);
  if (!(Number.isInteger(rowStart) && Number.isInteger(rowEnd) && 0 <= rowStart)) {
    throw new RangeError(`rows must be integers >= 0, got ${rowStart}..${rowEnd}`);
  }
  if (!(rowStart < rowEnd && rowEnd <= job.side)) {
    throw new RangeError(`rows ${rowStart}..${rowEnd} outside 0..${job.side}`);
  }
  const points = surfaceGrid(job.bounds, job.side, rowStart, rowEnd);
  const mean = new Float64Array(points.n);
  const std = new Float64Array(points.n);
  predict(toGPModel(job.model), points, mean, std);
  let acquisition: Float64Array | null = null;
  if (job.spec) {
    acquisition = new Float64Array(points.n);
    evaluateAcquisition(job.spec, mean, std, job.best, acquisition);
  }
  if (job.sign < 0) for (let i = 0; i < mean.length; i++) mean[i] = -(mean[i] as number);
  return { rowStart, rowEnd, mean, std, acquisition };
}
