import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getObjective } from '../../objectives/registry.ts';
import type { Objective } from '../../objectives/types.ts';
import { parseCsv } from '../csv.ts';
import { csvTable } from './csvTable.ts';
import { guessMapping } from './mapping.ts';
import { readImport, type PickedFile } from './read.ts';
import { rowsFromTable } from './rows.ts';
import { suggestsLog10, type ImportTable } from './table.ts';

const FIXTURES = resolve(__dirname, '../../../test/fixtures/import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const lrwd = getObjective('synthetic-lr-wd') as Objective;
const seed = getObjective('bayes-opt-1d') as Objective;

/** A folder as <input webkitdirectory> gives it: every file, with its path under the folder. */
function folder(dir: string): PickedFile[] {
  const out: PickedFile[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ name: relative(join(dir, '..'), p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

function asTable(t: ImportTable | { code: string }): ImportTable {
  if ('code' in t) throw new Error(`not read: ${t.code}`);
  return t;
}

function importInto(files: PickedFile[], o: Objective) {
  const table = asTable(readImport(files));
  const guess = guessMapping(table, o.dims);
  if (!guess.mapping) throw new Error(JSON.stringify(guess.issues));
  return { table, guess, rows: rowsFromTable(table, guess.mapping, o.dims) };
}

describe('CSV dialects', () => {
  it('reads a sep=; first line, a BOM, CRLF, tabs and quoted separators', () => {
    const t = parseCsv('\uFEFFsep=;\r\na;b\r\n"1;2";3\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows.map((r) => [r.fields, r.line])).toEqual([
      [['a', 'b'], 2],
      [['1;2', '3'], 3],
    ]);
    expect(parseCsv('a\tb\n1,5\t2\n').rows[1]?.fields).toEqual(['1,5', '2']);
    expect(csvTable('a\tb\n1,5\t2\n')?.decimalComma).toBe(true);
    expect(csvTable('a,b\n1,2\n')?.decimalComma).toBe(false);
  });

  it('an Excel sep=; file with decimal commas and a BOM imports, naming its bad row', () => {
    const { rows, guess } = importInto(
      [{ name: 'x.csv', text: fixture('excel-semicolon.csv') }],
      lrwd,
    );
    expect(guess.mapping?.goal).toBe('maximize');
    expect(rows.rows.map((r) => r.y)).toEqual([0.86, 0.47, 0.64]);
    expect(rows.rows[0]?.x[0]).toBeCloseTo(Math.log10(0.003), 12);
    expect(rows.issues).toEqual([
      { code: 'csvNotNumber', params: { row: 6, column: 'lr', value: 'abc' } },
    ]);
    expect(rows.total).toBe(4);
  });
});

describe('Optuna trials_dataframe().to_csv() (made by real Optuna 3.1)', () => {
  const text = fixture('optuna-study.csv');

  it('reads params_* as the parameters and value as the value', () => {
    const table = asTable(readImport([{ name: 'o.csv', text }]));
    expect(table.format).toBe('optuna');
    expect(table.columns).toContain('lr');
    expect(table.columns).toContain('wd');
    const guess = guessMapping(table, lrwd.dims);
    expect(guess.ambiguous).toBe(false);
    expect(guess.mapping?.value).toBe(table.columns.indexOf('value'));
  });

  it('COMPLETE rows become observations, FAIL a failed point, PRUNED is left out with its row', () => {
    const { rows } = importInto([{ name: 'o.csv', text }], lrwd);
    const csv = parseCsv(text).rows.slice(1);
    const state = (r: { fields: readonly string[] }) => r.fields.at(-1);
    expect(rows.rows).toHaveLength(7);
    expect(rows.rows.filter((r) => r.y === null)).toHaveLength(1);
    expect(rows.rows.filter((r) => r.y !== null)).toHaveLength(
      csv.filter((r) => state(r) === 'COMPLETE').length,
    );
    const pruned = csv.find((r) => state(r) === 'PRUNED');
    expect(rows.issues).toEqual([
      { code: 'importPruned', params: { row: pruned?.line ?? -1, state: 'PRUNED' } },
    ]);
    // lr is read in natural units into the log10 dimension.
    const lr0 = Number(csv[0]?.fields[6]);
    expect(rows.rows[0]?.x[0]).toBeCloseTo(Math.log10(lr0), 12);
  });

  it('RUNNING rows are left out as unfinished', () => {
    const running = text.replace(/COMPLETE(\r?\n)?$/, 'RUNNING$1');
    const { rows } = importInto([{ name: 'o.csv', text: running }], lrwd);
    expect(rows.issues.map((i) => i.code)).toEqual(['importPruned', 'importUnfinished']);
  });
});

describe('Keras Tuner trial.json (a project folder)', () => {
  const files = folder(join(FIXTURES, 'keras-tuner/lr_wd_search'));

  it('reads only the trial.json files of a folder, score as the value, log sampling noted', () => {
    expect(files.some((f) => f.name.endsWith('oracle.json'))).toBe(true);
    const { table, rows, guess } = importInto(files, lrwd);
    expect(table.format).toBe('keras');
    expect(table.logColumns.map((c) => table.columns[c])).toEqual(['lr', 'wd']);
    expect(table.columns[guess.mapping?.value ?? -1]).toBe('score');
    expect(guess.mapping?.goal).toBe('maximize');
    // Three COMPLETED trials with their score, one INVALID as a failed point, RUNNING left out.
    expect(rows.rows.map((r) => r.y)).toEqual([0.86, 0.47, 0.64, null]);
    expect(rows.issues).toEqual([
      { code: 'importUnfinished', params: { row: 5, state: 'RUNNING' } },
    ]);
  });

  it('a single trial.json imports too', () => {
    const one = files.filter((f) => f.name.endsWith('trial_00/trial.json'));
    expect(importInto(one, lrwd).rows.rows.map((r) => r.y)).toEqual([0.86]);
  });
});

describe("the app's own exports", () => {
  it('its trials JSON imports back, with the failed point kept', () => {
    const { rows } = importInto([{ name: 'a.json', text: fixture('app-trials.json') }], seed);
    expect(rows.issues).toEqual([]);
    expect(
      rows.rows.map((r) => [r.x[0], r.y === null ? null : Number(r.y.toFixed(3)), r.phase]),
    ).toEqual([
      [-1, 0.5, 'init'],
      [0.5, 1.581, 'init'],
      [2, 0.568, 'init'],
      [3.5, null, 'bo'],
      [5, 0.057, 'bo'],
    ]);
  });

  it('JSON that is neither is refused by name; broken JSON says so', () => {
    expect(readImport([{ name: 's.json', text: '{"version":1}' }])).toEqual({
      code: 'importUnknownJson',
      params: { name: 's.json' },
    });
    expect(readImport([{ name: 'b.json', text: '{"trials": [' }])).toEqual({
      code: 'importNotJson',
      params: { name: 'b.json' },
    });
  });
});

describe('column roles', () => {
  it('a loss column is minimized; two value columns leave the choice to the user', () => {
    const loss = guessMapping(
      asTable(readImport([{ name: 'l.csv', text: 'x,loss\n1,2\n' }])),
      seed.dims,
    );
    expect(loss.mapping?.goal).toBe('minimize');
    expect(loss.ambiguous).toBe(false);
    const two = guessMapping(
      asTable(readImport([{ name: 'l.csv', text: 'x,accuracy,loss\n1,0.9,2\n' }])),
      seed.dims,
    );
    expect(two.ambiguous).toBe(true);
  });

  it('a parameter no column is named for asks for a mapping when other columns could be it', () => {
    const g = guessMapping(
      asTable(readImport([{ name: 'm.csv', text: 'rate,value\n1,2\n' }])),
      seed.dims,
    );
    expect(g.mapping).toBeNull();
    expect(g.ambiguous).toBe(true);
    expect(g.issues[0]?.code).toBe('csvMissingColumn');
  });

  it('suggests log10 for positive values spanning two decades', () => {
    expect(suggestsLog10([1e-5, 3e-4, 1e-2])).toBe(true);
    expect(suggestsLog10([0.1, 0.5, 9])).toBe(false);
    expect(suggestsLog10([0, 1, 100])).toBe(false);
  });
});
