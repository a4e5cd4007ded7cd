// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoopState } from '../bo/types.ts';
import { analysisFor, modelFor } from '../store/analysisCache.ts';
import { createAnalysisJobs, type AnalysisJobs } from '../store/analysisJobs.ts';
import { resetStore, useStore } from '../store/store.ts';
import { inProcessAnalysisPort } from '../workers/analysisPort.ts';
import { studyWith } from '../workers/testing/studies.ts';
import { useStudy, withKeptHyperparameters } from './useStudy.ts';

let jobs: AnalysisJobs;

beforeEach(() => {
  jobs = createAnalysisJobs(inProcessAnalysisPort);
  resetStore({ analysisJobs: jobs });
});
afterEach(() => {
  cleanup();
  jobs.dispose();
});

/** A study small enough for the main thread, and the same study grown past it (one box). */
function smallAndLarge(): { small: LoopState; large: LoopState } {
  const large = studyWith(100);
  const small = { ...large, observations: large.observations.slice(0, 99) };
  // Drawn in full before the step, as on screen once the input rests.
  analysisFor(small);
  return { small, large };
}

describe('the last picture while the worker refits', () => {
  it('keeps the last state and its analysis on screen, never mixed, until the new one arrives', async () => {
    const { small, large } = smallAndLarge();
    useStore.setState({ history: { snapshots: [small], cursor: 0 } });
    const { result } = renderHook(() => useStudy());
    expect(result.current.state).toBe(small);
    const before = result.current.analysis;
    expect(before.model).not.toBeNull();

    act(() => useStore.setState({ history: { snapshots: [small, large], cursor: 1 } }));
    // The old picture with its own state: rows, narration and curves all read from `small`.
    expect(result.current.pending).toBe('running');
    expect(result.current.state).toBe(small);
    expect(result.current.wanted).toBe(large);
    expect(result.current.analysis).toBe(before);

    await waitFor(() => expect(result.current.pending).toBeNull(), { timeout: 20_000 });
    expect(result.current.state).toBe(large);
    expect(result.current.analysis).toBe(analysisFor(large).analysis);
  });

  it('shows a large import at once, every point without a model, while it is fitted', () => {
    const large = studyWith(100);
    const small = { ...large, observations: large.observations.slice(0, 12) };
    analysisFor(small);
    useStore.setState({ history: { snapshots: [small], cursor: 0 } });
    const { result } = renderHook(() => useStudy());
    act(() => useStore.setState({ history: { snapshots: [small, large], cursor: 1 } }));
    expect(result.current.pending).toBe('running');
    expect(result.current.state).toBe(large);
    expect(result.current.analysis.model).toBeNull();
  });

  it('after Cancel shows every point of the new state, without a model', async () => {
    const { small, large } = smallAndLarge();
    useStore.setState({ history: { snapshots: [small], cursor: 0 } });
    const { result } = renderHook(() => useStudy());
    act(() => useStore.setState({ history: { snapshots: [small, large], cursor: 1 } }));
    expect(result.current.state).toBe(small);
    act(() => jobs.cancel());
    expect(result.current.pending).toBe('cancelled');
    expect(result.current.state).toBe(large);
    expect(result.current.analysis.model).toBeNull();
  });
});

describe('observation drag preview', () => {
  it('keeps the fitted hyperparameters of the state it was dragged from (no ML-II per move)', () => {
    const state = studyWith(12);
    const model = modelFor(state);
    expect(model).not.toBeNull();
    const moved = {
      ...state,
      observations: state.observations.map((o, i) => (i === 3 ? { ...o, x: [1.234] } : o)),
    };
    const preview = withKeptHyperparameters(moved, model);
    expect(preview.config.fitKernel).toBe(false);
    expect(modelFor(preview)?.kernel).toEqual(model?.kernel);
    expect(modelFor(preview)?.alpha).toBe(model?.alpha);
    // The moved point is in the preview's model all the same.
    expect(modelFor(preview)?.X.data[3]).toBe(1.234);
    // Without a fitted model to keep (a fixed kernel, none known yet) the preview is as it was.
    expect(withKeptHyperparameters(moved, undefined)).toBe(moved);
  });
});
