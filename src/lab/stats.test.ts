import { describe, expect, it } from 'vitest';
import { binomialStdError, histogram, linearEdges, mean, quantileSorted } from './stats.ts';
import { runChunked, type ChunkScheduler } from './chunked.ts';

describe('stats', () => {
  it('bins values, the last bin closed on the right', () => {
    const edges = linearEdges(0, 1, 4);
    expect(Array.from(edges)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Array.from(histogram([0, 0.1, 0.25, 0.6, 0.99, 1, 1.2, NaN, -0.1], edges))).toEqual([
      2, 1, 1, 2,
    ]);
  });

  it('interpolates quantiles and means', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([], 0.5)).toBeNaN();
    // Runs with no success yet sit at Infinity in regret columns; they must not become NaN.
    expect(quantileSorted([1, Infinity], 0)).toBe(1);
    expect(quantileSorted([2, Infinity, Infinity], 0.75)).toBe(Infinity);
    expect(mean([1, 2, 6])).toBe(3);
    expect(binomialStdError(0.5, 100)).toBeCloseTo(0.05, 12);
  });
});

describe('runChunked', () => {
  /** A fake clock: each work call costs `cost` ms; deferred slices run when flushed. */
  function fake(cost: number) {
    let t = 0;
    const queue: (() => void)[] = [];
    const scheduler: ChunkScheduler = {
      now: () => t,
      defer: (run) => {
        queue.push(run);
        return () => queue.splice(queue.indexOf(run), 1);
      },
    };
    return { scheduler, tick: () => (t += cost), queue };
  }

  it('covers every item once, in order, across slices, reporting progress', () => {
    const f = fake(5);
    const seen: number[] = [];
    const progress: number[] = [];
    let done = false;
    runChunked({
      total: 100,
      budgetMs: 12,
      scheduler: f.scheduler,
      work: (from, to) => {
        for (let i = from; i < to; i++) seen.push(i);
        f.tick();
      },
      onProgress: (d) => progress.push(d),
      onDone: () => (done = true),
    });
    expect(done).toBe(false);
    while (f.queue.length) f.queue.shift()?.();
    expect(done).toBe(true);
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('finishes a short job synchronously and stops a cancelled one', () => {
    const f = fake(0);
    let done = false;
    runChunked({ total: 10, scheduler: f.scheduler, work: () => {}, onDone: () => (done = true) });
    expect(done).toBe(true);

    const g = fake(20);
    let items = 0;
    let finished = false;
    const cancel = runChunked({
      total: 10,
      scheduler: g.scheduler,
      work: (from, to) => {
        items += to - from;
        g.tick();
      },
      onDone: () => (finished = true),
    });
    expect(items).toBe(1);
    cancel();
    expect(g.queue.length).toBe(0);
    expect(finished).toBe(false);
  });
});
