// @vitest-environment jsdom
/**
 * The model panel's preset switch (issue 14): the study follows it, the panel says in one line
 * what the preset does, and the narration of the seed example's first step changes with it.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../bo/analysis.ts';
import { plotGrid } from '../bo/plotGrid.ts';
import { MessagesContext } from '../i18n/locale.ts';
import { MESSAGES, type Messages } from '../i18n/messages.ts';
import type { Dim } from '../objectives/types.ts';
import { analysisFor } from '../store/analysisCache.ts';
import { current } from '../store/history.ts';
import { resetStore, useStore } from '../store/store.ts';
import { ModelPanel } from './ModelPanel.tsx';
import { narrate, narrationFacts } from './narration.ts';

const get = () => useStore.getState();

beforeEach(() => resetStore());
afterEach(cleanup);

function renderPanel(t: Messages) {
  const dims = get().objective.dims;
  return render(
    <MessagesContext.Provider value={t}>
      <ModelPanel model={null} dims={dims} />
    </MessagesContext.Provider>,
  );
}

/** The narration of the step the screen shows next. */
function firstNarration(t: Messages): string {
  const state = current(get().history);
  const facts = narrationFacts(state, analyze(state, { grid: plotGrid(state) }));
  return narrate(facts, t, get().objective.dims[0] as Dim);
}

describe('ModelPanel presets', () => {
  it.each([
    ['en', MESSAGES.en],
    ['ko', MESSAGES.ko],
  ] as const)('switches the study between the presets and words each (%s)', (_, t) => {
    renderPanel(t);
    const select = screen.getByLabelText(t.modelPresetLabel) as HTMLSelectElement;
    expect(select.value).toBe('default');
    const hint = screen.getByTestId('model-preset-hint');
    expect(hint.textContent).toContain('0.5');
    expect(screen.getByText(t.fitKernelMap)).toBeTruthy();
    // The default's first step is a search, not a random draw.
    expect(firstNarration(t)).not.toBe(
      narrate({ kind: 'uncorrelated', iteration: 1, x: [0] }, t, get().objective.dims[0] as Dim),
    );

    act(() => void fireEvent.change(select, { target: { value: 'bayes_opt' } }));
    expect(get().settings.model).toBe('bayes_opt');
    expect(hint.textContent).toBe(t.modelPresetBayesOptHint);
    expect(screen.getByText(t.fitKernel)).toBeTruthy();
    const state = current(get().history);
    const facts = narrationFacts(state, analyze(state, { grid: plotGrid(state) }));
    expect(facts.kind).toBe('uncorrelated');
  });

  it('the analysis the screen draws is refitted when the preset changes (not served from cache)', () => {
    const before = analysisFor(current(get().history)).analysis;
    get().setModel('bayes_opt');
    const after = analysisFor(current(get().history)).analysis;
    expect(after.suggestion.proposal.fallback).toBe('uncorrelated');
    expect(after.model?.kernel.lengthScale).not.toEqual(before.model?.kernel.lengthScale);
  });

  it('switching presets keeps the observations (it retunes, it does not restart)', () => {
    get().step();
    const before = current(get().history).observations;
    get().setModel('bayes_opt');
    expect(current(get().history).observations).toEqual(before);
  });
});
