import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { suggest } from '../../bo/loop.ts';
import type { KeyValueStore } from '../../share/session.ts';
import { decode } from '../hyperparams.ts';
import { docFromText, docToText, NET_STORAGE_KEY } from '../study/persist.ts';
import { createStudyRunner, type TrialRecord } from '../study/runner.ts';
import { defaultNetSettings, type NetStudySettings } from '../study/settings.ts';
import { encodeNetworkStudy } from '../study/studyLink.ts';
import { createNetworkStudy, SAVE_MS, type HolderEnv, type NetworkStudy } from './studyHolder.ts';

const settings: NetStudySettings = { ...defaultNetSettings(), dataset: 'moons', iterations: 2 };

function trial(index: number, x: number[], value: number | null): TrialRecord {
  return {
    index,
    x,
    config: decode(settings.searched, x, settings.fixed),
    phase: 'init',
    status: value === null ? 'diverged' : 'ok',
    value,
    epochs: [],
    ms: 100,
    wallMs: 100 * (index + 1),
    tensors: 10,
    boundary: null,
    ...(value === null ? { error: 'non-finite loss at epoch 1' } : {}),
  };
}
const trials = [trial(0, [-3, -2], 0.75), trial(1, [-2, -4], null)];

/** A runner that fails the test if it is asked to load data or train. */
function idleRunner() {
  const never = () => {
    throw new Error('nothing may train or load here');
  };
  return createStudyRunner(
    { createClient: never, loadData: never, propose: (s) => suggest(s).proposal },
    defaultNetSettings(),
  );
}

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const writes: string[] = [];
  const store: KeyValueStore = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      writes.push(k);
      data.set(k, v);
    },
  };
  return { store, data, writes };
}

let clock = 0;
const open: NetworkStudy[] = [];
function holder(env: Partial<HolderEnv>): NetworkStudy {
  const h = createNetworkStudy({
    runner: idleRunner(),
    storage: () => null,
    search: '',
    hash: '#/network',
    now: () => clock,
    ...env,
  });
  open.push(h);
  return h;
}

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});
afterEach(() => {
  for (const h of open.splice(0)) h.dispose();
  vi.useRealTimers();
});

const stored = () => docToText({ settings, trials, draft: settings }, Date.UTC(2025, 4, 1));

