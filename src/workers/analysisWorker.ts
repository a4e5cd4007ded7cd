/**
 * Web Worker entry of the analysis worker. Load it with
 * `new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' })`
 * (analysisPort.ts does). Cancelling a job is terminating the worker: a fit cannot be interrupted.
 */
import { analysisTransferables, type ToAnalysisWorker } from './analysisProtocol.ts';
import { createAnalysisHandler } from './analysisHandler.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createAnalysisHandler((msg) => scope.postMessage(msg, analysisTransferables(msg)));
scope.addEventListener('message', (e: MessageEvent<ToAnalysisWorker>) => handle(e.data));
