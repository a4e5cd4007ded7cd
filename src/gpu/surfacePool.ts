/**
 * A pool of surface workers that splits a job's grid into bands of rows, hands them out as workers
 * come free, and assembles the replies (their buffers are transferred, then copied once into the
 * result). A cancelled job stops being handed out at once; bands already running finish and their
 * results are dropped. The same pool runs in process (on the main thread, one band per macrotask)
 * where Web Workers are missing or broken.
 */
import type { SurfaceJob } from './surfaceTypes.ts';
import { validateSurfaceJob } from './surfaceTypes.ts';
import { inProcessPort, workerPort, type Port } from '../workers/port.ts';
import { TaskPool, type PoolTask } from '../workers/taskPool.ts';
import { createSurfaceHandler } from './surfaceHandler.ts';
import type { FromSurfaceWorker, ToSurfaceWorker } from './surfaceProtocol.ts';

/** The job was cancelled (superseded by a newer one, or its signal aborted) before it finished. */
export class SurfaceCancelledError extends Error {
  constructor(message = 'surface computation superseded') {
    super(message);
    this.name = 'SurfaceCancelledError';
  }
}

/** True for the rejection of a cancelled or superseded surface job (nothing to report). */
export function isSurfaceCancelled(err: unknown): err is SurfaceCancelledError {
  return err instanceof SurfaceCancelledError;
}

/** A worker failed to start or crashed; the pool is unusable. */
export class SurfacePoolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SurfacePoolError';
  }
}

/** A channel to a surface handler: a Web Worker, or the handler itself in process. */
export type SurfacePort = Port<ToSurfaceWorker, FromSurfaceWorker>;

/**
 * The handler in this thread. Each message is handled in its own macrotask so that the caller's
 * event loop (the UI) runs between bands, and a cancellation can land between them.
 */
export function inProcessSurfacePort(): SurfacePort {
  return inProcessPort(createSurfaceHandler, { immediateReplies: true });
}

/** Workers the pool starts: min(hardwareConcurrency, 4), at least 1. */
export function defaultPoolSize(): number {
  const hc = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined;
  return Math.max(1, Math.min(hc && hc > 0 ? hc : 2, 4));
}

/** Float64 surface as assembled from the bands (objective's sign for the mean). */
export interface PooledSurface {
  readonly mean: Float64Array;
  readonly std: Float64Array;
  readonly acquisition: Float64Array | null;
}

/** Cancellation and progress of one pool job. */
export interface PoolRunOptions {
  readonly signal?: AbortSignal;
  /** Fraction of grid rows done, 0..1, after each band. */
  readonly onProgress?: (fraction: number) => void;
}

/**
 * Work of one grid point with n observations, in multiply-adds: the triangular solve (n^2 / 2) and
 * the kernel row (about 20 per observation). The unit of every size threshold on surfaces.
 */
export function pointWork(n: number): number {
  return 0.5 * n * n + 20 * n;
}

/** Work of a whole surface job (pointWork per grid cell). */
export function surfaceWork(job: SurfaceJob): number {
  return pointWork(job.model.X.n) * job.side * job.side;
}

/** Approximate float64 ms of one grid point (0.6 ns per multiply-add, pessimistic); sizes bands. */
function msPerPoint(n: number): number {
  return pointWork(n) * 0.6e-6;
}

interface ActiveJob {
  readonly id: number;
  readonly job: SurfaceJob;
  readonly result: { mean: Float64Array; std: Float64Array; acquisition: Float64Array | null };
  rowsDone: number;
  pending: number;
  done: boolean;
  readonly resolve: (r: PooledSurface) => void;
  readonly reject: (e: unknown) => void;
  readonly onProgress: ((fraction: number) => void) | undefined;
  readonly cleanup: () => void;
}

/** A band of rows of one job: sends the job's model to a port once, then asks for the rows. */
class Band implements PoolTask<ToSurfaceWorker> {
  constructor(
    readonly job: ActiveJob,
    readonly chunk: number,
    readonly rowStart: number,
    readonly rowEnd: number,
  ) {}

  get group(): number {
    return this.job.id;
  }

  start(port: Port<ToSurfaceWorker, unknown>, hasSetup: boolean): void {
    const { id, job } = this.job;
    if (!hasSetup) port.postMessage({ type: 'job', jobId: id, job });
    port.postMessage({
      type: 'rows',
      jobId: id,
      chunk: this.chunk,
      rowStart: this.rowStart,
      rowEnd: this.rowEnd,
    });
  }
}

/** Runs surface jobs on a set of ports (workers or in process), any number of jobs at a time. */
export class SurfacePool {
  readonly size: number;
  private readonly tasks: TaskPool<ToSurfaceWorker, FromSurfaceWorker, Band>;
  private readonly jobs = new Map<number, ActiveJob>();
  private nextId = 1;
  private failure: string | null = null;

