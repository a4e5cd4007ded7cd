/**
 * The surface worker's message handling, apart from the worker global so that tests can run it in
 * process: it keeps the jobs it was sent and answers each band of rows with its values.
 */
import type { SurfaceJob } from './surfaceTypes.ts';
import type { FromSurfaceWorker, ToSurfaceWorker } from './surfaceProtocol.ts';
import { computeSurfaceRows } from './surfaceChunk.ts';

/** Returns the handler of one worker; `post` sends a reply (transferring its buffers). */
export function createSurfaceHandler(
  post: (msg: FromSurfaceWorker) => void,
): (msg: ToSurfaceWorker) => void {
  const jobs = new Map<number, SurfaceJob>();
  return (msg) => {
    switch (msg.type) {
      case 'job':
        jobs.set(msg.jobId, msg.job);
        return;
      case 'drop':
        jobs.delete(msg.jobId);
        return;
      case 'rows': {
        const job = jobs.get(msg.jobId);
        if (!job) {
          // Dropped meanwhile: the pool no longer waits for this band.
          post({ type: 'error', jobId: msg.jobId, chunk: msg.chunk, message: 'unknown job' });
          return;
        }
        const t0 = performance.now();
        try {
          const r = computeSurfaceRows(job, msg.rowStart, msg.rowEnd);
          post({
            type: 'rows',
            jobId: msg.jobId,
            chunk: msg.chunk,
            rowStart: r.rowStart,
            rowEnd: r.rowEnd,
            mean: r.mean,
            std: r.std,
            acquisition: r.acquisition,
            ms: performance.now() - t0,
          });
        } catch (err) {
          post({
            type: 'error',
            jobId: msg.jobId,
            chunk: msg.chunk,
            message: err instanceof Error ? err.message : String(err),
          });
        }
        return;
      }
    }
  };
}
