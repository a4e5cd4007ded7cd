/**
 * Messages between the page and the training worker. The page uploads a study's split once
 * ('data'), then asks for trials one at a time; each epoch is reported as it ends, so the learning
 * curves grow live. A 'cancel' is answered by the trial ending with status 'cancelled'.
 */
import type { SplitData } from '../data/types.ts';
import type { TrainConfig } from '../hyperparams.ts';
import type { Boundary, EpochMetrics, TrialResult } from '../train/trainer.ts';

/** The tfjs backends a study can train on; 'auto' picks the fastest one available. */
export type BackendChoice = 'auto' | 'cpu' | 'wasm' | 'webgl';
export type BackendName = 'cpu' | 'wasm' | 'webgl';

export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', 'wasm', 'cpu', 'webgl'];

/** Where the wasm backend's binaries are served from (same origin, resolved by the page). */
export interface WasmPaths {
  readonly 'tfjs-backend-wasm.wasm': string;
  readonly 'tfjs-backend-wasm-simd.wasm': string;
  readonly 'tfjs-backend-wasm-threaded-simd.wasm': string;
}

export type ToTrainer =
  | { readonly type: 'init'; readonly backend: BackendChoice; readonly wasmPaths?: WasmPaths }
  | {
      readonly type: 'data';
      readonly dataId: number;
      readonly split: SplitData;
      /** Decision-boundary grid (standardized, x fastest) for 2D sets. */
      readonly grid: Float32Array | null;
    }
  | {
      readonly type: 'train';
      readonly trialId: number;
      readonly dataId: number;
      readonly config: TrainConfig;
      readonly seed: number;
    }
  | { readonly type: 'cancel'; readonly trialId: number };

export interface BackendInfo {
  readonly backend: BackendName;
  /** Why the requested backend is not the one in use (it failed to start), if it is not. */
  readonly fallbackFrom?: BackendName;
  readonly message?: string;
}

export type FromTrainer =
  | ({ readonly type: 'ready' } & BackendInfo)
  | {
      readonly type: 'epoch';
      readonly trialId: number;
      readonly metrics: EpochMetrics;
      readonly boundary: Boundary | null;
    }
  | {
      readonly type: 'done';
      readonly trialId: number;
      readonly result: TrialResult;
      /** tf.memory().numTensors after the trial's tensors were disposed. */
      readonly tensors: number;
    }
  | { readonly type: 'error'; readonly trialId: number | null; readonly message: string };
