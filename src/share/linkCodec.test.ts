import { describe, expect, it } from 'vitest';
import { createRng } from '../math/rng.ts';
import { DEFAULT_SETTINGS } from '../store/settings.ts';
import { base64urlToText, textToBase64url } from './base64url.ts';
import { decodeStudy, encodeStudy, linkFor, studyFromSearch } from './linkCodec.ts';
import { randomStudy } from './testStudies.ts';
import { DEFAULT_VIEW } from './validate.ts';

const isDefault = (p: ReturnType<typeof decodeStudy>) => {
  expect(p.study.settings).toEqual(DEFAULT_SETTINGS);
  expect(p.study.view).toEqual(DEFAULT_VIEW);
  expect(p.study.observations).toEqual([]);
  expect(p.fresh).toBe(true);
};

describe('link codec', () => {
  it('round-trips 300 random studies exactly (NaN-free floats bit for bit, ±Infinity, nulls)', () => {
    const rng = createRng(7);
    for (let i = 0; i < 300; i++) {
      const study = randomStudy(rng);
      const decoded = decodeStudy(encodeStudy(study));
      expect(decoded.issues).toEqual([]);
      expect(decoded.fresh).toBe(false);
      expect(decoded.study).toEqual(study);
      for (let k = 0; k < study.observations.length; k++) {
        const a = study.observations[k];
        const b = decoded.study.observations[k];
        a?.x.forEach((v, j) => expect(Object.is(v, b?.x[j])).toBe(true));
      }
    }
  });

  it('keeps the seed example after 5 steps short enough for any chat tool', () => {
    const study = {
      ...randomStudy(createRng(1)),
      settings: DEFAULT_SETTINGS,
      observations: Array.from({ length: 7 }, (_, i) => ({
        x: [i / 3],
        y: i / 7,
        phase: 'bo' as const,
      })),
    };
    expect(encodeStudy(study).length).toBeLessThan(1000);
  });

  it('gives the defaults and one clear issue for garbage, truncation and foreign versions', () => {
    const good = encodeStudy(randomStudy(createRng(3)));
    const cases: [string, string][] = [
      ['', 'garbled'],
      ['hello', 'garbled'],
      ['1.', 'garbled'],
      ['1.%%%.AAAA', 'garbled'],
      [good.slice(0, Math.floor(good.length / 2)), 'garbled'],
      [good + 'A', 'garbled'],
      [`2.${good.slice(2)}`, 'version'],
      [`0.${good.slice(2)}`, 'version'],
      [`1.${textToBase64url('[1,2]')}.`, 'garbled'],
      [`1.${textToBase64url('{not json')}.`, 'garbled'],
    ];
    for (const [param, code] of cases) {
      const p = decodeStudy(param);
      expect(
        p.issues.map((i) => i.code),
        param,
      ).toEqual([code]);
      isDefault(p);
    }
  });

  it('never throws on random damage, and every outcome is a valid study', () => {
    const rng = createRng(11);
    const good = encodeStudy(randomStudy(createRng(5)));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.%!';
    for (let i = 0; i < 500; i++) {
      const chars = [...good];
      const edits = 1 + rng.int(4);
      for (let e = 0; e < edits; e++)
        chars[rng.int(chars.length)] = alphabet[rng.int(alphabet.length)] as string;
      const p = decodeStudy(
        chars.join('').slice(0, rng.next() < 0.3 ? rng.int(good.length) : undefined),
      );
      expect(p.study.shown).toBeLessThanOrEqual(p.study.observations.length);
      for (const o of p.study.observations) expect(o.x).toHaveLength(p.objective.dims.length);
    }
  });

  it('replaces a bad field by its default and names it, keeping the rest', () => {
    const study = randomStudy(createRng(9));
    const [, , points] = encodeStudy(study).split('.');
    const head = {
      settings: { ...study.settings, xi: -1, kernelType: 'cubic', initPoints: 2.5 },
      phases: study.observations.map((o) => o.phase[0]).join(''),
      shown: study.shown,
      view: { ...study.view, band: 'wide' },
      hidden: ['model', 'nope'],
    };
    const p = decodeStudy(`1.${textToBase64url(JSON.stringify(head))}.${points}`);
    const fields = p.issues.map((i) => i.params.field);
    expect(fields).toEqual([
      'settings.xi',
      'settings.kernelType',
      'settings.initPoints',
      'view.band',
      'hidden',
    ]);
    expect(p.study.settings.xi).toBe(DEFAULT_SETTINGS.xi);
    expect(p.study.settings.kernelType).toBe(DEFAULT_SETTINGS.kernelType);
    expect(p.study.settings.seed).toBe(study.settings.seed);
    expect(p.study.observations).toEqual(study.observations);
    expect(p.study.hidden).toEqual(['model']);
  });

  it('drops observations outside the box or of the wrong width, one issue each', () => {
    const study = randomStudy(createRng(2));
    const dims = 1;
    const s = {
      ...study,
      settings: DEFAULT_SETTINGS,
      observations: [
        { x: [0], y: 1, phase: 'init' as const },
        { x: [99], y: 1, phase: 'bo' as const },
        { x: [1], y: 2, phase: 'bo' as const },
      ],
      shown: 3,
    };
    const p = decodeStudy(encodeStudy(s));
    expect(p.objective.dims).toHaveLength(dims);
    expect(p.study.observations.map((o) => o.x[0])).toEqual([0, 1]);
    expect(p.issues.map((i) => i.code)).toEqual(['observationInvalid']);
    expect(p.study.shown).toBe(2);
    expect(p.issues[0]?.params.n).toBe(2);
  });

  it('falls back to the seed example and drops the points for an unknown objective or bad formula', () => {
    const s = randomStudy(createRng(4));
    for (const objective of [
      { kind: 'registry', id: 'no-such' },
      {
        kind: 'formula',
        source: 'x +* 2',
        dims: [{ name: 'x', min: 0, max: 1, scale: 'linear' }],
        goal: 'maximize',
      },
    ] as const) {
      const p = decodeStudy(encodeStudy({ ...s, settings: { ...s.settings, objective } }));
      expect(p.objective.id).toBe('bayes-opt-1d');
      expect(p.study.observations).toEqual([]);
      expect(p.fresh).toBe(true);
      expect(p.issues[0]?.code).toBe(
        objective.kind === 'registry' ? 'objectiveUnknown' : 'formulaInvalid',
      );
    }
  });

  it('puts the study in s and leaves other parameters and the hash alone', () => {
    const study = randomStudy(createRng(6));
    const link = linkFor(study, 'https://example.org/app/?embed=1&s=old#/lab/race');
    const url = new URL(link);
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.hash).toBe('#/lab/race');
    expect(studyFromSearch(url.search)?.study).toEqual(study);
    expect(studyFromSearch('?embed=1')).toBeNull();
    expect(base64urlToText(textToBase64url('한국어 ✓'))).toBe('한국어 ✓');
  });
});
