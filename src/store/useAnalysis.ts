/**
 * The analysis a screen draws for a state. When the last full analysis fit in a frame it is computed
 * right away; otherwise (many observations, a slider being dragged) a preview is drawn at once and
 * the full 10,000-candidate search follows when the input has rested, so the page never stutters.
 */
import { useEffect, useReducer } from 'react';
import type { LoopState } from '../bo/types.ts';
import {
  analysisFor,
  lastFullAnalysisMs,
  peekAnalysis,
  previewAnalysisFor,
  type GridAnalysis,
} from './analysisCache.ts';

/** Frame budget left for everything else after the analysis. */
const SYNC_BUDGET_MS = 10;
/** How long input must rest before the full search runs. */
const REST_MS = 120;

export function useAnalysis(state: LoopState, samples = 0): GridAnalysis & { preview: boolean } {
  const [, refresh] = useReducer((x: number) => x + 1, 0);
  let full = peekAnalysis(state, samples);
  if (!full && lastFullAnalysisMs() < SYNC_BUDGET_MS) full = analysisFor(state, samples);
  useEffect(() => {
    if (full) return;
    const id = setTimeout(() => {
      analysisFor(state, samples);
      refresh();
    }, REST_MS);
    return () => clearTimeout(id);
  }, [state, samples, full]);
  return full
    ? { ...full, preview: false }
    : { ...previewAnalysisFor(state, samples), preview: true };
}
