/**
 * Web Worker entry of the lab's simulations. Load it with
 * `new Worker(new URL('./simWorker.ts', import.meta.url), { type: 'module' })` (runner.ts does).
 */
import { handleSimMessage, type ToSimWorker } from './tasks.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (e: MessageEvent<ToSimWorker>) =>
  handleSimMessage(e.data, (reply) => scope.postMessage(reply)),
);
