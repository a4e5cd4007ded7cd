/**
 * Web Worker entry of the surface pool. Load it with
 * `new Worker(new URL('./surfaceWorker.ts', import.meta.url), { type: 'module' })` (pool.ts does).
 */
import { transferablesOf, type ToSurfaceWorker } from './surfaceProtocol.ts';
import { createSurfaceHandler } from './surfaceHandler.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createSurfaceHandler((msg) => scope.postMessage(msg, transferablesOf(msg)));
scope.addEventListener('message', (e: MessageEvent<ToSurfaceWorker>) => handle(e.data));
