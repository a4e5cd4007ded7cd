import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import type { Dim } from '../objectives/types.ts';
import {
  DEFAULT_SETTINGS,
  FILE_STUDY_ID,
  hasNoFormula,
  resolveObjective,
  type ObjectiveChoice,
} from '../store/settings.ts';
import { decodeStudy, encodeStudy } from './linkCodec.ts';
import { sessionFromText, sessionToText } from './session.ts';
import { issueText } from './shareText.ts';
import type { SharedStudy } from './studyState.ts';
import { DEFAULT_VIEW } from './validate.ts';

const dims: Dim[] = [
  { name: 'lr', min: -5, max: -1, scale: 'log10' },
  { name: 'wd', min: -6, max: -2, scale: 'log10' },
  { name: 'dropout', min: 0, max: 0.5, scale: 'linear' },
  { name: 'units', min: 16, max: 256, scale: 'linear' },
];

function shared(objective: unknown, d = 4): SharedStudy {
  const observations = [
    { x: [-3, -4, 0.2, 64].slice(0, d), y: 0.91, phase: 'init' as const },
    { x: [-2, -5, 0.1, 128].slice(0, d), y: null, phase: 'init' as const },
    { x: [-4, -3, 0.4, 200].slice(0, d), y: 0.85, phase: 'manual' as const },
  ];
  return {
    settings: { ...DEFAULT_SETTINGS, objective: objective as ObjectiveChoice },
    observations,
    shown: observations.length,
    view: DEFAULT_VIEW,
    hidden: [],
  };
}

const choice: ObjectiveChoice = {
  kind: 'study',
  name: 'optuna_trials.csv',
  dims,
  goal: 'maximize',
};

describe('a study from a file, without a formula', () => {
  it('resolves to an objective that has no formula and evaluates to NaN', () => {
    const o = resolveObjective(choice);
    if (typeof o === 'string') throw new Error(o);
    expect(o.id).toBe(FILE_STUDY_ID);
    expect(hasNoFormula(o)).toBe(true);
    expect(o.title).toBe('optuna_trials.csv');
    expect(o.dims).toEqual(dims);
    expect(o.formula).toBeUndefined();
    expect(Number.isNaN(o.f([-3, -4, 0.2, 64]))).toBe(true);
    // The same choice gives the same object (the store compares objectives by identity).
    expect(resolveObjective({ ...choice, dims: [...dims] })).toBe(o);
  });

  it('travels through a link and a saved session unchanged, trials and all', () => {
    const s = shared(choice);
    for (const parsed of [
      decodeStudy(encodeStudy(s)),
      (() => {
        const doc = sessionFromText(sessionToText(s, 0));
        if ('error' in doc) throw new Error(doc.error.code);
        return doc.parsed;
      })(),
    ]) {
      expect(parsed.issues).toEqual([]);
      expect(parsed.study.settings.objective).toEqual(choice);
      expect(parsed.objective.id).toBe(FILE_STUDY_ID);
      expect(parsed.study.observations.map((o) => o.y)).toEqual([0.91, null, 0.85]);
    }
  });

  it.each([
    [{ ...choice, name: 7 }, /its name must be text/],
    [{ ...choice, dims: 'lr' }, /its dimensions are not a list/],
    [{ ...choice, goal: 'best' }, /its goal must be 'maximize' or 'minimize'/],
    [{ ...choice, dims: [...dims, { ...dims[0], name: 'lr' }] }, /the name 'lr' is used twice/],
  ])('refuses a damaged one with a sentence saying what is wrong (%#)', (bad, detail) => {
    const parsed = decodeStudy(encodeStudy(shared(bad)));
    expect(parsed.objective.id).not.toBe(FILE_STUDY_ID);
    const found = parsed.issues.find((i) => i.code === 'studyInvalid');
    expect(found, JSON.stringify(parsed.issues)).toBeDefined();
    if (!found) return;
    expect(issueText(MESSAGES.en, found)).toMatch(detail);
    expect(issueText(MESSAGES.en, found)).toMatch(/^The study from a file cannot be opened/);
    expect(issueText(MESSAGES.ko, found)).toMatch(/파일에서 가져온 연구를 열 수 없어/);
  });

  it('refuses more than 10 dims by their count, as for a formula', () => {
    const many = Array.from({ length: 11 }, (_, k) => ({ ...dims[2]!, name: `p${k}` }));
    const parsed = decodeStudy(encodeStudy(shared({ ...choice, dims: many })));
    expect(parsed.issues.find((i) => i.code === 'dimsTooMany')?.params).toMatchObject({
      count: 11,
      appMax: 10,
    });
  });

  it('a link to a 3-D formula now opens as it is', () => {
    const parsed = decodeStudy(
      encodeStudy(
        shared(
          {
            kind: 'formula',
            source: 'lr + wd + dropout',
            dims: dims.slice(0, 3),
            goal: 'maximize',
          },
          3,
        ),
      ),
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.objective.dims.map((d) => d.name)).toEqual(['lr', 'wd', 'dropout']);
    expect(parsed.study.observations).toHaveLength(3);
  });
});
