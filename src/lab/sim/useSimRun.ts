import { useCallback, useEffect, useRef, useState } from 'react';
import { runSimTasks, SimCancelledError } from './runner.ts';
import type { SimResult, SimTask } from './tasks.ts';

export type SimStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** What a figure needs to draw a run: its tasks, the results so far (by task index), progress. */
export interface SimRunState {
  readonly status: SimStatus;
  readonly tasks: readonly SimTask[];
  readonly results: readonly (SimResult | undefined)[];
  readonly done: number;
  readonly error?: string;
}

const IDLE: SimRunState = { status: 'idle', tasks: [], results: [], done: 0 };

/**
 * Runs task lists off the main thread; a new run cancels the one before, and so does unmounting
 * (leaving the figure must not leave workers computing).
 */
export function useSimRun(): {
  readonly state: SimRunState;
  readonly run: (tasks: readonly SimTask[]) => void;
  readonly cancel: () => void;
} {
  const [state, setState] = useState<SimRunState>(IDLE);
  const controller = useRef<AbortController | null>(null);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const run = useCallback((tasks: readonly SimTask[]) => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    const results: (SimResult | undefined)[] = new Array<SimResult | undefined>(tasks.length);
    let done = 0;
    setState({ status: 'running', tasks, results: [...results], done: 0 });
    runSimTasks(tasks, {
      signal: c.signal,
      onResult: (i, r) => {
        results[i] = r;
        done += 1;
        if (!c.signal.aborted) setState({ status: 'running', tasks, results: [...results], done });
      },
    }).then(
      () => {
        if (controller.current === c) setState({ status: 'done', tasks, results, done });
      },
      (e: unknown) => {
        if (controller.current !== c && e instanceof SimCancelledError) return;
        if (e instanceof SimCancelledError) {
          setState({ status: 'cancelled', tasks, results: [...results], done });
        } else {
          setState({
            status: 'error',
            tasks,
            results: [...results],
            done,
            error: e instanceof Error ? e.message : String(e),
          });
        }
      },
    );
  }, []);

  useEffect(() => () => controller.current?.abort(), []);
  return { state, run, cancel };
}