describe('the app’s network study', () => {
  it('comes back from storage as recorded trials, paused, training nothing', () => {
    const { store, writes } = memoryStore({ [NET_STORAGE_KEY]: stored() });
    const h = holder({ storage: () => store });
    const s = h.runner.getSnapshot();
    expect(s.status).toBe('paused');
    expect(s.trials.map((r) => [r.x, r.value])).toEqual([
      [[-3, -2], 0.75],
      [[-2, -4], null],
    ]);
    expect(s.live).toBeNull();
    expect(h.ui.getState().notices.map((n) => [n.kind, n.title, n.params.n])).toEqual([
      ['opened', 'netNoticeRestored', 2],
    ]);
    vi.advanceTimersByTime(10 * SAVE_MS);
    // Opening writes nothing: only a change does.
    expect(writes).toEqual([]);
  });

  it('opens a link over the saved study, which it overwrites only once the study changes', () => {
    const { store, data, writes } = memoryStore({ [NET_STORAGE_KEY]: stored() });
    const replaced: string[] = [];
    const value = encodeNetworkStudy({ ...settings, seed: 5 }, trials.slice(0, 1));
    const h = holder({
      storage: () => store,
      search: `?net=${value}`,
      replaceHref: (fn) => replaced.push(fn(`https://x.test/?net=${value}#/network`)),
    });
    expect(h.runner.getSnapshot().trials).toHaveLength(1);
    expect(h.runner.getSnapshot().settings.seed).toBe(5);
    expect(h.ui.getState().notices[0]?.title).toBe('netNoticeLinkOpened');
    vi.advanceTimersByTime(10 * SAVE_MS);
    expect(writes).toEqual([]);

    h.setDraft({ ...settings, seed: 9 });
    vi.advanceTimersByTime(0);
    expect(writes).toEqual([NET_STORAGE_KEY]);
    const saved = docFromText(data.get(NET_STORAGE_KEY) ?? '');
    if ('error' in saved) throw new Error('unreadable');
    expect(saved.trials).toHaveLength(1);
    expect(saved.draft.seed).toBe(9);
    // The address no longer names the link: a reload restores the newer saved study.
    expect(replaced).toEqual(['https://x.test/#/network']);
  });

  it('takes a reload of its own address (the saved study, or its first trials) as a restore', () => {
    for (const shown of [trials, trials.slice(0, 1)]) {
      const { store } = memoryStore({ [NET_STORAGE_KEY]: stored() });
      const value = encodeNetworkStudy(settings, shown);
      const h = holder({ storage: () => store, search: `?net=${value}` });
      expect(h.runner.getSnapshot().trials).toHaveLength(2);
      expect(h.ui.getState().notices.map((n) => n.title)).toEqual(['netNoticeRestored']);
    }
    // Another trial value is another study: the link wins.
    const { store } = memoryStore({ [NET_STORAGE_KEY]: stored() });
    const other = [trial(0, [-3, -2], 0.5)];
    const h = holder({
      storage: () => store,
      search: `?net=${encodeNetworkStudy(settings, other)}`,
    });
    expect(h.ui.getState().notices.map((n) => n.title)).toEqual(['netNoticeLinkOpened']);
  });

  it('saves at once on a change, then at most every SAVE_MS', () => {
    const { store, writes } = memoryStore();
    const h = holder({ storage: () => store });
    h.setDraft({ ...settings, seed: 1 });
    vi.advanceTimersByTime(0);
    expect(writes).toHaveLength(1);
    clock = 100;
    h.setDraft({ ...settings, seed: 2 });
    h.setDraft({ ...settings, seed: 3 });
    vi.advanceTimersByTime(SAVE_MS - 101);
    expect(writes).toHaveLength(1);
    clock = SAVE_MS;
    vi.advanceTimersByTime(1);
    expect(writes).toHaveLength(2);
  });

  it('says once that storage refuses, keeps the study, and clears the notice when it works again', () => {
    let refuse = true;
    const { store } = memoryStore();
    const flaky: KeyValueStore = {
      getItem: store.getItem,
      setItem: (k, v) => {
        if (refuse) throw new DOMException('full', 'QuotaExceededError');
        store.setItem(k, v);
      },
    };
    const h = holder({ storage: () => flaky });
    h.runner.restore(settings, trials);
    vi.advanceTimersByTime(0);
    const storage = () => h.ui.getState().notices.filter((n) => n.kind === 'storage');
    expect(storage().map((n) => n.params.detail)).toEqual(['QuotaExceededError']);
    const first = storage()[0];
    clock = 10 * SAVE_MS;
    h.setDraft({ ...settings, seed: 4 });
    vi.advanceTimersByTime(0);
    expect(storage()[0]).toBe(first);
    expect(h.runner.getSnapshot().trials).toHaveLength(2);
    refuse = false;
    clock = 20 * SAVE_MS;
    h.setDraft({ ...settings, seed: 5 });
    vi.advanceTimersByTime(0);
    expect(storage()).toEqual([]);
  });

  it('does not load a damaged saved study and offers its text for download', () => {
    const text = stored().slice(0, 200);
    const { store } = memoryStore({ [NET_STORAGE_KEY]: text });
    const h = holder({ storage: () => store });
    expect(h.runner.getSnapshot().status).toBe('idle');
    const [notice] = h.ui.getState().notices;
    expect(notice?.title).toBe('netNoticeStoredDamaged');
    expect(notice?.damagedText).toBe(text);
    expect(notice?.issues[0]?.code).toBe('garbled');
  });

  it('keeps a study from a damaged link out, with a notice, and trains nothing', () => {
    const h = holder({ search: '?net=1.bm90IGpzb24.AAAA' });
    expect(h.runner.getSnapshot().status).toBe('idle');
    expect(h.ui.getState().notices[0]).toMatchObject({
      title: 'netNoticeLinkIssues',
      issues: [{ code: 'garbled' }],
    });
  });
});
