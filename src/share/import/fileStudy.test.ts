import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { analysisFor } from '../../store/analysisCache.ts';
import { current } from '../../store/history.ts';
import { FILE_STUDY_ID } from '../../store/settings.ts';
import { resetStore, useStore } from '../../store/store.ts';
import { fileStudyOf } from './fileStudy.ts';
import { readImport } from './read.ts';
import { openFileStudy } from './openStudy.ts';
import type { ImportTable } from './table.ts';

const FIXTURES = resolve(__dirname, '../../../test/fixtures/import');
const optuna4d = (): ImportTable => {
  const t = readImport([
    { name: 'optuna-4d.csv', text: readFileSync(join(FIXTURES, 'optuna-4d.csv'), 'utf8') },
  ]);
  if ('code' in t) throw new Error(t.code);
  return t;
};
const get = () => useStore.getState();
const state = () => current(get().history);

beforeEach(() => resetStore());

describe('a file opened as a new study', () => {
  it('takes one dim per parameter column, bounds from the complete trials, log where it spans decades', () => {
    const s = fileStudyOf(optuna4d());
    if ('code' in s) throw new Error(s.code);
    expect(s.dims.map((d) => [d.name, d.scale])).toEqual([
      ['dropout', 'linear'],
      ['lr', 'log10'],
      ['units', 'linear'],
      ['wd', 'log10'],
    ]);
    const lr = s.dims[1]!;
    // The complete trials' smallest and largest lr (the PRUNED trial's 1.2e-5 does not count).
    expect(10 ** lr.min).toBeCloseTo(1.6699163556529113e-5, 15);
    expect(10 ** lr.max).toBeCloseTo(0.08844908029804724, 12);
    expect(s.dims[2]).toMatchObject({ min: 42, max: 244 });
    // Optuna's CSV does not say the direction: its own default, minimize.
    expect(s.goal).toBe('minimize');
    expect(s.goalFrom).toBe('default');
  });

  it('lets the user flip a scale and pick the goal', () => {
    const t = optuna4d();
    const lrCol = t.columns.indexOf('lr');
    const s = fileStudyOf(t, { flipped: new Set([lrCol]), goal: 'maximize' });
    if ('code' in s) throw new Error(s.code);
    expect(s.dims[1]).toMatchObject({ name: 'lr', scale: 'linear' });
    expect(s.guessedLog[1]).toBe(true);
    expect(s.goal).toBe('maximize');
  });

  it('names the value column from its name and drops constant and text columns, saying so', () => {
    const table: ImportTable = {
      format: 'csv',
      columns: ['lr', 'batch', 'opt', 'val-loss rate', 'loss'],
      bookkeeping: [],
      logColumns: [],
      decimalComma: false,
      issues: [],
      rows: [
        ['0.001', '32', 'adam', '1', '0.5'],
        ['0.01', '32', 'sgd', '3', '0.4'],
      ].map((cells, i) => ({ line: i + 2, cells, state: 'complete' as const, stateText: '' })),
    };
    const s = fileStudyOf(table);
    if ('code' in s) throw new Error(s.code);
    expect(s.goal).toBe('minimize');
    expect(s.goalFrom).toBe('file');
    expect(s.dims.map((d) => d.name)).toEqual(['lr', 'val_loss_rate']);
    expect(s.notes.map((n) => [n.code, n.params.column])).toEqual([
      ['studyColumnConstant', 'batch'],
      ['studyColumnText', 'opt'],
    ]);
  });

  it("reads a Keras Tuner folder's hyperparameters, their log sampling and its score's goal", () => {
    const dir = join(FIXTURES, 'keras-tuner/lr_wd_search');
    const files = readdirSync(dir).flatMap((t) =>
      statSync(join(dir, t)).isDirectory()
        ? readdirSync(join(dir, t)).map((f) => ({
            name: `lr_wd_search/${t}/${f}`,
            text: readFileSync(join(dir, t, f), 'utf8'),
          }))
        : [],
    );
    const table = readImport(files);
    if ('code' in table) throw new Error(table.code);
    const s = fileStudyOf(table);
    if ('code' in s) throw new Error(s.code);
    // Both are searched with `sampling: log` in the file; val_accuracy and val_loss are not inputs.
    expect(s.dims.map((d) => [d.name, d.scale])).toEqual([
      ['lr', 'log10'],
      ['wd', 'log10'],
    ]);
    expect(s.goal).toBe('maximize');
    expect(s.goalFrom).toBe('file');
  });

  it('refuses more than 10 parameters by their count', () => {
    const columns = [...Array.from({ length: 11 }, (_, k) => `p${k}`), 'value'];
    const table: ImportTable = {
      format: 'csv',
      columns,
      bookkeeping: [],
      logColumns: [],
      decimalComma: false,
      issues: [],
      rows: [0, 1].map((r) => ({
        line: r + 2,
        cells: columns.map((_, k) => String(r + k)),
        state: 'complete' as const,
        stateText: '',
      })),
    };
    expect(fileStudyOf(table)).toEqual({
      code: 'studyTooManyDims',
      params: { count: 11, max: 10 },
    });
  });

  it('opens in the store: complete rows as trials, FAIL as a failed point, PRUNED skipped', () => {
    expect(openFileStudy(optuna4d(), 'optuna-4d.csv')).toBe(true);
    expect(get().objective.id).toBe(FILE_STUDY_ID);
    expect(get().settings.objective).toMatchObject({ kind: 'study', name: 'optuna-4d.csv' });
    const obs = state().observations;
    expect(obs).toHaveLength(11);
    expect(obs.filter((o) => o.y === null)).toHaveLength(1);
    const notice = get().notices.at(-1);
    expect(notice?.issues.map((i) => i.code)).toEqual(['studyOpenedMin', 'importPruned']);
  });

  it('records a value at the suggested point; Step and map clicks evaluate nothing', () => {
    openFileStudy(optuna4d(), 'optuna-4d.csv');
    const before = state();
    const next = analysisFor(before).analysis.suggestion.proposal;
    get().step();
    get().probe(next.x);
    expect(state()).toBe(before);
    // A value that is not a number, or a point outside the box, changes nothing.
    expect(get().record(next.x, NaN, next.phase)).toBe(false);
    expect(
      get().record(
        next.x.map(() => 1e9),
        0.3,
        next.phase,
      ),
    ).toBe(false);
    expect(state()).toBe(before);
    expect(get().record(next.x, 0.25, next.phase)).toBe(true);
    expect(state().observations.at(-1)).toEqual({ x: next.x, y: 0.25, phase: next.phase });
    const after = analysisFor(state()).analysis.suggestion.proposal.x;
    expect(after).not.toEqual(next.x);
    // Back undoes it, as for a probe.
    get().back();
    expect(state()).toBe(before);
  });

  it('keeps every trial when a setting that restarts a formula study changes', () => {
    openFileStudy(optuna4d(), 'optuna-4d.csv');
    const observations = state().observations;
    get().setIterations(40);
    get().setInitPoints(7);
    get().setNoise(0.1);
    get().setSeed(9);
    get().setInitDesign('lhs');
    expect(state().observations).toEqual(observations);
    expect(get().settings).toMatchObject({ iterations: 40, initPoints: 7, noise: 0.1, seed: 9 });
    expect(state().config.seed).toBe(9);
  });
});
