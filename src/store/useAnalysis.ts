/**
 * The analysis a screen draws for a state. When the last full analysis fit in a frame it is computed
 * right away; otherwise (many observations, a slider being dragged) a preview is drawn at once and
 * the full 10,000-candidate search follows when the input has rested, so the page never stutters.
 * An analysis too long for the main thread at all (analysisCost.ts) is asked of the analysis worker
 * through the store's job queue (analysisJobs.ts; none, and it is computed here): until it arrives, or after it was cancelled, the observations are drawn
 * without a model and `pending` says why.
 */
import { useEffect, useReducer, useSyncExternalStore } from 'react';
import type { LoopState } from '../bo/types.ts';
import {
  analysisFor,
  analysisWithoutModel,
  lastFullAnalysisMs,
  peekAnalysis,
  previewAnalysisFor,
  type GridAnalysis,
} from './analysisCache.ts';
import { analysisRouteOf, type AnalysisJobs } from './analysisJobs.ts';
import { useStore } from './store.ts';

/** Frame budget left for everything else after the analysis. */
const SYNC_BUDGET_MS = 10;
/** How long input must rest before the full search runs. */
const REST_MS = 120;

/** Why no model is drawn yet: the worker is computing it, or the user cancelled that. */
export type AnalysisPending = 'running' | 'cancelled' | null;

export interface ShownAnalysis extends GridAnalysis {
  readonly preview: boolean;
  /** Set while the analysis shown is only the observations (analysisWithoutModel). */
  readonly pending: AnalysisPending;
}

const subscribeNothing = () => () => undefined;

/** The store's analysis-job queue, for the views that ask it or show its progress. */
export function useAnalysisJobs(): AnalysisJobs | null {
  return useStore((s) => s.analysisJobs);
}

export function useAnalysis(state: LoopState, samples = 0): ShownAnalysis {
  const [, refresh] = useReducer((x: number) => x + 1, 0);
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

  let full = peekAnalysis(state, samples);
  if (!full && route === 'sync' && lastFullAnalysisMs() < SYNC_BUDGET_MS)
    full = analysisFor(state, samples);
  useEffect(() => {
    if (full || route !== 'sync') return;
    const id = setTimeout(() => {
      analysisFor(state, samples);
      refresh();
    }, REST_MS);
    return () => clearTimeout(id);
  }, [state, samples, full, route]);
  if (full) return { ...full, preview: false, pending: null };
  if (route === 'worker')
    return {
      ...analysisWithoutModel(state),
      preview: false,
      pending: cancelled ? 'cancelled' : 'running',
    };
  return { ...previewAnalysisFor(state, samples), preview: true, pending: null };
}
