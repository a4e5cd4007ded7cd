/**
 * Analyses too long for the main thread (a fit to hundreds of observations takes seconds to
 * minutes) run in the analysis worker, one at a time, newest wish last. Screens say which analyses
 * they want (want) and Step waits for one (awaitSuggestion); a job nobody wants any more is stopped
 * by terminating the worker, and Cancel stops them all. Results are filed in the analysis cache, so
 * the screen and Step then read them exactly as they read analyses computed in place. Where no
 * worker can run (Node, a worker that fails to load), everything stays synchronous.
 *
 * The queue is a service object with a lifetime (its worker): the app's startup makes one
 * (app/services.tsx) and hands it to the store, where Step and the screens reach it; tests make
 * their own with an in-process port. Where the store holds none (component tests, the CLI), every
 * analysis is computed in place, as where no worker can run.
 */
import type { LoopState } from '../bo/types.ts';
import type { AnalysisStage, FromAnalysisWorker } from '../workers/analysisProtocol.ts';
import { analysisWorkerPort, type AnalysisPort } from '../workers/analysisPort.ts';
import { fromWire } from '../workers/analysisWire.ts';
import {
  gridFor,
  chainSeed,
  knownModel,
  peekAnalysis,
  peekSuggestion,
  storeAnalysis,
} from './analysisCache.ts';
import { tooSlowForMainThread } from './analysisCost.ts';

/** How a wait for an analysis ended. 'failed': no worker; compute it in place instead. */
export type AnalysisOutcome = 'ready' | 'cancelled' | 'failed';

/** The analysis running now, for the progress line. */
export interface AnalysisJobStatus {
  /** Observations being modelled. */
  readonly n: number;
  /** The stage running; null until the worker has started the job. */
  readonly stage: AnalysisStage | null;
  readonly step: number;
  readonly steps: number;
  /** performance.now() when the job was sent. */
  readonly startedAt: number;
}

interface Job {
  readonly id: number;
  readonly state: LoopState;
  readonly samples: number;
  wants: number;
  readonly waiters: Set<(o: AnalysisOutcome) => void>;
  running: AnalysisJobStatus | null;
}

/** The analysis-job queue of one app (or one test). */
export interface AnalysisJobs {
  // Properties, not methods: views hand them to useSyncExternalStore and onClick as they are.
  /** For useSyncExternalStore: called on every change of the jobs. */
  readonly subscribe: (listener: () => void) => () => void;
  /**
   * Where this state's analysis comes from: already computed ('ready'), computed in place ('sync':
   * small enough, or no worker), or the worker ('worker').
   */
  route(state: LoopState, samples: number): AnalysisRoute;
  /** True after Cancel stopped this state's analysis, until it is asked for again. */
  isCancelled(state: LoopState): boolean;
  /** The job running in the worker now, if any. */
  readonly running: () => AnalysisJobStatus | null;
  /** Asks for the analysis of (state, samples) in the worker; the returned function withdraws it. */
  want(state: LoopState, samples: number): () => void;
  /**
   * Waits until this state's decision is known (any full analysis of it), asking the worker for it;
   * a cancelled state is asked for again (Step means "go on"). release() withdraws the wait.
   */
  awaitSuggestion(state: LoopState): {
    readonly done: Promise<AnalysisOutcome>;
    readonly release: () => void;
  };
  /** Stops every analysis in the worker; their states show their points without a model. */
  readonly cancel: () => void;
  /** Asks again for an analysis that was cancelled (the screen then wants it again). */
  retry(state: LoopState): void;
  /** Stops the worker for good: waits end as cancelled, later analyses are computed in place. */
  dispose(): void;
}

export type AnalysisRoute = 'ready' | 'sync' | 'worker';

/**
 * The route where no queue exists (component tests, the CLI): what is cached, else in place,
 * exactly as where workers cannot run.
 */
export function analysisRouteOf(
  jobs: AnalysisJobs | null,
  state: LoopState,
  samples: number,
): AnalysisRoute {
  if (jobs) return jobs.route(state, samples);
  return peekAnalysis(state, samples) ? 'ready' : 'sync';
}

