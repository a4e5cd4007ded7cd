/**
 * The analysis a screen draws for a state. When the last full analysis fit in a frame it is computed
 * right away; otherwise (many observations, a slider being dragged) a preview is drawn at once and
 * the full 10,000-candidate search follows when the input has rested, so the page never stutters.
 * An analysis too long for the main thread at all (analysisCost.ts) is asked of the analysis worker
 * through the store's job queue (analysisJobs.ts; none, and it is computed here): until it
 * arrives the last picture stays (keepLast, with its own state in `shown`, so narration and numbers
 * match it) or the observations are drawn without a model; `pending` says why.
 */
import { useEffect, useReducer, useState, useSyncExternalStore } from 'react';
import type { LoopState } from '../bo/types.ts';
import {
  analysisFor,
  analysisWithoutModel,
  lastFullAnalysisMs,
  peekAnalysis,
  previewAnalysisFor,
  type GridAnalysis,
} from './analysisCache.ts';
import { SYNC_LIMIT_MS } from './analysisCost.ts';
import { analysisRouteOf, type AnalysisJobs } from './analysisJobs.ts';
import { useStore } from './store.ts';

/** Frame budget left for everything else after the analysis. */
const SYNC_BUDGET_MS = 10;
/** How long input must rest before the full search runs. */
const REST_MS = 120;

/**
 * How many observations the new state may differ by for the last picture to stay (a Step, a moved
 * or deleted point); an import of hundreds shows its rows at once, without a model until it is fit.
 */
const KEEP_LAST_WITHIN = 1;

/** Why no model is drawn yet: the worker is computing it, or the user cancelled that. */
export type AnalysisPending = 'running' | 'cancelled' | null;

export interface ShownAnalysis extends GridAnalysis {
  readonly preview: boolean;
  /**
   * Set while the state asked for has no analysis yet: the one shown is then the last picture
   * (`shown`, with keepLast) or only the observations (analysisWithoutModel).
   */
  readonly pending: AnalysisPending;
  /**
   * The state this analysis belongs to: the one asked for, or with keepLast while its own is being
   * computed, the last one drawn. Everything on screen beside the picture must be read from it.
   */
  readonly shown: LoopState;
}

export interface AnalysisOptions {
  /**
   * While the worker computes this state's analysis, show the last full analysis drawn by this view
   * (same box and sample count) and its state instead of the observations without a model: the
   * page never loses its picture on Step. Not after Cancel: then the new points are shown.
   */
  readonly keepLast?: boolean;
}

const subscribeNothing = () => () => undefined;

/** Whether each state asked for came after input had rested, decided when it was first asked for. */
const atRest = new WeakMap<LoopState, boolean>();
let lastNewStateAt = -Infinity;

/**
 * True when `state` was first asked for at least REST_MS after the state before it: one action
 * (Step, Back, a drag's release), not one of a stream (a slider or a point being dragged). Its full
 * analysis is then computed at once when that is no long task (SYNC_LIMIT_MS), instead of a
 * preview and REST_MS of waiting: Step draws its final picture in one go.
 */
function arrivedAtRest(state: LoopState): boolean {
  let rested = atRest.get(state);
  if (rested === undefined) {
    const now = performance.now();
    rested = now - lastNewStateAt >= REST_MS;
    lastNewStateAt = now;
    atRest.set(state, rested);
  }
  return rested;
}

/** The store's analysis-job queue, for the views that ask it or show its progress. */
export function useAnalysisJobs(): AnalysisJobs | null {
  return useStore((s) => s.analysisJobs);
}

export function useAnalysis(
  state: LoopState,
  samples = 0,
  { keepLast = false }: AnalysisOptions = {},
): ShownAnalysis {
  const [, refresh] = useReducer((x: number) => x + 1, 0);
  // The last full analysis this view drew, kept for keepLast (React's "state from the previous
  // render" pattern: set during render, the view re-renders at once).
  const [last, setLast] = useState<{
    state: LoopState;
    samples: number;
    full: GridAnalysis;
  } | null>(null);
  const jobs = useAnalysisJobs();
  // Re-render when this analysis arrives, is cancelled or asked again; a job's progress alone
  // re-renders only the progress line (a whole screen of a large study takes a while to render).
  const where = useSyncExternalStore(jobs?.subscribe ?? subscribeNothing, () => {
    const route = analysisRouteOf(jobs, state, samples);
    return route === 'worker' && jobs?.isCancelled(state) ? 'cancelled' : route;
  });
  const route = where === 'cancelled' ? 'worker' : where;
  const cancelled = where === 'cancelled';
  useEffect(() => {
    if (!jobs || route !== 'worker' || cancelled) return;
    return jobs.want(state, samples);
  }, [jobs, state, samples, route, cancelled]);

  const rested = arrivedAtRest(state);
  let full = peekAnalysis(state, samples);
  const fullMs = lastFullAnalysisMs();
  if (!full && route === 'sync' && (fullMs < SYNC_BUDGET_MS || (rested && fullMs < SYNC_LIMIT_MS)))
    full = analysisFor(state, samples);
  useEffect(() => {
    if (full || route !== 'sync') return;
    const id = setTimeout(() => {
      analysisFor(state, samples);
      refresh();
    }, REST_MS);
    return () => clearTimeout(id);
  }, [state, samples, full, route]);
  if (keepLast && full && last?.full.analysis !== full.analysis) setLast({ state, samples, full });
  if (full) return { ...full, preview: false, pending: null, shown: state };
  if (route === 'worker') {
    const pending = cancelled ? 'cancelled' : 'running';
    const prev = last;
    // After Cancel the new state's points are shown, every one of them, without a model.
    if (
      keepLast &&
      !cancelled &&
      prev &&
      prev.samples === samples &&
      prev.state.config.bounds === state.config.bounds &&
      Math.abs(prev.state.observations.length - state.observations.length) <= KEEP_LAST_WITHIN
    )
      return { ...prev.full, preview: false, pending, shown: prev.state };
    return { ...analysisWithoutModel(state), preview: false, pending, shown: state };
  }
  return { ...previewAnalysisFor(state, samples), preview: true, pending: null, shown: state };
}
