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
import { inProcessPort, moduleWorkerPort, type Port } from './port.ts';

export type AnalysisPort = Port<ToAnalysisWorker, FromAnalysisWorker>;

/** A new analysis worker, or null where module workers cannot be started. */
export function analysisWorkerPort(): AnalysisPort | null {
  return moduleWorkerPort(
    () => new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' }),
    'the analysis worker failed to load',
  );
}

/**
 * The handler on this thread, each message in its own macrotask, both ways through
 * structuredClone (with the worker's transfer list), so what arrives is what a worker would send.
 */
export function inProcessAnalysisPort(): AnalysisPort {
  return inProcessPort(createAnalysisHandler, { clone: { transfer: analysisTransferables } });
}
