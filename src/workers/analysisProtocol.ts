/**
 * Messages between the main thread and the analysis worker, which runs a study's whole analysis
 * (GP fit, acquisition search, plot-grid predictions) off the main thread for large studies. The
 * worker runs the same pure functions as the synchronous path (bo/analysis.ts, bo/loop.ts) on a
 * structured clone of the same state, so its answer is the same bits.
 */
import type { Analysis } from '../bo/analysis.ts';
import type { Suggestion } from '../bo/loop.ts';
import type { LoopState } from '../bo/types.ts';
import type { PrefixFit } from '../bo/warmChain.ts';
import type { GPModel, PointSet } from '../math/types.ts';

/** What to analyze: the state, the plot grid, the sample paths to draw and, if known, the model. */
export interface AnalysisRequest {
  readonly state: LoopState;
  readonly grid: PointSet;
  readonly samples: number;
  /**
   * The GP already fitted to this state's observations and kernel settings (null: none can be);
   * absent, the worker fits it. A slider that only changes the acquisition then skips the fit.
   */
  readonly model?: GPModel | null;
  /** The nearest earlier count's warm-chain fit the main thread knows (bo/warmChain.ts). */
  readonly chain?: { readonly k: number; readonly fit: PrefixFit };
}

/** Main thread to worker. */
export type ToAnalysisWorker = {
  readonly type: 'analyze';
  readonly jobId: number;
  readonly request: AnalysisRequest;
};

/** The parts of an analysis, in order: fitting the GP, then the acquisition search and the plots. */
export type AnalysisStage = 'fit' | 'search';

/**
 * An Analysis as it travels: everything but the Thompson sample path, which is an object with
 * methods (not cloneable). `hasPath` says the receiver must draw it again (see analysisWire.ts).
 */
export interface AnalysisWire extends Omit<Analysis, 'suggestion'> {
  readonly suggestion: Omit<Suggestion, 'path'>;
  readonly hasPath: boolean;
}

/** Worker to main thread: the stage now running, the result, or why there is none. */
export type FromAnalysisWorker =
  | {
      readonly type: 'progress';
      readonly jobId: number;
      readonly stage: AnalysisStage;
      /** 1-based position of the stage among `steps`. */
      readonly step: number;
      readonly steps: number;
    }
  | {
      readonly type: 'done';
      readonly jobId: number;
      readonly analysis: AnalysisWire;
      /** Milliseconds the fit took (0 when the model was given) and the whole job took. */
      readonly fitMs: number;
      readonly ms: number;
    }
  | { readonly type: 'error'; readonly jobId: number; readonly message: string };

/**
 * The buffers of a result, each once (transferring the same buffer twice is a DataCloneError): the
 * model's factor alone is n^2 float64s, 8 MB at n = 1,000, so copying it would cost a frame.
 */
export function analysisTransferables(msg: FromAnalysisWorker): ArrayBuffer[] {
  if (msg.type !== 'done') return [];
  const a = msg.analysis;
  const arrays: (Float64Array | null)[] = [a.mean, a.std, a.acquisition, ...a.samples];
  for (const m of [a.model, a.suggestion.model]) {
    if (m) arrays.push(m.X.data, m.yNorm, m.L, m.weights);
  }
  const seen = new Set<ArrayBuffer>();
  for (const arr of arrays) if (arr) seen.add(arr.buffer as ArrayBuffer);
  return [...seen];
}