  /**
   * @param kind which CPU backend this pool is ('cpu-workers' or 'cpu-main').
   * @param targetBandMs the time one band should take (smaller: finer progress and cancellation).
   */
  constructor(
    ports: readonly SurfacePort[],
    readonly kind: 'cpu-workers' | 'cpu-main',
    private readonly targetBandMs = 40,
  ) {
    this.tasks = new TaskPool(ports, {
      ends: () => true,
      onReply: (msg, band) => {
        if (band) this.onBand(band.job, msg);
      },
      forget: (jobId) => ({ type: 'drop', jobId }),
      onBroken: (message) => this.fail(message),
    });
    this.size = this.tasks.size;
  }

  /** Null while usable; else why a worker failed (the pool then rejects every job). */
  get broken(): string | null {
    return this.failure;
  }

  /** Computes the job's surface in float64. Rejects with SurfaceCancelledError when aborted. */
  run(job: SurfaceJob, opts: PoolRunOptions = {}): Promise<PooledSurface> {
    if (this.failure) return Promise.reject(new SurfacePoolError(this.failure));
    try {
      validateSurfaceJob(job);
    } catch (err) {
      return Promise.reject(err);
    }
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(new SurfaceCancelledError());
    const m = job.side * job.side;
    return new Promise<PooledSurface>((resolve, reject) => {
      const id = this.nextId++;
      const onAbort = () => this.cancel(id);
      signal?.addEventListener('abort', onAbort, { once: true });
      const active: ActiveJob = {
        id,
        job,
        result: {
          mean: new Float64Array(m),
          std: new Float64Array(m),
          acquisition: job.spec ? new Float64Array(m) : null,
        },
        rowsDone: 0,
        pending: 0,
        done: false,
        resolve,
        reject,
        onProgress: opts.onProgress,
        cleanup: () => signal?.removeEventListener('abort', onAbort),
      };
      this.jobs.set(id, active);
      const rowMs = msPerPoint(job.model.X.n) * job.side;
      // At least two bands per port so that a port never idles while another has two left.
      const byCost = Math.ceil((rowMs * job.side) / this.targetBandMs);
      const count = Math.min(job.side, Math.max(2 * this.size, byCost));
      const bands: Band[] = [];
      for (let b = 0; b < count; b++) {
        const rowStart = Math.floor((b * job.side) / count);
        const rowEnd = Math.floor(((b + 1) * job.side) / count);
        bands.push(new Band(active, b, rowStart, rowEnd));
      }
      active.pending = count;
      this.tasks.push(...bands);
    });
  }

  /** Stops the workers; running jobs are rejected. */
  terminate(): void {
    this.tasks.terminate();
    this.fail('the surface pool was terminated');
  }

  private cancel(id: number): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.finish(job, new SurfaceCancelledError());
  }

  private finish(job: ActiveJob, error: unknown | null): void {
    if (job.done) return;
    job.done = true;
    job.cleanup();
    this.jobs.delete(job.id);
    // Bands already running finish and their replies are dropped.
    if (!this.failure) this.tasks.drop(job.id);
    if (error === null) job.resolve(job.result);
    else job.reject(error);
  }

  private onBand(job: ActiveJob, msg: FromSurfaceWorker): void {
    if (job.done) return;
    if (msg.type === 'error') {
      this.finish(job, new Error(`surface worker: ${msg.message}`));
      return;
    }
    const side = job.job.side;
    const offset = msg.rowStart * side;
    job.result.mean.set(msg.mean, offset);
    job.result.std.set(msg.std, offset);
    if (job.result.acquisition && msg.acquisition)
      job.result.acquisition.set(msg.acquisition, offset);
    job.rowsDone += msg.rowEnd - msg.rowStart;
    job.pending--;
    job.onProgress?.(job.rowsDone / side);
    if (job.pending === 0) this.finish(job, null);
  }

  private fail(message: string): void {
    if (this.failure) return;
    this.failure = message;
    for (const job of [...this.jobs.values()]) this.finish(job, new SurfacePoolError(message));
  }
}

/**
 * A pool of `size` module workers (default defaultPoolSize()), or null where Web Workers do not
 * exist (Node, old browsers).
 */
export function createWorkerPool(size = defaultPoolSize()): SurfacePool | null {
  if (typeof Worker === 'undefined') return null;
  const ports: SurfacePort[] = [];
  try {
    for (let i = 0; i < size; i++) {
      ports.push(
        workerPort(
          new Worker(new URL('./surfaceWorker.ts', import.meta.url), { type: 'module' }),
          'the surface worker failed to load',
        ),
      );
    }
  } catch {
    for (const p of ports) p.terminate();
    return null;
  }
  return new SurfacePool(ports, 'cpu-workers');
}

/** The handler on this thread, one band per macrotask (short bands keep the page responsive). */
export function createMainThreadPool(): SurfacePool {
  return new SurfacePool([inProcessSurfacePort()], 'cpu-main', 12);
}
