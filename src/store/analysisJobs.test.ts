import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../bo/analysis.ts';
import type { LoopState } from '../bo/types.ts';
import { inProcessAnalysisPort } from '../workers/analysisPort.ts';
import { studyWith } from '../workers/testing/studies.ts';
import { analysisFor, peekAnalysis, plotGrid } from './analysisCache.ts';
import { estimateAnalysisMs, SYNC_LIMIT_MS, tooSlowForMainThread } from './analysisCost.ts';
import { analysisRouteOf, createAnalysisJobs, type AnalysisJobs } from './analysisJobs.ts';
import { current } from './history.ts';
import { resetStore, useStore } from './store.ts';

const get = () => useStore.getState();
const shown = () => current(get().history);

/** Puts a study on screen as its only snapshot. */
function show(state: LoopState): void {
  useStore.setState({ history: { snapshots: [state], cursor: 0 } });
}

/** Resolves once the store satisfies `done` (checked after every change). */
function until(done: (s: ReturnType<typeof get>) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done(get())) return resolve();
    const off = useStore.subscribe((s) => {
      if (done(s)) {
        off();
        resolve();
      }
    });
  });
}

/** The smallest study the worker takes with the seed example's settings (length scale fitted). */
const LARGE = 100;

/** This test's own queue, on an in-process port, handed to the store as startup hands the app's. */
let jobs: AnalysisJobs;

beforeEach(() => {
  jobs = createAnalysisJobs(inProcessAnalysisPort);
  resetStore({ analysisJobs: jobs });
});
afterEach(() => jobs.dispose());

describe('which analyses leave the main thread', () => {
  it('keeps the small studies of the seed example on the main thread, as before', () => {
    // Up to ~70 fitted points: beyond, a fit is a long task (> 50 ms) and goes to the worker.
    for (const n of [0, 2, 16, 30, 60]) {
      expect(tooSlowForMainThread(studyWith(Math.max(n, 2)), false), `n = ${n}`).toBe(false);
    }
    // 2 + 27 = 30 points: the 2D example's whole default budget.
    expect(tooSlowForMainThread(studyWith(30, { dims: 2 }), false)).toBe(false);
  });

  it('sends large ones to the worker: fitted from ~70 points, fixed or known models later', () => {
    expect(estimateAnalysisMs(studyWith(LARGE), false)).toBeGreaterThan(SYNC_LIMIT_MS);
    expect(tooSlowForMainThread(studyWith(1000), false)).toBe(true);
    expect(tooSlowForMainThread(studyWith(LARGE, { fitKernel: false }), false)).toBe(false);
    expect(tooSlowForMainThread(studyWith(1000, { fitKernel: false }), false)).toBe(true);
    expect(tooSlowForMainThread(studyWith(LARGE), true)).toBe(false);
    // More observations never cost less.
    let last = 0;
    for (let n = 2; n <= 1200; n += 50) {
      const ms = estimateAnalysisMs(studyWith(n), false);
      expect(ms).toBeGreaterThanOrEqual(last);
      last = ms;
    }
  });

  it('routes by cost, and computes in place where no worker can run', () => {
    expect(jobs.route(studyWith(20), 0)).toBe('sync');
    expect(jobs.route(studyWith(LARGE), 0)).toBe('worker');
    expect(createAnalysisJobs(() => null).route(studyWith(LARGE), 0)).toBe('sync');
  });
});

