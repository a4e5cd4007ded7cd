// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessagesContext } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { encodeStudy, LINK_PARAM } from '../share/linkCodec.ts';
import { SESSION_KEY, sessionToText, type KeyValueStore } from '../share/session.ts';
import { currentStudy } from '../share/shareActions.ts';
import { current } from '../store/history.ts';
import { AppShell } from './AppShell.tsx';
import { shellPolicy } from './shellPolicy.ts';
import { bootApp } from './startup.ts';
import { resetStore, useStore } from '../store/store.ts';

const app = () => useStore.getState();
const rows = () => current(app().history).observations.length;
const saved = () => localStorage.getItem(SESSION_KEY);
const space = () => fireEvent.keyDown(window, { key: ' ', code: 'Space' });

function memoryStorage(items: Record<string, string> = {}): KeyValueStore {
  const map = new Map(Object.entries(items));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

beforeEach(() => {
  resetStore();
  useStore.getState().setPresenting(false);
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('AppShell', () => {
  it('autosaves steps taken in presentation mode, the view that did not save before', () => {
    vi.useFakeTimers();
    render(<AppShell policy={shellPolicy('present', 'bo')}>{null}</AppShell>);
    act(() => void space());
    expect(rows()).toBe(3);
    act(() => void vi.advanceTimersByTime(200));
    expect(JSON.parse(saved() ?? '{}').study.observations).toHaveLength(3);
  });

  it('in an embed, steps on Space and plays, but never writes the session', () => {
    vi.useFakeTimers();
    localStorage.setItem(SESSION_KEY, 'the viewer’s own session');
    app().setSpeed(100);
    render(<AppShell policy={shellPolicy('embed', 'bo')}>{null}</AppShell>);
    act(() => void space());
    expect(rows()).toBe(3);
    act(() => app().play());
    act(() => void vi.advanceTimersByTime(100));
    expect(rows()).toBe(4);
    // L (presentation mode) is not an embed's command.
    act(() => void fireEvent.keyDown(window, { key: 'l', code: 'KeyL' }));
    expect(useStore.getState().presenting).toBe(false);
    act(() => void vi.advanceTimersByTime(5000));
    expect(saved()).toBe('the viewer’s own session');
  });

  it('leaves keys and Play alone where the study is not on screen, and saves on the way', () => {
    vi.useFakeTimers();
    app().setSpeed(100);
    const { rerender } = render(<AppShell policy={shellPolicy('normal', 'lab')}>{null}</AppShell>);
    act(() => void space());
    act(() => app().play());
    act(() => void vi.advanceTimersByTime(1000));
    expect(rows()).toBe(2);
    expect(app().playing).toBe(true);
    // Back on the BO screen, Play goes on where it waited.
    rerender(<AppShell policy={shellPolicy('normal', 'bo')}>{null}</AppShell>);
    act(() => void vi.advanceTimersByTime(100));
    expect(rows()).toBe(3);
    act(() => void vi.advanceTimersByTime(200));
    expect(JSON.parse(saved() ?? '{}').study.observations.length).toBeGreaterThanOrEqual(3);
  });

  it('renders what the view shows', () => {
    render(
      <MessagesContext value={MESSAGES.en}>
        <AppShell policy={shellPolicy('normal', 'bo')}>
          <p>the screen</p>
        </AppShell>
      </MessagesContext>,
    );
    expect(screen.getByText('the screen')).toBeTruthy();
  });
});

describe('bootApp', () => {
  it('loads the study a link names into the store and offers the saved session beside it', () => {
    app().step();
    const link = `?${LINK_PARAM}=${encodeStudy(currentStudy())}`;
    const session = sessionToText(currentStudy(), 1);
    resetStore();
    bootApp(link, '', () => memoryStorage({ [SESSION_KEY]: session }));
    expect(rows()).toBe(3);
    expect(useStore.getState().restoreOffer).not.toBeNull();
  });

  it('in an embed, opens the link but never reads (or offers) the stored session', () => {
    const storage = vi.fn(() => memoryStorage({ [SESSION_KEY]: sessionToText(currentStudy(), 1) }));
    bootApp('?embed=1', '', storage);
    expect(storage).not.toHaveBeenCalled();
    expect(useStore.getState().restoreOffer).toBeNull();
    expect(rows()).toBe(2);
  });
});
