/**
 * Runs a list of simulation tasks on a few module Web Workers, handing out the next task as each
 * worker comes free, with progress after every task. Cancelling terminates the workers, which
 * really stops the work (a study in progress is abandoned, not finished). Where workers are missing
 * or fail to load, the tasks run on this thread, one per macrotask, so the page still repaints and
 * a cancel still lands between tasks.
 */
import { inProcessPort, workerPort, type Port } from '../../workers/port.ts';
import { TaskPool, type PoolTask } from '../../workers/taskPool.ts';
import {
  handleSimMessage,
  type FromSimWorker,
  type SimResult,
  type SimTask,
  type ToSimWorker,
} from './tasks.ts';

/** The run was cancelled before it finished. */
export class SimCancelledError extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'SimCancelledError';
  }
}

export interface SimRunOptions {
  readonly signal?: AbortSignal;
  /** After each finished task: its index in the list and its result. */
  readonly onResult?: (index: number, result: SimResult) => void;
  /** Number of workers; default min(hardwareConcurrency - 1, 3), at least 1. */
  readonly workers?: number;
  /** Force the in-process fallback (tests, or a browser without workers). */
  readonly inProcess?: boolean;
}

type SimPort = Port<ToSimWorker, FromSimWorker>;

/** One study: the index in the task list is its id, so results land in order. */
class SimJob implements PoolTask<ToSimWorker> {
  readonly group = 0;
  constructor(
    readonly id: number,
    readonly task: SimTask,
  ) {}

  start(port: Port<ToSimWorker, unknown>): void {
    port.postMessage({ type: 'run', id: this.id, task: this.task });
  }
}

function simWorkerPort(): SimPort {
  const worker = new Worker(new URL('./simWorker.ts', import.meta.url), { type: 'module' });
  return workerPort(worker, 'the simulation worker failed to load');
}

function inProcessSimPort(): SimPort {
  return inProcessPort(
    (post: (reply: FromSimWorker) => void) => (msg: ToSimWorker) => handleSimMessage(msg, post),
    { immediateReplies: true },
  );
}

function defaultWorkers(): number {
  const hc = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min((hc || 2) - 1, 3));
}

/** Runs every task; resolves with the results in task order, rejects on cancel or a task error. */
export function runSimTasks(
  tasks: readonly SimTask[],
  opts: SimRunOptions = {},
): Promise<SimResult[]> {
  if (opts.signal?.aborted) return Promise.reject(new SimCancelledError());
  if (tasks.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const results: (SimResult | undefined)[] = new Array<SimResult | undefined>(tasks.length);
    let finished = 0;
    let settled = false;
    const settle = (err: Error | null) => {
      if (settled) return;
      settled = true;
      // Terminating really stops the work: a study in progress is abandoned, not finished.
      pool.terminate();
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(results as SimResult[]);
    };
    const onAbort = () => settle(new SimCancelledError());

    const useWorkers = !opts.inProcess && typeof Worker !== 'undefined';
    const count = useWorkers ? Math.min(opts.workers ?? defaultWorkers(), tasks.length) : 1;
    const ports: SimPort[] = [];
    for (let i = 0; i < count; i++) {
      let port: SimPort;
      try {
        port = useWorkers ? simWorkerPort() : inProcessSimPort();
      } catch {
        port = inProcessSimPort();
      }
      ports.push(port);
    }
    const pool = new TaskPool<ToSimWorker, FromSimWorker, SimJob>(ports, {
      ends: () => true,
      onReply: (msg) => {
        if (settled) return;
        if (msg.type === 'error') {
          settle(new Error(msg.message));
          return;
        }
        results[msg.id] = msg.result;
        finished += 1;
        opts.onResult?.(msg.id, msg.result);
        if (finished === tasks.length) settle(null);
      },
      // A worker that cannot load (no module workers, a blocked script): its task moves to this
      // thread.
      replace: () => inProcessSimPort(),
    });
    opts.signal?.addEventListener('abort', onAbort);
    pool.push(...tasks.map((task, i) => new SimJob(i, task)));
  });
}