describe('Step on a large study', () => {
  it('waits for the worker without taking the step in place, then takes the same point', async () => {
    const state = studyWith(LARGE);
    show(state);
    get().step();
    // Nothing was computed on this thread: the step waits, busy.
    expect(get().stepBusy).toBe(true);
    expect(get().history.snapshots).toHaveLength(1);
    expect(peekAnalysis(state, 0)).toBeUndefined();
    await Promise.resolve(); // jobs are sent a microtask later, in the order asked
    expect(jobs.running()?.n).toBe(LARGE);
    get().step(); // a second press while busy changes nothing
    await until((s) => !s.stepBusy);
    expect(get().history.snapshots).toHaveLength(2);
    const sync = analyze(state, { grid: plotGrid(state) }).suggestion.proposal.x;
    expect(shown().observations.at(-1)?.x).toEqual(sync);
    expect(shown().observations).toHaveLength(LARGE + 1);
  });

  it('Cancel stops the fit, keeps every observation and stops Play; Step fits again', async () => {
    const state = studyWith(LARGE);
    show(state);
    get().play();
    get().step();
    expect(get().stepBusy).toBe(true);
    jobs.cancel();
    await until((s) => !s.stepBusy);
    expect(get().playing).toBe(false);
    expect(shown()).toBe(state);
    expect(shown().observations).toHaveLength(LARGE);
    expect(jobs.isCancelled(state)).toBe(true);
    expect(jobs.running()).toBeNull();
    // The screen's own request stays off until asked again ...
    expect(jobs.route(state, 0)).toBe('worker');
    // ... and Step asks again.
    get().step();
    expect(jobs.isCancelled(state)).toBe(false);
    await until((s) => !s.stepBusy);
    expect(shown().observations).toHaveLength(LARGE + 1);
  });

  it('drops a waiting step when the study changes meanwhile (a probe), and Play paused', async () => {
    const state = studyWith(LARGE);
    show(state);
    get().step();
    get().probe([0.5]);
    expect(get().stepBusy).toBe(false);
    expect(shown().observations.at(-1)?.phase).toBe('manual');
    show(state);
    get().play();
    get().step();
    get().pause();
    expect(get().stepBusy).toBe(false);
    // Nothing more is wanted: the worker was stopped rather than left computing.
    await Promise.resolve();
    await Promise.resolve();
    expect(jobs.running()).toBeNull();
    expect(get().history.snapshots).toHaveLength(1);
  });

  it('stops a job no screen wants any more, and files a wanted one like a computed one', async () => {
    const a = studyWith(LARGE);
    const b = studyWith(LARGE + 1);
    const releaseA = jobs.want(a, 0);
    await Promise.resolve();
    expect(jobs.running()?.n).toBe(LARGE);
    releaseA();
    const releaseB = jobs.want(b, 0);
    await new Promise((r) => setTimeout(r, 0));
    expect(jobs.running()?.n).toBe(LARGE + 1);
    await new Promise<void>((resolve) => {
      const id = setInterval(() => {
        if (peekAnalysis(b, 0)) {
          clearInterval(id);
          resolve();
        }
      }, 20);
    });
    releaseB();
    expect(peekAnalysis(a, 0)).toBeUndefined();
    // Filed in the cache: the synchronous entry point now returns it without computing.
    expect(analysisFor(b).analysis).toBe(peekAnalysis(b, 0)?.analysis);
    expect(jobs.route(b, 0)).toBe('ready');
  });
});

describe('the queue as a service the app owns', () => {
  it('keeps each instance to itself: a cancel in one leaves the other running', async () => {
    const other = createAnalysisJobs(inProcessAnalysisPort);
    try {
      const a = studyWith(LARGE);
      const b = studyWith(LARGE + 1);
      const releaseA = jobs.want(a, 0);
      const releaseB = other.want(b, 0);
      await Promise.resolve();
      expect(jobs.running()?.n).toBe(LARGE);
      expect(other.running()?.n).toBe(LARGE + 1);
      jobs.cancel();
      expect(jobs.running()).toBeNull();
      expect(jobs.isCancelled(a)).toBe(true);
      expect(other.running()?.n).toBe(LARGE + 1);
      expect(other.isCancelled(b)).toBe(false);
      releaseA();
      releaseB();
    } finally {
      other.dispose();
    }
  });

  it('dispose ends a waiting Step as cancelled, and later analyses are computed in place', async () => {
    const state = studyWith(LARGE);
    show(state);
    get().play();
    get().step();
    expect(get().stepBusy).toBe(true);
    await Promise.resolve();
    expect(jobs.running()?.n).toBe(LARGE);
    jobs.dispose();
    await until((s) => !s.stepBusy);
    expect(get().playing).toBe(false);
    expect(shown().observations).toHaveLength(LARGE);
    expect(jobs.running()).toBeNull();
    expect(jobs.route(state, 0)).toBe('sync');
  });

  it('without a queue in the store, Step takes a large study’s step in place, as in Node', () => {
    useStore.setState({ analysisJobs: null });
    const state = studyWith(LARGE);
    show(state);
    expect(analysisRouteOf(null, state, 0)).toBe('sync');
    get().step();
    expect(get().stepBusy).toBe(false);
    expect(shown().observations).toHaveLength(LARGE + 1);
    expect(analysisRouteOf(null, state, 0)).toBe('ready');
    expect(jobs.running()).toBeNull();
  });
});
