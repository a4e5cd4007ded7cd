import { describe, expect, it } from 'vitest';
import { decode } from '../hyperparams.ts';
import {
  docFromText,
  docToText,
  MAX_MANUAL_TRIALS,
  NET_FORMAT,
  NET_VERSION,
  type NetworkStudyDoc,
} from './persist.ts';
import type { TrialRecord } from './runner.ts';
import { defaultNetSettings, type NetStudySettings } from './settings.ts';
import {
  decodeNetworkStudy,
  encodeNetworkStudy,
  networkLinkFor,
  networkStudyFromLocation,
  withoutNetworkLink,
} from './studyLink.ts';

const settings: NetStudySettings = {
  ...defaultNetSettings(),
  dataset: 'xor',
  initPoints: 2,
  iterations: 3,
  backend: 'cpu',
};

function trial(index: number, x: number[], value: number | null, phase = 'init'): TrialRecord {
  return {
    index,
    x,
    config: decode(settings.searched, x, settings.fixed),
    phase: phase as TrialRecord['phase'],
    status: value === null ? 'diverged' : 'ok',
    value,
    epochs: [
      { epoch: 1, trainLoss: 0.7, trainAcc: 0.5, valLoss: 0.69, valAcc: 0.55, ms: 12 },
      { epoch: 2, trainLoss: NaN, trainAcc: 0.5, valLoss: Infinity, valAcc: 0.5, ms: 11 },
    ],
    ms: 250,
    wallMs: 300 * (index + 1),
    tensors: 14,
    boundary: null,
    ...(value === null ? { error: 'non-finite loss at epoch 2' } : {}),
  };
}

const trials = [
  trial(0, [-3.25, -2.5], 0.8125),
  trial(1, [-1.5, -4.75], null),
  trial(2, [-2.125, -1.0625], 0.9, 'bo'),
];
const doc: NetworkStudyDoc = { settings, trials, draft: { ...settings, seed: 7 } };

/** A stored document with some fields replaced. */
function tampered(patch: Record<string, unknown>): string {
  return JSON.stringify({ ...JSON.parse(docToText(doc, 0)), ...patch });
}

