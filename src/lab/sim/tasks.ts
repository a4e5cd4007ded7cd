/**
 * The lab's unit of simulated work and its message protocol: one task is one whole study (one
 * strategy, one seed), small enough to hand to a worker and to cancel between tasks. Objectives
 * travel by registry id, since functions cannot cross a worker boundary.
 */
import type { Bounds } from '../../bo/types.ts';
import { getObjective } from '../../objectives/registry.ts';
import { runBatched, type BatchMode } from './batch.ts';
import { runCoarseToFine, runDomainReduction, runLoopStrategy } from './strategies.ts';

/** The strategies of the race. */
export type RaceStrategy = 'bo' | 'random' | 'grid' | 'coarse';

export type SimTask =
  | {
      readonly kind: 'race';
      readonly objective: string;
      readonly strategy: RaceStrategy;
      readonly budget: number;
      readonly seed: number;
    }
  | {
      readonly kind: 'sdr';
      readonly objective: string;
      readonly budget: number;
      readonly seed: number;
    }
  | {
      readonly kind: 'batch';
      readonly objective: string;
      readonly mode: BatchMode;
      readonly size: number;
      readonly rounds: number;
      readonly seed: number;
    };

export type SimResult =
  | { readonly kind: 'race'; readonly ys: (number | null)[] }
  | {
      readonly kind: 'sdr';
      readonly xs: number[][];
      readonly ys: (number | null)[];
      readonly boxes: Bounds[];
    }
  | {
      readonly kind: 'batch';
      readonly xs: number[][];
      readonly ys: (number | null)[];
      readonly rounds: number[];
    };

/** Main thread to worker. */
export type ToSimWorker = { readonly type: 'run'; readonly id: number; readonly task: SimTask };

/** Worker to main thread. */
export type FromSimWorker =
  | { readonly type: 'done'; readonly id: number; readonly result: SimResult }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** Runs one task to completion (synchronously: this is what a worker does with a message). */
export function runTask(task: SimTask): SimResult {
  const obj = getObjective(task.objective);
  if (!obj) throw new RangeError(`unknown objective "${task.objective}"`);
  switch (task.kind) {
    case 'race': {
      const trace =
        task.strategy === 'coarse'
          ? runCoarseToFine(obj, task.budget, task.seed)
          : runLoopStrategy(obj, task.strategy, task.budget, task.seed);
      return { kind: 'race', ys: trace.ys };
    }
    case 'sdr': {
      const t = runDomainReduction(obj, task.budget, task.seed);
      return { kind: 'sdr', xs: t.xs, ys: t.ys, boxes: t.boxes };
    }
    case 'batch': {
      const t = runBatched(obj, task.mode, task.size, task.rounds, task.seed);
      return { kind: 'batch', xs: t.xs, ys: t.ys, rounds: t.rounds };
    }
  }
}

/** Handles one message, replying through `post`; never throws. */
export function handleSimMessage(msg: ToSimWorker, post: (reply: FromSimWorker) => void): void {
  try {
    post({ type: 'done', id: msg.id, result: runTask(msg.task) });
  } catch (e) {
    post({ type: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
}