/** A queue whose worker is made by `makePort` on first need (null: no worker can run). */
export function createAnalysisJobs(
  makePort: () => AnalysisPort | null = analysisWorkerPort,
): AnalysisJobs {
  let port: AnalysisPort | null = null;
  /** Why workers cannot be used (then every analysis is computed in place), or null. */
  let broken: string | null = null;
  let jobs: Job[] = [];
  let nextId = 1;
  const cancelled = new WeakSet<LoopState>();
  /** States whose worker job threw: computed in place, where the error shows as it always did. */
  const failed = new WeakSet<LoopState>();
  let pruneQueued = false;
  const listeners = new Set<() => void>();

  function notify(): void {
    for (const l of [...listeners]) l();
  }

  function ensurePort(): AnalysisPort | null {
    if (port || broken) return port;
    const p = makePort();
    if (!p) {
      broken = 'Web Workers are not available';
      return null;
    }
    p.listen(onMessage, onFailure);
    port = p;
    return port;
  }

  function stopWorker(): void {
    port?.terminate();
    port = null;
  }

  function jobFor(state: LoopState, samples: number): Job {
    let job = jobs.find((j) => j.state === state && j.samples === samples);
    if (!job) {
      job = { id: nextId++, state, samples, wants: 0, waiters: new Set(), running: null };
      jobs.push(job);
      queueMicrotask(dispatch);
    }
    return job;
  }

  /** Ends every job, each waiter told `outcome`; `mark` records what became of each state. */
  function dropAll(outcome: AnalysisOutcome, mark?: (state: LoopState) => void): void {
    stopWorker();
    const dropped = jobs;
    jobs = [];
    for (const j of dropped) {
      mark?.(j.state);
      for (const w of [...j.waiters]) w(outcome);
    }
    notify();
  }

  function seedOf(state: LoopState) {
    const chain = chainSeed(state);
    return chain ? { chain } : {};
  }

  function dispatch(): void {
    if (jobs.some((j) => j.running)) return;
    const job = jobs.find((j) => j.wants > 0);
    if (!job) return;
    const p = ensurePort();
    if (!p) {
      onFailure(broken ?? 'no worker');
      return;
    }
    const { state, samples } = job;
    const model = knownModel(state);
    const n = state.observations.length;
    job.running = { n, stage: null, step: 0, steps: model === undefined ? 2 : 1, startedAt: now() };
    p.postMessage({
      type: 'analyze',
      jobId: job.id,
      request: {
        state,
        grid: gridFor(state),
        samples,
        ...(model !== undefined ? { model } : seedOf(state)),
      },
    });
    notify();
  }

  function onMessage(msg: FromAnalysisWorker): void {
    const job = jobs.find((j) => j.id === msg.jobId);
    if (!job?.running) return;
    switch (msg.type) {
      case 'progress':
        job.running = { ...job.running, stage: msg.stage, step: msg.step, steps: msg.steps };
        notify();
        return;
      case 'done':
        storeAnalysis(job.state, job.samples, fromWire(job.state, msg.analysis));
        finish(job, 'ready');
        return;
      case 'error':
        failed.add(job.state);
        finish(job, 'failed');
        return;
    }
  }

  function finish(job: Job, outcome: AnalysisOutcome): void {
    jobs = jobs.filter((j) => j !== job);
    // Any analysis of a state gives its decision: Step's waits on other jobs of it end too.
    const settled = outcome === 'ready' ? jobs.filter((j) => j.state === job.state) : [];
    for (const j of [job, ...settled]) for (const w of [...j.waiters]) w(outcome);
    dispatch();
    notify();
  }

  function onFailure(message: string): void {
    broken = message;
    dropAll('failed');
  }

  /** Drops the jobs nobody wants any more; the running one by stopping the worker. */
  function schedulePrune(): void {
    if (pruneQueued) return;
    pruneQueued = true;
    // A microtask later, so that a screen re-asking at once (React's effect cleanup and re-run, a
    // re-render with the same state) does not stop the work it still wants.
    queueMicrotask(() => {
      pruneQueued = false;
      const unwanted = jobs.filter((j) => j.wants <= 0);
      if (unwanted.length === 0) return;
      if (unwanted.some((j) => j.running)) stopWorker();
      jobs = jobs.filter((j) => j.wants > 0);
      dispatch();
      notify();
    });
  }

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    route(state, samples) {
      if (peekAnalysis(state, samples)) return 'ready';
      if (failed.has(state) || !tooSlowForMainThread(state, knownModel(state) !== undefined))
        return 'sync';
      return ensurePort() ? 'worker' : 'sync';
    },
    isCancelled: (state) => cancelled.has(state),
    running: () => jobs.find((j) => j.running)?.running ?? null,
    want(state, samples) {
      const job = jobFor(state, samples);
      job.wants++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        job.wants--;
        schedulePrune();
      };
    },
    awaitSuggestion(state) {
      if (cancelled.delete(state)) notify();
      if (peekSuggestion(state))
        return { done: Promise.resolve('ready'), release: () => undefined };
      const job = jobs.find((j) => j.state === state) ?? jobFor(state, 0);
      job.wants++;
      let released = false;
      let resolve: (o: AnalysisOutcome) => void = () => undefined;
      const done = new Promise<AnalysisOutcome>((r) => (resolve = r));
      const release = () => {
        if (released) return;
        released = true;
        job.waiters.delete(waiter);
        job.wants--;
        schedulePrune();
      };
      const waiter = (o: AnalysisOutcome) => {
        release();
        resolve(o);
      };
      job.waiters.add(waiter);
      return { done, release };
    },
    cancel: () => dropAll('cancelled', (s) => cancelled.add(s)),
    retry(state) {
      if (cancelled.delete(state)) notify();
    },
    dispose() {
      broken = 'the analysis service was disposed';
      dropAll('cancelled');
    },
  };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
