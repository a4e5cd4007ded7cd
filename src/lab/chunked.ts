/**
 * Splits a long loop over items 0..total-1 into slices that each run for about `budgetMs`, with
 * the event loop free in between, so the page stays responsive and can show progress. A job is
 * cancelled by calling the function runChunked returns; its callbacks then never fire again.
 */

/** How slices are scheduled and timed; injectable so tests run without timers. */
export interface ChunkScheduler {
  readonly now: () => number;
  readonly defer: (run: () => void) => () => void;
}

export const browserScheduler: ChunkScheduler = {
  now: () => performance.now(),
  defer: (run) => {
    const id = setTimeout(run, 0);
    return () => clearTimeout(id);
  },
};

export interface ChunkOptions {
  readonly total: number;
  /** Items already done before this call (default 0). */
  readonly from?: number;
  /** Does items [from, to). */
  readonly work: (from: number, to: number) => void;
  /** After each slice but the last, with the number of items done. */
  readonly onProgress?: (done: number) => void;
  readonly onDone: () => void;
  /** Time one slice may take before the page gets the event loop back (default 12 ms). */
  readonly budgetMs?: number;
  readonly scheduler?: ChunkScheduler;
}

/**
 * Runs the first slice at once (so short jobs finish synchronously and never flash a progress
 * readout), then one slice per deferred callback. Within a slice, items go in growing batches
 * until the budget is spent, so a slice costs a few clock reads, not one per item.
 */
export function runChunked(opts: ChunkOptions): () => void {
  const { total, work, onProgress, onDone } = opts;
  const budget = opts.budgetMs ?? 12;
  const sched = opts.scheduler ?? browserScheduler;
  let done = opts.from ?? 0;
  let batch = 1;
  let cancelled = false;
  let cancelDefer: (() => void) | undefined;

  const slice = () => {
    cancelDefer = undefined;
    if (cancelled) return;
    const r = runSlice(work, done, total, budget, sched.now, batch);
    done = r.done;
    batch = r.batch;
    if (done >= total) {
      onDone();
      return;
    }
    onProgress?.(done);
    cancelDefer = sched.defer(slice);
  };

  slice();
  return () => {
    cancelled = true;
    cancelDefer?.();
  };
}

/**
 * Does items from `from` on, in batches that double while they stay well within the budget, until
 * `total` or the budget is reached. Returns how far it got and the batch size it arrived at.
 */
export function runSlice(
  work: (from: number, to: number) => void,
  from: number,
  total: number,
  budgetMs: number,
  now: () => number,
  batch = 1,
): { done: number; batch: number } {
  const start = now();
  let done = from;
  let size = batch;
  while (done < total) {
    const to = Math.min(total, done + size);
    work(done, to);
    done = to;
    const elapsed = now() - start;
    if (elapsed >= budgetMs) break;
    if (elapsed < budgetMs / 4) size *= 2;
  }
  return { done, batch: size };
}
