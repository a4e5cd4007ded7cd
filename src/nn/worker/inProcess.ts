/**
 * A TrainerPort that runs the handler in this thread: for tests (tfjs cpu in Node) and for pages
 * where module workers cannot start. Messages are delivered on later macrotasks, like a worker's.
 */
import type * as TF from '../tfjs.ts';
import { inProcessPort as genericInProcessPort } from '../../workers/port.ts';
import type { TrainerPort } from './client.ts';
import { createTrainHandler } from './handler.ts';

export function inProcessPort(tf: typeof TF): TrainerPort {
  return genericInProcessPort((post) => createTrainHandler({ tf, post }));
}
