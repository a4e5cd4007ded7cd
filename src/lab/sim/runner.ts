/**
 * Runs a list of simulation tasks on a few module Web Workers, handing out the next task as each
 * worker comes free, with progress after every task. Cancelling terminates the workers, which
 * really stops the work (a study in progress is abandoned, not finished). Where workers are missing
 * or fail to load, the tasks run on this thread, one per macrotask, so the page still repaints and
 * a cancel still lands between tasks.
 */
import { handleSimMessage, type FromSimWorker, type SimResult, type SimTask } from './tasks.ts';

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

interface Port {
  run(task: SimTask, id: number): void;
  terminate(): void;
}

type Listener = (msg: FromSimWorker) => void;
type FailureListener = (message: string) => void;

function workerPort(onMessage: Listener, onFailure: FailureListener): Port {
  const worker = new Worker(new URL('./simWorker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (e: MessageEvent<FromSimWorker>) => onMessage(e.data));
  worker.addEventListener('error', (e: ErrorEvent) => {
    e.preventDefault();
    onFailure(e.message || 'the simulation worker failed to load');
  });
  return {
    run: (task, id) => worker.postMessage({ type: 'run', id, task }),
    terminate: () => worker.terminate(),
  };
}

function inProcessPort(onMessage: Listener): Port {
  let closed = false;
  return {
    run: (task, id) => {
      setTimeout(() => {
        if (!closed) handleSimMessage({ type: 'run', id, task }, (m) => !closed && onMessage(m));
      }, 0);
    },
    terminate: () => {
      closed = true;
    },
  };
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
  return new Promise((resolve, reject) => {
    const results: (SimResult | undefined)[] = new Array<SimResult | undefined>(tasks.length);
    let next = 0;
    let finished = 0;
    let settled = false;
    const ports: Port[] = [];
    const running = new Map<Port, number>();

    const stop = () => {
      for (const p of ports) p.terminate();
      ports.length = 0;
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      stop();
      reject(err);
    };
    const onAbort = () => fail(new SimCancelledError());
    if (opts.signal?.aborted) {
      reject(new SimCancelledError());
      return;
    }
    opts.signal?.addEventListener('abort', onAbort);

    const feed = (port: Port) => {
      if (settled) return;
      if (next >= tasks.length) {
        running.delete(port);
        return;
      }
      const id = next++;
      running.set(port, id);
      port.run(tasks[id] as SimTask, id);
    };
    const onMessage = (port: Port) => (msg: FromSimWorker) => {
      if (settled) return;
      if (msg.type === 'error') {
        fail(new Error(msg.message));
        return;
      }
      results[msg.id] = msg.result;
      finished += 1;
      opts.onResult?.(msg.id, msg.result);
      if (finished === tasks.length) {
        settled = true;
        stop();
        resolve(results as SimResult[]);
        return;
      }
      feed(port);
    };
    // A worker that cannot load (no module workers, a blocked script): its task moves to this thread.
    const failover = (port: Port) => () => {
      if (settled) return;
      const id = running.get(port);
      port.terminate();
      ports.splice(ports.indexOf(port), 1);
      running.delete(port);
      const local = addPort(true);
      if (id !== undefined) {
        running.set(local, id);
        local.run(tasks[id] as SimTask, id);
      } else feed(local);
    };
    function addPort(local: boolean): Port {
      const ref: { port?: Port } = {};
      const listener: Listener = (m) => onMessage(ref.port as Port)(m);
      const port = local
        ? inProcessPort(listener)
        : workerPort(listener, () => failover(ref.port as Port)());
      ref.port = port;
      ports.push(port);
      return port;
    }

    if (tasks.length === 0) {
      settled = true;
      resolve([]);
      return;
    }
    const useWorkers = !opts.inProcess && typeof Worker !== 'undefined';
    const count = useWorkers ? Math.min(opts.workers ?? defaultWorkers(), tasks.length) : 1;
    for (let i = 0; i < count; i++) {
      let port: Port;
      try {
        port = addPort(!useWorkers);
      } catch {
        port = addPort(true);
      }
      feed(port);
    }
  });
}
