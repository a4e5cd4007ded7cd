import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analysisFor } from '../store/analysisCache.ts';
import * as H from '../store/history.ts';
import { bootStudy } from './boot.ts';
import { decodeStudy, encodeStudy, LINK_PARAM } from './linkCodec.ts';
import { sessionFromText, sessionToText, SESSION_KEY, type KeyValueStore } from './session.ts';
import { currentStudy, importCsvText, loadSessionText, startAutosave } from './shareActions.ts';
import { captureStudy, loadedStudy } from './studyState.ts';
import { resetStore, useStore } from '../store/store.ts';

const app = () => useStore.getState();
const shown = () => H.current(app().history);

beforeEach(() => {
  resetStore();
});

/** Opens a study as a link would: encode, decode, rebuild, load into a reset store. */
function reopen() {
  const param = encodeStudy(currentStudy());
  resetStore();
  const parsed = decodeStudy(param);
  expect(parsed.issues).toEqual([]);
  app().loadStudy(loadedStudy(parsed.study, parsed.objective, parsed.fresh));
}

describe('a study through a link', () => {
  it('reopens on the same observations, step and next point after steps, a probe and a deletion', () => {
    for (let i = 0; i < 4; i++) app().step();
    app().probe([4.5]);
    app().deleteObservation(1);
    app().step();
    app().setAcquisition('ucb');
    app().setSampleCount(3);
    const obs = shown().observations;
    const next = analysisFor(shown()).analysis.suggestion.proposal.x;
    const settings = app().settings;
    reopen();
    expect(shown().observations.map(({ x, y, phase }) => ({ x, y, phase }))).toEqual(
      obs.map(({ x, y, phase }) => ({ x, y, phase })),
    );
    expect(app().settings).toEqual(settings);
    expect(app().sampleCount).toBe(3);
    expect(analysisFor(shown()).analysis.suggestion.proposal.x).toEqual(next);
    expect(app().playing).toBe(false);
  });

  it('keeps Back and Forward when the step shown is a prefix of the history', () => {
    for (let i = 0; i < 5; i++) app().step();
    app().back();
    app().back();
    const before = shown().observations.length;
    reopen();
    expect(shown().observations).toHaveLength(before);
    app().forward();
    app().forward();
    expect(shown().observations).toHaveLength(before + 2);
    app().seek(0);
    expect(shown().observations).toHaveLength(2);
    // Stepping from the first snapshot branches off, as it does in a study never shared.
    app().step();
    expect(shown().observations).toHaveLength(3);
  });

  it('boots from ?s= and offers, never forces, a saved session', () => {
    app().step();
    const param = encodeStudy(currentStudy());
    resetStore();
    const loaded = bootStudy(`?embed=1&${LINK_PARAM}=${param}`);
    expect(loaded && H.current(loaded.history).observations).toHaveLength(3);
    expect(bootStudy('?embed=1')).toBeNull();
    const bad = bootStudy(`?${LINK_PARAM}=2.abc.def`);
    expect(bad && H.current(bad.history).observations).toHaveLength(2);
    expect(useStore.getState().notices.map((n) => n.kind)).toEqual(['link']);
  });

  it('applies a classroom link’s hidden controls and keeps them for re-sharing', () => {
    const study = { ...captureStudy(app()), hidden: ['model', 'design'] as const };
    bootStudy(`?${LINK_PARAM}=${encodeStudy({ ...study, hidden: [...study.hidden] })}`);
    expect(useStore.getState().hidden).toEqual(['model', 'design']);
    expect(currentStudy().hidden).toEqual(['model', 'design']);
  });
});

describe('sessions and imports', () => {
  afterEach(() => vi.useRealTimers());

  it('save/load through a file keeps the study; a foreign file changes nothing', () => {
    for (let i = 0; i < 3; i++) app().step();
    const text = sessionToText(currentStudy(), 0);
    const obs = shown().observations.length;
    app().reset();
    loadSessionText('{"format": "something-else"}', 'x.json');
    expect(shown().observations).toHaveLength(2);
    expect(useStore.getState().notices[0]?.tone).toBe('error');
    loadSessionText(text, 'mine.json');
    expect(shown().observations).toHaveLength(obs);
    expect(useStore.getState().notices.map((n) => n.title)).toEqual(['shareNoticeFileLoaded']);
    const doc = sessionFromText(text);
    expect('parsed' in doc && doc.savedAt).toBe(0);
  });

  it('a storage that refuses is reported once and the study in memory goes on', () => {
    vi.useFakeTimers();
    let fail = true;
    const saved = new Map<string, string>();
    const storage: KeyValueStore = {
      getItem: (k) => saved.get(k) ?? null,
      setItem: (k, v) => {
        if (fail) throw new DOMException('full', 'QuotaExceededError');
        saved.set(k, v);
      },
    };
    const stop = startAutosave(100, () => storage);
    app().step();
    vi.advanceTimersByTime(200);
    app().step();
    vi.advanceTimersByTime(200);
    const notices = useStore.getState().notices;
    expect(notices.map((n) => [n.kind, n.params?.detail])).toEqual([
      ['storage', 'QuotaExceededError'],
    ]);
    expect(shown().observations).toHaveLength(4);
    fail = false;
    app().step();
    vi.advanceTimersByTime(200);
    expect(useStore.getState().notices).toEqual([]);
    const doc = sessionFromText(saved.get(SESSION_KEY) ?? '');
    expect('parsed' in doc && doc.parsed.study.observations).toHaveLength(5);
    stop();
  });

  it('importing bad rows only keeps the study and lists every row', () => {
    importCsvText('x,value\nabc,1\n9,2\n', 'bad.csv', 'add');
    expect(shown().observations).toHaveLength(2);
    const n = useStore.getState().notices[0];
    expect(n?.title).toBe('shareNoticeImportNone');
    expect(n?.issues.map((i) => i.params.row)).toEqual([2, 3]);
    importCsvText('x,value\n0.1,1\n', 'good.csv', 'add');
    expect(shown().observations.at(-1)).toMatchObject({ x: [0.1], y: 1, phase: 'manual' });
    // The GP is fitted to it and a BO suggestion is shown.
    expect(analysisFor(shown()).analysis.suggestion.proposal.phase).toBe('bo');
  });
});