describe('the saved network study', () => {
  it('reads back what was saved: settings, form, trials, failures and curves', () => {
    const back = docFromText(docToText(doc, Date.UTC(2025, 0, 2)));
    if ('error' in back) throw new Error('refused');
    expect(back.issues).toEqual([]);
    expect(back.savedAt).toBe(Date.UTC(2025, 0, 2));
    expect(back.settings).toEqual(settings);
    expect(back.draft.seed).toBe(7);
    expect(back.trials.map((r) => [r.x, r.value, r.phase, r.status])).toEqual([
      [[-3.25, -2.5], 0.8125, 'init', 'ok'],
      [[-1.5, -4.75], null, 'init', 'diverged'],
      [[-2.125, -1.0625], 0.9, 'bo', 'ok'],
    ]);
    expect(back.trials[1]?.error).toBe('non-finite loss at epoch 2');
    expect(back.trials[0]?.config).toEqual(trials[0]?.config);
    // Non-finite losses (a diverging epoch) come back as NaN: a gap in the curve, not a number.
    expect(back.trials[0]?.epochs[0]).toEqual(trials[0]?.epochs[0]);
    expect(back.trials[0]?.epochs[1]?.valLoss).toBeNaN();
    expect(back.trials.map((r) => r.wallMs)).toEqual([300, 600, 900]);
  });

  it('leaves the curves out rather than the trials when the text would be too large', () => {
    const text = docToText(doc, 0, 500);
    expect(text.length).toBeLessThan(docToText(doc, 0).length);
    const back = docFromText(text);
    if ('error' in back) throw new Error('refused');
    expect(back.trials).toHaveLength(3);
    expect(back.curvesLeftOut).toBe(true);
  });

  it('refuses text that is not a network study of this version, as a whole', () => {
    const refused = (text: string) => {
      const r = docFromText(text);
      return 'error' in r ? r.error.code : 'read';
    };
    expect(refused('{"format": "bo-playground-network-st')).toBe('garbled');
    expect(refused('[1, 2]')).toBe('notStudy');
    expect(refused(JSON.stringify({ format: 'bo-playground-session', version: 1 }))).toBe(
      'notStudy',
    );
    expect(refused(JSON.stringify({ format: NET_FORMAT, version: NET_VERSION + 1 }))).toBe(
      'version',
    );
    expect(refused(' '.repeat(5_000_001))).toBe('garbled');
  });

  it('gives each bad settings field its default and says which', () => {
    const back = docFromText(
      tampered({
        settings: {
          ...settings,
          dataset: '../../etc/passwd',
          iterations: 300,
          seed: -1,
          noise: Number.MAX_VALUE,
          ranges: { ...settings.ranges, lr: [-1, -5] },
          backend: { webgl: true },
        },
      }),
    );
    if ('error' in back) throw new Error('refused');
    const fields = back.issues.map((i) => i.params.field);
    expect(fields).toEqual([
      'settings.ranges.lr',
      'settings.dataset',
      'settings.noise',
      'settings.iterations',
      'settings.seed',
      'settings.backend',
    ]);
    const d = defaultNetSettings();
    expect(back.settings).toMatchObject({
      dataset: d.dataset,
      iterations: d.iterations,
      seed: 0,
      noise: d.noise,
      backend: d.backend,
      ranges: expect.objectContaining({ lr: d.ranges.lr }) as unknown,
      initPoints: 2,
    });
  });

  it('leaves out each trial it cannot use, with the reason, and keeps the rest', () => {
    const good = JSON.parse(docToText(doc, 0)).trials as Record<string, unknown>[];
    const back = docFromText(
      tampered({
        trials: [
          good[0],
          { ...good[1], x: [-3, 5] },
          { ...good[1], x: [-3] },
          { ...good[1], value: 1.5 },
          { ...good[1], phase: 'eval' },
          'trial',
          { ...good[1], error: 'bad\u202e\u0000reason' },
          { ...good[2], epochs: [[1, 2, 3]] },
        ],
      }),
    );
    if ('error' in back) throw new Error('refused');
    expect(back.trials.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(back.trials[1]?.error).toBe('bad  reason');
    // Damaged curves cost the curves, not the trial.
    expect(back.trials[2]?.epochs).toEqual([]);
    expect(back.issues.map((i) => [i.code, i.params.n])).toEqual([
      ['observationInvalid', 2],
      ['observationInvalid', 3],
      ['observationInvalid', 4],
      ['observationInvalid', 5],
      ['observationInvalid', 6],
    ]);
    expect(back.issues[0]?.params.detail).toMatch(/wd = 5 is outside \[-5, -1\]/);
  });

  it('keeps a budget of searched trials and a few manual ones, never a runaway count', () => {
    const one = JSON.parse(docToText(doc, 0)).trials[0] as Record<string, unknown>;
    const many = Array.from({ length: 2000 }, () => one);
    const back = docFromText(tampered({ trials: many }));
    if ('error' in back) throw new Error('refused');
    expect(back.trials).toHaveLength(5);
    expect(back.issues[0]).toMatchObject({ code: 'tooMany', params: { count: 2000 } });
    expect(back.issues[0]?.params.max).toBe(5 + MAX_MANUAL_TRIALS);
  });
});

describe('the network study link', () => {
  it('carries the settings and the trials exactly, without the curves', () => {
    const back = decodeNetworkStudy(encodeNetworkStudy(settings, trials));
    expect(back.issues).toEqual([]);
    expect(back.settings).toEqual(settings);
    expect(back.trials.map((r) => [r.x, r.value, r.phase, r.error])).toEqual(
      trials.map((r) => [r.x, r.value, r.phase, r.error]),
    );
    expect(back.trials.every((r) => r.epochs.length === 0)).toBe(true);
  });

  it('sits on the network route, in the query or (long) the fragment, and can be taken off', () => {
    const href = networkLinkFor(settings, trials, 'https://x.test/app/?theme=dark#/');
    const url = new URL(href);
    expect(url.hash).toBe('#/network');
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(networkStudyFromLocation(url.search, url.hash)?.trials).toHaveLength(3);
    expect(withoutNetworkLink(href)).toBe('https://x.test/app/?theme=dark#/network');

    const long = Array.from({ length: 60 }, (_, i) => trial(i, [-3, -3], 0.5));
    const longHref = networkLinkFor({ ...settings, iterations: 60 }, long, 'https://x.test/#/');
    const u = new URL(longHref);
    expect(u.searchParams.get('net')).toBeNull();
    expect(u.hash.startsWith('#/network?net=1.')).toBe(true);
    expect(networkStudyFromLocation(u.search, u.hash)?.trials).toHaveLength(60);
    expect(withoutNetworkLink(longHref)).toBe('https://x.test/#/network');
  });

  it('turns damaged or foreign values into the defaults with a notice, never a throw', () => {
    const value = encodeNetworkStudy(settings, trials);
    const [, head, points] = value.split('.');
    for (const bad of [
      '',
      'garbage',
      `2.${head}.${points}`,
      `1.${head}`,
      `1.${head}.${points}A`,
      `1.${head}.${(points ?? '').slice(0, 20)}`,
      `1.%%%.${points}`,
      `1.${btoa('[1]')}.`,
      'x'.repeat(200_001),
    ]) {
      const r = decodeNetworkStudy(bad);
      expect(r.settings).toBeNull();
      expect(r.trials).toEqual([]);
      expect(r.issues).toHaveLength(1);
    }
    expect(decodeNetworkStudy(`2.${head}.${points}`).issues[0]?.code).toBe('version');
  });
});
