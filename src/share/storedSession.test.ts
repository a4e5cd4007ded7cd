import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as H from '../store/history.ts';
import { bootStudy } from './boot.ts';
import {
  MAX_SESSION_BYTES,
  SESSION_KEY,
  sessionFromText,
  sessionToText,
  UNREAD_KEY,
  type KeyValueStore,
} from './session.ts';
import {
  currentStudy,
  discardUnread,
  downloadUnread,
  restoreUnread,
  startAutosave,
} from './shareActions.ts';
import { resetStore, useStore } from '../store/store.ts';

const app = () => useStore.getState();
const share = () => useStore.getState();
const shown = () => H.current(app().history);

/** localStorage as a Map; `refuse` makes every write throw (quota). */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  const state = { refuse: false, writes: 0 };
  const store: KeyValueStore = {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (state.refuse) throw new DOMException('full', 'QuotaExceededError');
      state.writes++;
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
  return { map, state, store };
}

/** A session saved by "another version": three steps, then iterations set beyond the limit. */
function foreignSession(): string {
  for (let i = 0; i < 3; i++) app().step();
  const doc = JSON.parse(sessionToText(currentStudy(), 0));
  doc.study.settings.iterations = 300;
  resetStore();
  return JSON.stringify(doc);
}

beforeEach(() => {
  resetStore();
});
afterEach(() => vi.useRealTimers());

describe('a stored session that fails validation', () => {
  it('is offered with its per-field reasons and moved aside, not dropped', () => {
    const text = foreignSession();
    const { map, store } = memoryStorage({ [SESSION_KEY]: text });
    expect(bootStudy('', '', store)).toBeNull();
    const notice = share().notices.find((n) => n.kind === 'unread');
    expect(notice?.title).toBe('shareNoticeUnreadPart');
    expect(notice?.issues.map((i) => [i.code, i.params.field])).toContainEqual([
      'fieldInvalid',
      'settings.iterations',
    ]);
    expect(map.get(UNREAD_KEY)).toBe(text);
    expect(share().unread?.text).toBe(text);
    expect(share().autosaveHeld).toBe(false);
    // Restoring keeps the good fields (the three steps) and gives up the damaged copy.
    restoreUnread(store);
    expect(shown().observations).toHaveLength(5);
    expect(app().settings.iterations).toBe(14);
    expect(map.has(UNREAD_KEY)).toBe(false);
    expect(share().notices.find((n) => n.kind === 'unread')?.title).toBe(
      'shareNoticeUnreadRestored',
    );
  });

  it('corrupt JSON is kept and reported, and offered again on the next visit until discarded', () => {
    const { map, store } = memoryStorage({ [SESSION_KEY]: '{"format": "bo-playground-sess' });
    bootStudy('', '', store);
    expect(share().notices.find((n) => n.kind === 'unread')?.title).toBe('shareNoticeUnreadNone');
    expect(share().unread?.issues.map((i) => i.code)).toEqual(['garbled']);
    // This visit's autosave writes its own session; the next visit still sees the damaged one.
    map.set(SESSION_KEY, sessionToText(currentStudy(), 0));
    bootStudy('', '', store);
    expect(share().unread?.text).toBe('{"format": "bo-playground-sess');
    expect(share().restoreOffer).not.toBeNull();
    discardUnread(store);
    expect(map.has(UNREAD_KEY)).toBe(false);
    expect(share().notices.map((n) => n.kind)).toEqual(['restore']);
  });

  it('is never written over by autosave, even when it cannot be moved aside', () => {
    vi.useFakeTimers();
    const text = foreignSession();
    const { map, state, store } = memoryStorage({ [SESSION_KEY]: text });
    state.refuse = true;
    bootStudy('', '', store);
    state.refuse = false;
    expect(share().autosaveHeld).toBe(true);
    const stop = startAutosave(100, () => store);
    app().step();
    vi.advanceTimersByTime(5000);
    expect(map.get(SESSION_KEY)).toBe(text);
    // Downloading it is a choice: autosave then saves what waited.
    const download = vi.fn();
    vi.stubGlobal('URL', { createObjectURL: download, revokeObjectURL: () => {} });
    vi.stubGlobal('document', {
      createElement: () => ({ click: () => {}, remove: () => {} }),
      body: { append: () => {} },
    });
    downloadUnread();
    vi.unstubAllGlobals();
    expect(download).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1000);
    const saved = sessionFromText(map.get(SESSION_KEY) ?? '');
    expect('parsed' in saved && saved.parsed.study.observations).toHaveLength(3);
    stop();
  });

  it('a link opened over a saved session still offers it', () => {
    const { store } = memoryStorage({ [SESSION_KEY]: sessionToText(currentStudy(), 0) });
    const loaded = bootStudy('?s=2.abc.def', '', store);
    expect(loaded).not.toBeNull();
    expect(share().notices.map((n) => n.kind)).toEqual(['restore', 'link']);
  });
});

describe('session size', () => {
  it('a session over the limit is called too large, with its size and the limit', () => {
    const doc = sessionFromText(' '.repeat(6_200_000));
    expect('error' in doc && doc.error).toEqual({
      code: 'tooLarge',
      params: { size: '6.2 MB', max: `${MAX_SESSION_BYTES / 1e6}.0 MB` },
    });
  });
});

describe('autosave during continuous change', () => {
  function countSaves(change: () => void) {
    vi.useFakeTimers();
    const { state, store } = memoryStorage();
    const stop = startAutosave(800, () => store);
    for (let t = 0; t < 10_000; t += 300) {
      change();
      vi.advanceTimersByTime(300);
    }
    const during = state.writes;
    stop();
    return during;
  }

  it('saves at least every 2 s while settings change every 300 ms', () => {
    let xi = 0;
    expect(countSaves(() => app().setXi((xi += 0.001)))).toBeGreaterThanOrEqual(4);
  });

  it('saves each evaluation promptly while playing', () => {
    const { store } = memoryStorage();
    vi.useFakeTimers();
    const stop = startAutosave(800, () => store);
    app().setIterations(40);
    for (let i = 0; i < 30; i++) {
      app().step();
      vi.advanceTimersByTime(300);
      // A crash now would keep every evaluation so far.
      const saved = sessionFromText(store.getItem(SESSION_KEY) ?? '');
      expect('parsed' in saved && saved.parsed.study.observations).toHaveLength(3 + i);
    }
    stop();
  });
});
