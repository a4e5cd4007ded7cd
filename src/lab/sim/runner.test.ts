import { describe, expect, it } from 'vitest';
import { runSimTasks, SimCancelledError } from './runner.ts';
import { runTask, type SimTask } from './tasks.ts';

const tasks: SimTask[] = [0, 1, 2].map((seed) => ({
  kind: 'race',
  objective: 'forrester',
  strategy: 'random',
  budget: 5,
  seed,
}));

describe('simulation runner (in process)', () => {
  it('returns every result in task order, the same as running each task directly', async () => {
    const seen: number[] = [];
    const results = await runSimTasks(tasks, { inProcess: true, onResult: (i) => seen.push(i) });
    expect(results).toEqual(tasks.map(runTask));
    expect(seen.sort()).toEqual([0, 1, 2]);
  });

  it('stops handing out tasks once cancelled', async () => {
    const controller = new AbortController();
    let done = 0;
    const promise = runSimTasks(tasks, {
      inProcess: true,
      signal: controller.signal,
      onResult: () => {
        done += 1;
        controller.abort();
      },
    });
    await expect(promise).rejects.toBeInstanceOf(SimCancelledError);
    expect(done).toBe(1);
  });

  it('reports an unknown objective as an error', async () => {
    const bad: SimTask = { kind: 'sdr', objective: 'nope', budget: 5, seed: 0 };
    await expect(runSimTasks([bad], { inProcess: true })).rejects.toThrow(/unknown objective/);
  });
});

describe('simulation runner (workers)', () => {
  /** A stand-in Worker that answers each task on the next macrotask, and counts terminations. */
  class FakeWorker {
    static created = 0;
    static terminated = 0;
    private listeners = new Map<string, ((e: unknown) => void)[]>();
    private closed = false;
    constructor() {
      FakeWorker.created += 1;
    }
    addEventListener(type: string, fn: (e: unknown) => void) {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
    }
    postMessage(msg: { id: number; task: SimTask }) {
      setTimeout(() => {
        if (this.closed) return;
        const data = { type: 'done', id: msg.id, result: runTask(msg.task) };
        for (const fn of this.listeners.get('message') ?? []) fn({ data });
      }, 0);
    }
    terminate() {
      this.closed = true;
      FakeWorker.terminated += 1;
    }
  }

  it('runs on workers and terminates every one of them when cancelled', async () => {
    const previous = globalThis.Worker;
    globalThis.Worker = FakeWorker as unknown as typeof Worker;
    try {
      const controller = new AbortController();
      const promise = runSimTasks([...tasks, ...tasks], {
        workers: 2,
        signal: controller.signal,
        onResult: () => controller.abort(),
      });
      await expect(promise).rejects.toBeInstanceOf(SimCancelledError);
      expect(FakeWorker.created).toBe(2);
      expect(FakeWorker.terminated).toBe(2);

      const results = await runSimTasks(tasks, { workers: 2 });
      expect(results).toEqual(tasks.map(runTask));
      // Finished runs release their workers too.
      expect(FakeWorker.terminated).toBe(FakeWorker.created);
    } finally {
      globalThis.Worker = previous;
    }
  });
});
