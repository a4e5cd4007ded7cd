/**
 * The page's side of the training worker: starts it, uploads a study's data, runs trials and
 * cancels them. A worker that crashes rejects the trial in flight with TrainerCrashedError (the
 * study then re-runs that trial on a fresh worker; it is never recorded half-done).
 */
import type { SplitData } from '../data/types.ts';
import type { TrainConfig } from '../hyperparams.ts';
import type { Boundary, EpochMetrics, TrialResult } from '../train/trainer.ts';
import { workerPort as genericWorkerPort, type Port } from '../../workers/port.ts';
import type { BackendChoice, BackendInfo, FromTrainer, ToTrainer, WasmPaths } from './protocol.ts';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';

export class TrainerCrashedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrainerCrashedError';
  }
}

/** The channel to the training handler: its Worker, or the handler in process (tests). */
export type TrainerPort = Port<ToTrainer, FromTrainer>;

/** A new training worker: one per study (trials run on it one after another). */
export function workerPort(): TrainerPort {
  const worker = new Worker(new URL('./trainWorker.ts', import.meta.url), { type: 'module' });
  return genericWorkerPort(worker, 'the training worker failed');
}

/** The wasm binaries, emitted by the build beside the app and resolved against the page. */
export function wasmPaths(): WasmPaths {
  const abs = (u: string) => new URL(u, document.baseURI).href;
  return {
    'tfjs-backend-wasm.wasm': abs(wasmPlain),
    'tfjs-backend-wasm-simd.wasm': abs(wasmSimd),
    // The threaded build needs cross-origin isolation, which a static host rarely gives: never used.
    'tfjs-backend-wasm-threaded-simd.wasm': abs(wasmSimd),
  };
}

export interface RunningTrial {
  readonly done: Promise<TrialResult>;
  cancel(): void;
}

export class TrainerClient {
  readonly ready: Promise<BackendInfo>;
  private readonly port: TrainerPort;
  private nextTrial = 1;
  private nextData = 1;
  private dataId = 0;
  private readonly trials = new Map<
    number,
    {
      onEpoch: (m: EpochMetrics, b: Boundary | null) => void;
      resolve: (r: TrialResult) => void;
      reject: (e: Error) => void;
      cancelled: boolean;
    }
  >();
  private crashed: string | null = null;
  /** Live tensors in the worker after the last trial (the flat-memory check reads it). */
  tensors = 0;

  constructor(backend: BackendChoice, port: TrainerPort = workerPort(), paths?: WasmPaths) {
    this.port = port;
    this.ready = new Promise<BackendInfo>((resolve, reject) => {
      port.listen(
        (msg) => {
          if (msg.type === 'ready') resolve(msg);
          else if (msg.type === 'error' && msg.trialId === null) reject(new Error(msg.message));
          else this.receive(msg);
        },
        (message) => {
          this.crashed = message;
          reject(new TrainerCrashedError(message));
          for (const t of this.trials.values()) t.reject(new TrainerCrashedError(message));
          this.trials.clear();
        },
      );
    });
    // Nobody may be waiting on ready yet; a failure is reported through train() as well.
    this.ready.catch(() => undefined);
    port.postMessage({ type: 'init', backend, ...(paths ? { wasmPaths: paths } : {}) });
  }

  /** Uploads a study's split (and boundary grid); trials after this train on it. */
  setData(split: SplitData, grid: Float32Array | null): void {
    this.dataId = this.nextData++;
    this.port.postMessage({ type: 'data', dataId: this.dataId, split, grid });
  }

  train(
    config: TrainConfig,
    seed: number,
    onEpoch: (m: EpochMetrics, b: Boundary | null) => void,
  ): RunningTrial {
    const trialId = this.nextTrial++;
    const done = new Promise<TrialResult>((resolve, reject) => {
      if (this.crashed !== null) {
        reject(new TrainerCrashedError(this.crashed));
        return;
      }
      this.trials.set(trialId, { onEpoch, resolve, reject, cancelled: false });
    });
    this.port.postMessage({ type: 'train', trialId, dataId: this.dataId, config, seed });
    const cancel = () => {
      // Epochs the worker sent before it read the cancel are dropped: a cancelled trial's curve
      // must stop where the user stopped it.
      const t = this.trials.get(trialId);
      if (t) t.cancelled = true;
      this.port.postMessage({ type: 'cancel', trialId });
    };
    return { done, cancel };
  }

  dispose(): void {
    this.port.terminate();
    for (const t of this.trials.values()) t.reject(new TrainerCrashedError('trainer disposed'));
    this.trials.clear();
  }

  private receive(msg: FromTrainer): void {
    if (msg.type === 'ready') return;
    const id = msg.trialId;
    const t = id === null ? undefined : this.trials.get(id);
    if (!t || id === null) return;
    if (msg.type === 'epoch') {
      if (!t.cancelled) t.onEpoch(msg.metrics, msg.boundary);
    } else if (msg.type === 'done') {
      this.tensors = msg.tensors;
      this.trials.delete(id);
      t.resolve(msg.result);
    } else {
      this.trials.delete(id);
      t.reject(new Error(msg.message));
    }
  }
}
