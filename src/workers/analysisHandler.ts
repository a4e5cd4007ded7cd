/**
 * The analysis worker's message handling, apart from the worker global so that tests run it in
 * process. A job is the synchronous path's work split in two announced stages: the warm chain's
 * model (bo/warmChain.ts, continued from the nearest fit the main thread knows), then
 * analyze() with that model, exactly what store/analysisCache.ts does on the main thread.
 */
import { analyze } from '../bo/analysis.ts';
import { chainModel } from '../bo/warmChain.ts';
import type { AnalysisStage, FromAnalysisWorker, ToAnalysisWorker } from './analysisProtocol.ts';
import { toWire } from './analysisWire.ts';

/** Returns the handler of one worker; `post` sends a reply (transferring its buffers). */
export function createAnalysisHandler(
  post: (msg: FromAnalysisWorker) => void,
): (msg: ToAnalysisWorker) => void {
  return ({ jobId, request }) => {
    const { state, grid, samples } = request;
    const needsFit = request.model === undefined;
    const steps = needsFit ? 2 : 1;
    const announce = (stage: AnalysisStage, step: number) =>
      post({ type: 'progress', jobId, stage, step, steps });
    const t0 = performance.now();
    try {
      let model = request.model;
      if (model === undefined) {
        announce('fit', 1);
        const seed = request.chain;
        model = chainModel(
          state,
          seed ? { known: (k) => (k === seed.k ? seed.fit : undefined) } : {},
        );
      }
      const fitMs = performance.now() - t0;
      announce('search', steps);
      const analysis = analyze(state, { grid, samples, model });
      post({ type: 'done', jobId, analysis: toWire(analysis), fitMs, ms: performance.now() - t0 });
    } catch (err) {
      post({ type: 'error', jobId, message: err instanceof Error ? err.message : String(err) });
    }
  };
}
