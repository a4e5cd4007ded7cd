import { describe, expect, it } from 'vitest';
import type { LoopState } from '../bo/types.ts';
import { getObjective } from '../objectives/registry.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import * as H from '../store/history.ts';
import { DEFAULT_SETTINGS, toLoopConfig } from '../store/settings.ts';
import { csvField, detectDelimiter, parseCsv } from './csv.ts';
import { applyImport } from './importStudy.ts';
import { importTrialsCsv, readNumber, trialsCsv, trialsJson } from './trials.ts';

const seed = getObjective('bayes-opt-1d') as Objective;
const lrwd = getObjective('synthetic-lr-wd') as Objective;
const X: Dim[] = [...seed.dims];

function stateOf(obj: Objective, rows: { x: number[]; y: number | null }[]): LoopState {
  return {
    config: toLoopConfig({ ...DEFAULT_SETTINGS }, obj),
    observations: rows.map((r, i) => ({
      x: r.x,
      y: r.y,
      phase: i < 2 ? 'init' : 'bo',
      ...(r.y === null ? { error: 'NaN, "quoted", here' } : {}),
    })),
  };
}

describe('CSV reading (RFC 4180)', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, CRLF or LF', () => {
    const t = parseCsv('a,b,c\r\n"1,5","say ""hi""","two\nlines"\n\n3,4,5\n');
    expect(t.rows.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1,5', 'say "hi"', 'two\nlines'],
      ['3', '4', '5'],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('detects semicolons, reads decimal commas only then, and reports an unclosed quote', () => {
    expect(detectDelimiter('x;value\n1,5;2')).toBe(';');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(readNumber('1,5', true)).toBe(1.5);
    expect(readNumber('1,5', false)).toBeNull();
    expect(readNumber(' -2.5e-3 ', false)).toBe(-0.0025);
    expect(readNumber('', false)).toBeNull();
    expect(readNumber('0x10', false)).toBeNull();
    expect(readNumber('-inf', false)).toBe(-Infinity);
    expect(parseCsv('a\n"open\n').unterminatedQuoteLine).toBe(2);
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });
});

describe('trial import', () => {
  it('keeps good rows and names row and column of each bad one', () => {
    const r = importTrialsCsv('x,value\n0.5,1.2\nabc,1\n7,0.5\n1,\n2,3\n', X);
    expect(r.rows.map((o) => [o.x[0], o.y])).toEqual([
      [0.5, 1.2],
      [2, 3],
    ]);
    expect(r.total).toBe(5);
    expect(r.issues).toEqual([
      { code: 'csvNotNumber', params: { row: 3, column: 'x', value: 'abc' } },
      { code: 'csvOutOfBounds', params: { row: 4, column: 'x', value: '7', min: -2, max: 6 } },
      { code: 'csvValueMissing', params: { row: 5, column: 'value', value: '' } },
    ]);
  });

  it('reads log dims in natural units and refuses values <= 0', () => {
    const r = importTrialsCsv('wd;lr;target\n0,001;0,01;0,9\n0;0.01;0.5\n', lrwd.dims);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.x[0]).toBeCloseTo(-2, 12);
    expect(r.rows[0]?.x[1]).toBeCloseTo(-3, 12);
    expect(r.issues[0]).toEqual({
      code: 'csvLogNotPositive',
      params: { row: 3, column: 'wd', value: '0' },
    });
  });

  it('refuses a file without the columns, naming what it found', () => {
    expect(importTrialsCsv('a,b\n1,2\n', X).issues[0]).toEqual({
      code: 'csvMissingColumn',
      params: { column: 'x', found: 'a, b' },
    });
    expect(importTrialsCsv('x\n1\n', X).issues[0]?.params.column).toBe('value');
    expect(importTrialsCsv('', X).issues[0]?.code).toBe('csvEmpty');
  });

  it('round-trips its own CSV export: coordinates, values and phases', () => {
    const rows = [
      { x: [-1.234567891234], y: 0.123456789012345 },
      { x: [5.9], y: -1e-12 },
      { x: [0.63], y: 1.7 },
    ];
    const state = stateOf(seed, rows);
    const back = importTrialsCsv(trialsCsv(state, seed.dims), seed.dims);
    expect(back.issues).toEqual([]);
    expect(back.rows.map((r) => ({ x: r.x, y: r.y, phase: r.phase }))).toEqual(
      state.observations.map((o) => ({ x: o.x, y: o.y, phase: o.phase })),
    );
    const logState = stateOf(lrwd, [{ x: [-2.5, -3.7], y: 0.9 }]);
    const logBack = importTrialsCsv(trialsCsv(logState, lrwd.dims), lrwd.dims);
    expect(logBack.rows[0]?.x[0]).toBeCloseTo(-2.5, 14);
  });

  it('exports failed points with their reason and JSON with natural units', () => {
    const state = stateOf(lrwd, [
      { x: [-2, -3], y: 0.5 },
      { x: [-4, -1], y: null },
    ]);
    const csv = trialsCsv(state, lrwd.dims);
    expect(csv.split('\r\n')[2]).toBe('2,0.0001,0.1,,init,0.5,"NaN, ""quoted"", here"');
    const json = JSON.parse(trialsJson(state, lrwd)) as { trials: { x: Record<string, number> }[] };
    expect(json.trials[0]?.x).toEqual({ lr: 0.01, wd: 0.001 });
  });

  it('add puts rows after the trials as manual; replace makes them the initial design', () => {
    const s = { ...DEFAULT_SETTINGS };
    const history = H.startHistory(toLoopConfig(s, seed), seed, 0);
    const imported = importTrialsCsv('x,value\n0,1\n1,2\n2,3\n', X);
    const add = applyImport(history, s, seed, imported, 'add');
    expect(H.current(add.history).observations.map((o) => o.phase)).toEqual([
      'init',
      'init',
      'manual',
      'manual',
      'manual',
    ]);
    expect(add.history.snapshots).toHaveLength(2);
    const rep = applyImport(history, s, seed, imported, 'replace');
    expect(H.current(rep.history).observations.map((o) => o.phase)).toEqual([
      'init',
      'init',
      'init',
    ]);
    expect(rep.settings.initPoints).toBe(3);
    expect(H.canStep(rep.history)).toBe(true);
  });
});
