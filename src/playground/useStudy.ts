import { useCallback, useMemo, useState } from 'react';
import type { Analysis } from '../bo/analysis.ts';
import type { LoopState } from '../bo/types.ts';
import type { GPModel, PointSet } from '../math/types.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import type { Objective } from '../objectives/types.ts';
import * as H from '../store/history.ts';
import { useStore } from '../store/store.ts';
import { knownModel } from '../store/analysisCache.ts';
import { useAnalysis, type AnalysisPending } from '../store/useAnalysis.ts';

/** A drag in progress: observation i shown at x (search units) before it is committed. */
export interface DragPreview {
  readonly i: number;
  readonly x: number;
}

export interface StudyView {
  /**
   * The state on screen: the history's current snapshot, or its drag preview; while a long refit
   * of that runs in the worker, the last state drawn (its picture, rows and narration stay).
   */
  readonly state: LoopState;
  /** The state asked for, where it differs from `state`: the one the worker is computing. */
  readonly wanted?: LoopState;
  readonly analysis: Analysis;
  readonly grid: PointSet;
  /** Set while a large study's model is computed in the background, or after it was cancelled. */
  readonly pending: AnalysisPending;
  /** The objective on the grid (NaN where it fails), for the truth curve. */
  readonly truth: Float64Array;
  readonly setDrag: (d: DragPreview | null) => void;
}

/**
 * Derives what the 1D screen draws. The analysis is cached on the immutable state object and the
 * sample count (useAnalysis/analysisFor), so nothing is recomputed unless they change; while input
 * moves faster than a full analysis, a cheaper preview is drawn and the full one follows.
 * While an observation is dragged, the state shown is a preview with it moved and re-evaluated,
 * so the posterior follows the pointer; only the release adds a history entry. The preview keeps
 * the hyperparameters of the state it was dragged from (one factorization per move, no ML-II search
 * per pointermove); the release refits them once.
 */
/** Greyed sample paths drawn beside Thompson's own (the Distill article shows a few). */
const THOMPSON_ALTERNATIVES = 3;

export function useStudy(): StudyView {
  const history = useStore((s) => s.history);
  const objective = useStore((s) => s.objective);
  const noise = useStore((s) => s.settings.noise);
  const sampleCount = useStore((s) => s.sampleCount);
  // A preview belongs to the history it was dragged on: any change to the study (a step, a
  // cancelled drag followed by other input) drops it rather than replaying it on the new state.
  const [drag, setDragOn] = useState<{ on: H.History; d: DragPreview } | null>(null);
  const active = drag && drag.on === history ? drag.d : null;

  const wanted = useMemo(
    () =>
      active
        ? withKeptHyperparameters(
            H.current(H.moveObservation(history, objective, active.i, [active.x], noise)),
            knownModel(H.current(history)),
          )
        : H.current(history),
    [active, history, objective, noise],
  );
  const setDrag = useCallback(
    (d: DragPreview | null) => setDragOn(d ? { on: useStore.getState().history, d } : null),
    [],
  );
  // Sample paths are drawn in 1D only; in 2D they would cost a 64 x 64 surface each for nothing.
  const { analysis, grid, pending, shown } = useAnalysis(
    wanted,
    // Thompson's own path is drawn beside a few others, so it reads as one draw among many.
    objective.dims.length !== 1
      ? 0
      : wanted.config.acquisition.type === 'thompson'
        ? Math.max(sampleCount, THOMPSON_ALTERNATIVES)
        : sampleCount,
    { keepLast: true },
  );
  const truth = useMemo(() => truthOn(objective, grid), [objective, grid]);
  return { state: shown, wanted, analysis, grid, pending, truth, setDrag };
}

/** The dragged preview with its kernel fixed at `model`'s fitted one, when that model is known. */
export function withKeptHyperparameters(
  preview: LoopState,
  model: GPModel | null | undefined,
): LoopState {
  if (!model || !preview.config.fitKernel) return preview;
  return {
    ...preview,
    config: { ...preview.config, fitKernel: false, kernel: model.kernel, alpha: model.alpha },
  };
}

function truthOn(objective: Objective, grid: PointSet): Float64Array {
  const out = new Float64Array(grid.n);
  for (let i = 0; i < grid.n; i++) {
    const r = safeEvaluate(objective, Array.from(grid.data.subarray(i * grid.d, (i + 1) * grid.d)));
    out[i] = r.ok ? r.value : NaN;
  }
  return out;
}
