/**
 * The message-friendly description of a 2D posterior surface (GP mean, std and a pointwise
 * acquisition on a side x side grid) and its result. Everything here survives structured cloning,
 * so the same job goes to a Web Worker, to the WebGL path, or to the main thread unchanged.
 */
import type { PointwiseAcquisitionSpec } from '../math/acquisition.ts';
import type { GPModel, PointSet } from '../math/types.ts';

/**
 * A fitted GPModel is made of plain numbers and typed arrays already, so it is its own message
 * form: posting it to a worker copies it, the caller keeps its own. One type, so the two cannot drift.
 */
export type SerializedModel = GPModel;

/** The plotted box in the GP's input space (log10 units for log-scale dimensions). */
export interface SurfaceBounds {
  readonly lower: readonly [number, number];
  readonly upper: readonly [number, number];
}

/**
 * One surface to compute. The grid is side x side points with both ends of each range included;
 * point (ix, iy) is index iy * side + ix (dim 0 fastest), so one image row is one y value.
 */
export interface SurfaceJob {
  readonly model: SerializedModel;
  /**
   * The acquisition drawn, in the GP's maximization convention; null for none (Thompson sampling
   * draws a sample path instead, which the caller evaluates separately).
   */
  readonly spec: PointwiseAcquisitionSpec | null;
  /** Best observed value in the GP's units (maximization sign), for EI and PI. */
  readonly best: number;
  /** The displayed mean is sign * (GP mean): -1 when the objective is minimized. */
  readonly sign: 1 | -1;
  readonly bounds: SurfaceBounds;
  /** Grid points per dimension, >= 2. */
  readonly side: number;
  readonly dims: 2;
}

/** Where a surface was computed. Float64 on the CPU paths; float32 on webgl, wasm and cpu-tfjs. */
export type SurfaceBackend = 'cpu-workers' | 'cpu-main' | 'webgl' | 'wasm' | 'cpu-tfjs';

/**
 * A computed surface; arrays have side * side entries in the grid order of SurfaceJob. They are
 * Float64Array on every backend: the float32 paths map their normalized values back to the units
 * of y in float64 (a large mean of y then costs no digits), but carry float32 precision.
 */
export interface SurfaceResult {
  /** Posterior mean in the objective's sign (sign * GP mean), units of y. */
  readonly mean: Float64Array;
  /** Posterior standard deviation, units of y. */
  readonly std: Float64Array;
  /** The acquisition in the GP's maximization units; null when the job's spec is null. */
  readonly acquisition: Float64Array | null;
  readonly side: number;
  readonly backend: SurfaceBackend;
  /** Wall time from request to result, milliseconds. */
  readonly ms: number;
}

/** Narrows a fitted model to the job's model type (no copy). */
export function serializeModel(model: GPModel): SerializedModel {
  return model;
}

/** Grid coordinate of index i (0..side-1) along dimension dim: both bounds are grid points. */
export function gridCoordinate(bounds: SurfaceBounds, dim: 0 | 1, i: number, side: number): number {
  const lo = bounds.lower[dim];
  const hi = bounds.upper[dim];
  return i === side - 1 ? hi : lo + ((hi - lo) * i) / (side - 1);
}

/**
 * The grid points of rows rowStart..rowEnd-1 (all rows by default), row-major with dim 0 fastest.
 * The same points the surface is computed at: pass surfaceGrid(bounds, side) to the acquisition
 * search as extra candidates so the marked next point sits on the drawn maximum.
 */
export function surfaceGrid(
  bounds: SurfaceBounds,
  side: number,
  rowStart = 0,
  rowEnd = side,
): PointSet {
  const rows = rowEnd - rowStart;
  const data = new Float64Array(rows * side * 2);
  const xs = new Float64Array(side);
  for (let ix = 0; ix < side; ix++) xs[ix] = gridCoordinate(bounds, 0, ix, side);
  let o = 0;
  for (let iy = rowStart; iy < rowEnd; iy++) {
    const y = gridCoordinate(bounds, 1, iy, side);
    for (let ix = 0; ix < side; ix++) {
      data[o++] = xs[ix] as number;
      data[o++] = y;
    }
  }
  return { data, n: rows * side, d: 2 };
}

/**
 * Throws a RangeError naming the first field that is unusable: grid side, bounds, dims, the model
 * arrays' shapes. Kernel and finiteness of the model were checked when it was fitted.
 */
export function validateSurfaceJob(job: SurfaceJob): void {
  const { model, bounds, side } = job;
  if (job.dims !== 2) throw new RangeError(`dims must be 2, got ${String(job.dims)}`);
  if (!(Number.isInteger(side) && side >= 2 && side <= 4096)) {
    throw new RangeError(`side must be an integer in [2, 4096], got ${side}`);
  }
  for (const k of [0, 1] as const) {
    const lo = bounds.lower[k];
    const hi = bounds.upper[k];
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
      throw new RangeError(
        `bounds of dim ${k} must be finite with lower < upper, got [${lo}, ${hi}]`,
      );
    }
  }
  const { n, d } = model.X;
  if (d !== 2) throw new RangeError(`model.X has ${d} dims, a surface needs 2`);
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`model.X.n must be >= 1, got ${n}`);
  if (model.X.data.length < n * d) {
    throw new RangeError(`model.X.data holds ${model.X.data.length} numbers, expected ${n * d}`);
  }
  if (model.L.length !== n * n) {
    throw new RangeError(`model.L has ${model.L.length} entries, expected ${n * n}`);
  }
  if (model.weights.length !== n) {
    throw new RangeError(`model.weights has ${model.weights.length} entries, expected ${n}`);
  }
  if (job.sign !== 1 && job.sign !== -1) throw new RangeError(`sign must be 1 or -1`);
  if (job.spec !== null && !Number.isFinite(job.best) && job.spec.type !== 'ucb') {
    throw new RangeError(`best must be finite for ${job.spec.type}, got ${job.best}`);
  }
}

/** The GPModel a job's model stands for (no copy; the arrays are shared). */
export function toGPModel(model: SerializedModel): GPModel {
  return model;
}
