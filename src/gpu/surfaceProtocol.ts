/**
 * Messages between the surface pool (main thread) and its workers. A job's model travels once per
 * worker ('job'), then bands of rows are requested ('rows') and come back with their buffers
 * transferred, not copied. 'drop' lets a worker forget a finished or cancelled job.
 */
import type { SurfaceJob } from './surfaceTypes.ts';

/** Which band of which job: rows [rowStart, rowEnd) of the job's grid, sent as chunk number `chunk`. */
export interface RowBand {
  readonly jobId: number;
  readonly chunk: number;
  readonly rowStart: number;
  readonly rowEnd: number;
}

/** Main thread to worker: a job's data, a band of its rows to compute, or forget the job. */
export type ToSurfaceWorker =
  | { readonly type: 'job'; readonly jobId: number; readonly job: SurfaceJob }
  | ({ readonly type: 'rows' } & RowBand)
  | { readonly type: 'drop'; readonly jobId: number };

/** Worker to main thread: a band's values (buffers transferred) or why it could not be done. */
export type FromSurfaceWorker =
  | ({
      readonly type: 'rows';
      readonly mean: Float64Array;
      readonly std: Float64Array;
      readonly acquisition: Float64Array | null;
      /** Time the worker spent on the band, milliseconds. */
      readonly ms: number;
    } & RowBand)
  | {
      readonly type: 'error';
      readonly jobId: number;
      readonly chunk: number;
      readonly message: string;
    };

/** The buffers of a rows reply, to be transferred rather than copied. */
export function transferablesOf(msg: FromSurfaceWorker): ArrayBuffer[] {
  if (msg.type !== 'rows') return [];
  const list: ArrayBuffer[] = [msg.mean.buffer as ArrayBuffer, msg.std.buffer as ArrayBuffer];
  if (msg.acquisition) list.push(msg.acquisition.buffer as ArrayBuffer);
  return list;
}
