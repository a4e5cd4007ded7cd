import { useEffect, useMemo, useState } from 'react';
import { browserScheduler, runChunked, runSlice } from './chunked.ts';

/** A job for useChunked: `start` sets up fresh state and returns the slice function and result. */
export interface ChunkJob<R> {
  readonly total: number;
  /** Builds the job's state; returns what runs items [from, to) and what reads the result. */
  readonly start: () => { work: (from: number, to: number) => void; result: () => R };
}

/** Where a chunked job stands: its last finished result (kept while a new job runs) and progress. */
export interface ChunkedState<R> {
  readonly result: R | undefined;
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
}

interface Finished<R> {
  readonly job: ChunkJob<R>;
  readonly result: R;
}

/** Time the first slice may take while rendering: a short job then never shows a stale frame. */
const FIRST_SLICE_MS = 8;

/**
 * Runs `job` whenever it changes (memoize it on its inputs). A first slice runs while rendering,
 * so a short job's result is there at once, without a frame of stale or empty plots; the rest
 * runs in slices off the event loop (chunked.ts), cancelled when the job changes. Meanwhile the
 * previous result stays, so plots do not blank out.
 */
export function useChunked<R>(job: ChunkJob<R>): ChunkedState<R> {
  const first = useMemo(() => {
    const handle = job.start();
    const { done, batch } = runSlice(
      handle.work,
      0,
      job.total,
      FIRST_SLICE_MS,
      browserScheduler.now,
    );
    return { handle, done, batch, result: done >= job.total ? { value: handle.result() } : null };
  }, [job]);
  const [finished, setFinished] = useState<Finished<R> | undefined>(undefined);
  const [progress, setProgress] = useState<{ job: ChunkJob<R>; done: number } | undefined>(
    undefined,
  );

  useEffect(() => {
    if (first.result) return;
    return runChunked({
      total: job.total,
      from: first.done,
      work: first.handle.work,
      onProgress: (done) => setProgress({ job, done }),
      onDone: () => setFinished({ job, result: first.handle.result() }),
    });
  }, [job, first]);

  if (first.result)
    return { result: first.result.value, running: false, done: job.total, total: job.total };
  const running = finished?.job !== job;
  return {
    result: finished?.result,
    running,
    done: running ? (progress?.job === job ? progress.done : first.done) : job.total,
    total: job.total,
  };
}
