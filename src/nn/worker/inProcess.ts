/**
 * A TrainerPort that runs the handler in this thread: for tests (tfjs cpu in Node) and for pages
 * where module workers cannot start. Messages are delivered on later macrotasks, like a worker's.
 */
import type * as TF from '@tensorflow/tfjs';
import type { TrainerPort } from './client.ts';
import { createTrainHandler } from './handler.ts';
import type { FromTrainer } from './protocol.ts';

export function inProcessPort(tf: typeof TF): TrainerPort {
  const listeners: ((msg: FromTrainer) => void)[] = [];
  let alive = true;
  const handle = createTrainHandler({
    tf,
    post: (msg) =>
      setTimeout(() => {
        if (alive) for (const l of listeners) l(msg);
      }, 0),
  });
  return {
    postMessage: (msg) =>
      setTimeout(() => {
        if (alive) handle(msg);
      }, 0),
    onMessage: (cb) => listeners.push(cb),
    onCrash: () => undefined,
    terminate: () => {
      alive = false;
    },
  };
}
