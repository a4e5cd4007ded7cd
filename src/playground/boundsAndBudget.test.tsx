// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessagesContext } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { getObjective } from '../objectives/registry.ts';
import type { Objective } from '../objectives/types.ts';
import { DEFAULT_SETTINGS, toLoopConfig } from '../store/settings.ts';
import { DesignPanel } from './DesignPanel.tsx';
import { draftFrom, FormulaForm, withDimCount } from './FormulaForm.tsx';
import { StatusLine } from './StatusLine.tsx';
import { resetStore, useStore } from '../store/store.ts';

const seed = getObjective('bayes-opt-1d') as Objective;

beforeEach(() => resetStore());
afterEach(cleanup);

function typeBounds(min: string, max: string) {
  fireEvent.change(screen.getByLabelText('Min'), { target: { value: min } });
  fireEvent.change(screen.getByLabelText('Max'), { target: { value: max } });
  fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
}

describe('the formula form refuses boxes the app cannot use', () => {
  it.each([
    [
      '-1.7e308',
      '1.7e308',
      'The min of x, -1.7e308, is too far from 0: bounds must lie within ±1e+100',
    ],
    [
      '1',
      '1.0000000000000002',
      'The range of x is too narrow to plot: max − min must be at least 0.000001',
    ],
    ['0', '1e-300', 'max − min must be at least 1e-100'],
  ])('[%s, %s]', (min, max, text) => {
    const onApply = vi.fn(() => null);
    render(<FormulaForm objective={seed} onApply={onApply} />);
    typeBounds(min, max);
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain(text);
    // What the user typed stays to be corrected.
    expect((screen.getByLabelText('Max') as HTMLInputElement).value).toBe(max);
  });

  it('says it in Korean too', () => {
    render(
      <MessagesContext.Provider value={MESSAGES.ko}>
        <FormulaForm objective={seed} onApply={() => null} />
      </MessagesContext.Provider>,
    );
    fireEvent.change(screen.getByLabelText('최솟값'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('최댓값'), { target: { value: '1.0000000000000002' } });
    fireEvent.click(screen.getByRole('button', { name: '적용' }));
    expect(screen.getByRole('alert').textContent).toContain('x의 범위가 너무 좁아');
  });

  it('keeps every dimension of an objective and drops rows only when asked', () => {
    const dims = ['a', 'b', 'c'].map((name) => ({
      name,
      min: 0,
      max: 1,
      scale: 'linear' as const,
    }));
    const draft = draftFrom({ ...seed, dims, formula: 'a + b + c' });
    expect(draft.dims.map((d) => d.name)).toEqual(['a', 'b', 'c']);
    expect(withDimCount(draft, 2).dims.map((d) => d.name)).toEqual(['a', 'b']);
  });
});

describe('a budget typed above its maximum', () => {
  it('stays as typed with a message, and the study keeps its budget until corrected', () => {
    render(<DesignPanel />);
    const field = screen.getByLabelText('Iterations') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '300' } });
    fireEvent.blur(field);
    expect(field.value).toBe('300');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'At most 200: type 200 or less. Until then the study keeps 14.',
    );
    expect(useStore.getState().settings.iterations).toBe(14);
    fireEvent.change(field, { target: { value: '30' } });
    expect(useStore.getState().settings.iterations).toBe(30);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the status line of a study past its budget', () => {
  it('reads "Iteration 20, past its budget of 14", not "Iteration 20 of 14"', () => {
    const config = toLoopConfig(DEFAULT_SETTINGS, seed);
    const observations = Array.from({ length: 22 }, (_, k) => ({
      x: [k / 4 - 2],
      y: k,
      phase: k < 2 ? ('init' as const) : ('bo' as const),
    }));
    render(<StatusLine state={{ config, observations }} dims={seed.dims} />);
    expect(screen.getByText(/^Iteration 20/).textContent).toBe(
      'Iteration 20, past its budget of 14 · done',
    );
  });
});
