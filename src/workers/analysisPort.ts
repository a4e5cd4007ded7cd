/**
 * Ways to reach an analysis handler: a module Web Worker, or the handler itself in process (tests,
 * and the check that every message survives structured cloning).
 */
import {
  analysisTransferables,
  type FromAnalysisWorker,
  type ToAnalysisWorker,
} from './analysisProtocol.ts';
import { createAnalysisHandler } from './analysisHandler.ts';

export interface AnalysisPort {
  send(msg: ToAnalysisWorker): void;
  /** Sets the callbacks for replies and for a failure of the port itself; called once. */
  listen(onMessage: (msg: FromAnalysisWorker) => void, onFailure: (message: string) => void): void;
  /** Stops the work at once (a running fit included); nothing more is delivered. */
  terminate(): void;
}

/** A new analysis worker, or null where module workers cannot be started. */
export function analysisWorkerPort(): AnalysisPort | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return {
    send: (msg) => worker.postMessage(msg),
    listen(onMessage, onFailure) {
      worker.addEventListener('message', (e: MessageEvent<FromAnalysisWorker>) =>
        onMessage(e.data),
      );
      worker.addEventListener('error', (e: ErrorEvent) => {
        e.preventDefault();
        onFailure(e.message || 'the analysis worker failed to load');
      });
      worker.addEventListener('messageerror', () => onFailure('a worker reply could not be read'));
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * The handler on this thread, each message in its own macrotask, both ways through
 * structuredClone (with the worker's transfer list), so what arrives is what a worker would send.
 */
export function inProcessAnalysisPort(): AnalysisPort {
  let deliver: (msg: FromAnalysisWorker) => void = () => undefined;
  let closed = false;
  const handle = createAnalysisHandler((msg) => {
    const copy = structuredClone(msg, { transfer: analysisTransferables(msg) });
    setTimeout(() => {
      if (!closed) deliver(copy);
    }, 0);
  });
  return {
    send(msg) {
      const copy = structuredClone(msg);
      setTimeout(() => {
        if (!closed) handle(copy);
      }, 0);
    },
    listen(onMessage) {
      deliver = onMessage;
    },
    terminate: () => {
      closed = true;
    },
  };
}
