/**
 * The training worker's logic, apart from the Worker global so that it also runs in process (tests,
 * or a page where module workers fail). Trials run one at a time in the order they arrive; a
 * cancel is handled at once, between two batches of the running trial.
 */
import type * as TF from '../tfjs.ts';
import { trainTrial, uploadSplit, type DataTensors } from '../train/trainer.ts';
import type {
  BackendChoice,
  BackendInfo,
  BackendName,
  FromTrainer,
  ToTrainer,
  WasmPaths,
} from './protocol.ts';

/**
 * 'auto' order. For MLPs this small, each op costs more in dispatch than in arithmetic: WebGL pays
 * a shader dispatch per op and a GPU read per epoch, the wasm backend (XNNPACK) the least
 * (see `npm run bench -- network`), so WebGL is used only when asked for.
 */
export const AUTO_ORDER: readonly BackendName[] = ['wasm', 'cpu'];

export interface HandlerDeps {
  readonly tf: typeof TF;
  readonly post: (msg: FromTrainer) => void;
  /** Registers/configures a backend before tf.setBackend (e.g. wasm paths); may throw. */
  readonly prepare?: (name: BackendName, wasmPaths?: WasmPaths) => Promise<void> | void;
  readonly yieldNow?: () => Promise<void>;
}

export function createTrainHandler(deps: HandlerDeps): (msg: ToTrainer) => void {
  const { tf, post } = deps;
  let data: { id: number; tensors: DataTensors } | null = null;
  let running: { trialId: number; cancelled: boolean } | null = null;
  const cancelled = new Set<number>();
  // Everything but 'cancel' is queued so that a trial never sees its data replaced mid-way.
  let queue: Promise<void> = Promise.resolve();

  const run = async (msg: Exclude<ToTrainer, { type: 'cancel' }>): Promise<void> => {
    switch (msg.type) {
      case 'init': {
        const info = await startBackend(deps, msg.backend, msg.wasmPaths);
        post({ type: 'ready', ...info });
        return;
      }
      case 'data': {
        data?.tensors.dispose();
        data = { id: msg.dataId, tensors: uploadSplit(tf, msg.split, msg.grid ?? undefined) };
        return;
      }
      case 'train': {
        if (cancelled.delete(msg.trialId)) {
          post({ type: 'done', trialId: msg.trialId, result: cancelledResult(), tensors: count() });
          return;
        }
        if (!data || data.id !== msg.dataId) {
          post({ type: 'error', trialId: msg.trialId, message: 'the study data was not uploaded' });
          return;
        }
        const me = { trialId: msg.trialId, cancelled: false };
        running = me;
        try {
          const result = await trainTrial(tf, data.tensors, msg.config, msg.seed, {
            onEpoch: (metrics, boundary) =>
              post({ type: 'epoch', trialId: msg.trialId, metrics, boundary }),
            shouldStop: () => me.cancelled,
            ...(deps.yieldNow ? { yieldNow: deps.yieldNow } : {}),
          });
          post({ type: 'done', trialId: msg.trialId, result, tensors: count() });
        } finally {
          running = null;
        }
        return;
      }
    }
  };
  const count = () => tf.memory().numTensors;

  return (msg) => {
    if (msg.type === 'cancel') {
      if (running?.trialId === msg.trialId) running.cancelled = true;
      else cancelled.add(msg.trialId);
      return;
    }
    const trialId = msg.type === 'train' ? msg.trialId : null;
    queue = queue
      .then(() => run(msg))
      .catch((e: unknown) => {
        post({ type: 'error', trialId, message: e instanceof Error ? e.message : String(e) });
      });
  };
}

function cancelledResult() {
  return {
    status: 'cancelled' as const,
    epochs: [],
    bestValAcc: NaN,
    bestValLoss: NaN,
    ms: 0,
  };
}

/** Starts the wanted backend, or the next one that works; says which and why. */
async function startBackend(
  deps: HandlerDeps,
  want: BackendChoice,
  wasmPaths?: WasmPaths,
): Promise<BackendInfo> {
  const { tf } = deps;
  const order: BackendName[] =
    want === 'auto' ? [...AUTO_ORDER] : [want, ...AUTO_ORDER.filter((b) => b !== want)];
  if (!order.includes('cpu')) order.push('cpu');
  let firstError: string | undefined;
  for (const name of order) {
    try {
      await deps.prepare?.(name, wasmPaths);
      if (await tf.setBackend(name)) {
        await tf.ready();
        const failed = want !== 'auto' && name !== want;
        return {
          backend: name,
          ...(failed ? { fallbackFrom: want } : {}),
          ...(failed && firstError ? { message: firstError } : {}),
        };
      }
      firstError ??= `${name} backend could not start`;
    } catch (e) {
      firstError ??= e instanceof Error ? e.message : String(e);
    }
  }
  throw new Error(firstError ?? 'no tfjs backend could start');
}
