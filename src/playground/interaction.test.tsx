// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessagesContext } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { current } from '../store/history.ts';
import { COMMANDS } from './commands.ts';
import { ObjectivePanel } from './ObjectivePanel.tsx';
import { ownsKey, useKeyboard } from './useKeyboard.ts';
import { usePlayback } from './usePlayback.ts';
import { resetStore, useStore } from '../store/store.ts';

const get = () => useStore.getState();
const rows = () => current(get().history).observations.length;

beforeEach(() => resetStore());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('usePlayback', () => {
  it('steps every speedMs while playing and stops at the end of the budget', () => {
    vi.useFakeTimers();
    get().setIterations(3);
    get().setSpeed(200);
    renderHook(() => usePlayback());
    act(() => get().play());
    expect(rows()).toBe(2);
    act(() => void vi.advanceTimersByTime(199));
    expect(rows()).toBe(2);
    act(() => void vi.advanceTimersByTime(1));
    expect(rows()).toBe(3);
    // One act per step: the next step is scheduled when React has rendered the last one.
    act(() => void vi.advanceTimersByTime(200));
    act(() => void vi.advanceTimersByTime(200));
    expect(rows()).toBe(5);
    expect(get().playing).toBe(false);
    act(() => void vi.advanceTimersByTime(1000));
    expect(rows()).toBe(5);
  });

  it('cancels the pending step on pause and on unmount', () => {
    vi.useFakeTimers();
    get().setSpeed(300);
    const { unmount } = renderHook(() => usePlayback());
    act(() => get().play());
    act(() => void vi.advanceTimersByTime(250));
    act(() => get().pause());
    act(() => void vi.advanceTimersByTime(1000));
    expect(rows()).toBe(2);
    act(() => get().play());
    unmount();
    act(() => void vi.advanceTimersByTime(1000));
    expect(rows()).toBe(2);
  });
});

describe('keyboard', () => {
  it('leaves keys to text fields, menus, sliders, and Enter (not Space) to buttons', () => {
    const input = document.createElement('input');
    const select = document.createElement('select');
    const button = document.createElement('button');
    const svgButton = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    svgButton.setAttribute('role', 'button');
    expect(ownsKey(input, 'r')).toBe(true);
    expect(ownsKey(select, 'ArrowLeft')).toBe(true);
    // Issue 16: Space steps even when a clicked button kept focus; Enter still presses it.
    expect(ownsKey(button, ' ')).toBe(false);
    expect(ownsKey(button, 'Enter')).toBe(true);
    expect(ownsKey(button, 'ArrowLeft')).toBe(false);
    expect(ownsKey(svgButton, 'Enter')).toBe(true);
    expect(ownsKey(document.body, ' ')).toBe(false);
  });

  it('runs shortcuts from the page, not from inputs, and not behind the help dialog', () => {
    renderHook(() => useKeyboard(COMMANDS));
    act(() => void fireEvent.keyDown(document.body, { key: ' ', code: 'Space' }));
    expect(rows()).toBe(3);
    act(() => void fireEvent.keyDown(document.body, { key: 'ArrowLeft' }));
    expect(get().history.cursor).toBe(0);

    const input = document.createElement('input');
    document.body.append(input);
    act(() => void fireEvent.keyDown(input, { key: ' ' }));
    expect(get().history.cursor).toBe(0);
    input.remove();

    act(() => void fireEvent.keyDown(document.body, { key: '?' }));
    expect(get().helpOpen).toBe(true);
    act(() => void fireEvent.keyDown(document.body, { key: 'ArrowRight' }));
    expect(get().history.cursor).toBe(0);
    act(() => void fireEvent.keyDown(document.body, { key: '?' }));
    expect(get().helpOpen).toBe(false);
  });
});

describe('ObjectivePanel', () => {
  it('shows a formula error with its column, keeps the objective and the typed text', () => {
    render(<ObjectivePanel />);
    const before = get().objective;
    fireEvent.change(screen.getByLabelText('Function'), { target: { value: '__custom' } });
    const field = screen.getByLabelText('Formula') as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'x +* 2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert').textContent).toMatch(/column 4/);
    expect(get().objective).toBe(before);
    expect(field.value).toBe('x +* 2');

    fireEvent.change(field, { target: { value: 'x^2' } });
    fireEvent.change(screen.getByLabelText('Max'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Min'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert').textContent).toBe('Min must be less than max.');

    fireEvent.change(screen.getByLabelText('Min'), { target: { value: '-1' } });
    fireEvent.change(screen.getByLabelText('Goal'), { target: { value: 'minimize' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(get().objective.formula).toBe('x^2');
    expect(get().objective.goal).toBe('minimize');
    expect(get().objective.dims[0]).toMatchObject({ min: -1, max: 1, scale: 'linear' });
  });

  it('speaks Korean in the Korean UI, column included', () => {
    render(
      <MessagesContext value={MESSAGES.ko}>
        <ObjectivePanel />
      </MessagesContext>,
    );
    fireEvent.change(screen.getByLabelText('함수'), { target: { value: '__custom' } });
    fireEvent.change(screen.getByLabelText('수식'), { target: { value: 'z + 1' } });
    fireEvent.click(screen.getByRole('button', { name: MESSAGES.ko.applyFormula }));
    expect(screen.getByRole('alert').textContent).toContain(
      "수식 오류: 알 수 없는 변수 'z' (1번째 글자). x을(를) 쓰세요.",
    );
  });

  it('re-words a shown error when the language changes, typed text kept', () => {
    const { rerender } = render(
      <MessagesContext value={MESSAGES.en}>
        <ObjectivePanel />
      </MessagesContext>,
    );
    fireEvent.change(screen.getByLabelText('Function'), { target: { value: '__custom' } });
    fireEvent.change(screen.getByLabelText('Formula'), { target: { value: 'z + 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Unknown variable 'z'/i);
    rerender(
      <MessagesContext value={MESSAGES.ko}>
        <ObjectivePanel />
      </MessagesContext>,
    );
    expect(screen.getByRole('alert').textContent).toContain("알 수 없는 변수 'z' (1번째 글자)");
    expect((screen.getByLabelText('수식') as HTMLInputElement).value).toBe('z + 1');

    fireEvent.change(screen.getByLabelText('수식'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('최솟값'), { target: { value: 'a' } });
    fireEvent.click(screen.getByRole('button', { name: MESSAGES.ko.applyFormula }));
    expect(screen.getByRole('alert').textContent).toBe(MESSAGES.ko.boundsNotNumbers);
    rerender(
      <MessagesContext value={MESSAGES.en}>
        <ObjectivePanel />
      </MessagesContext>,
    );
    expect(screen.getByRole('alert').textContent).toBe(MESSAGES.en.boundsNotNumbers);
  });

  it('takes log10 bounds in natural units', () => {
    render(<ObjectivePanel />);
    fireEvent.change(screen.getByLabelText('Function'), { target: { value: '__custom' } });
    fireEvent.change(screen.getByLabelText('Formula'), { target: { value: '-(log10(x) + 2)^2' } });
    fireEvent.change(screen.getByLabelText('Min'), { target: { value: '0.0001' } });
    fireEvent.change(screen.getByLabelText('Max'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Scale'), { target: { value: 'log10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(get().objective.dims[0]).toMatchObject({ min: -4, max: 0, scale: 'log10' });
  });
});
