/**
 * Trials in and out: CSV and JSON exports of the evaluations, and a CSV import that turns a
 * practitioner's own results into observations, with an issue per bad row (good rows are kept).
 * Coordinates are in natural units in files (a learning rate of 0.001, not -3): what a person
 * reads in the table and types in a spreadsheet.
 */
import { bestIndex } from '../bo/modelData.ts';
import type { LoopState, Phase } from '../bo/types.ts';
import { fromNaturalValue, toNaturalValue } from '../objectives/evaluate.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import { parseCsv, toCsv } from './csv.ts';
import { clip, issue, type Issue } from '../i18n/issues.ts';
import type { SharedObservation } from './studyState.ts';
import { MAX_OBSERVATIONS } from './validate.ts';

/** Names a value column may have: ours, bayes_opt's ("target"), Optuna's and common ones. */
const VALUE_NAMES = ['value', 'y', 'target', 'objective', 'f', 'score'];

const num = (v: number): string => (Number.isNaN(v) ? '' : String(v));

/**
 * A coordinate for a file: linear ones exactly; log10 ones as 10^v to 15 digits, so that 10^-4
 * reads 0.0001 and not 0.00009999999999999999 (re-read, the exponent moves by < 1e-15).
 */
function fileValue(d: Dim, v: number): number {
  return d.scale === 'log10' ? Number(toNaturalValue(d, v).toPrecision(15)) : v;
}

/** Best value so far after each evaluation, in the goal's sense (null until one succeeds). */
function runningBest(state: LoopState): (number | null)[] {
  const sign = state.config.goal === 'minimize' ? -1 : 1;
  let best: number | null = null;
  return state.observations.map((o) => {
    if (o.y !== null && (best === null || sign * o.y > sign * best)) best = o.y;
    return best;
  });
}

/** The trials as CSV: n, one column per dimension (natural units), value, phase, best, error. */
export function trialsCsv(state: LoopState, dims: readonly Dim[]): string {
  const best = runningBest(state);
  const rows = [['n', ...dims.map((d) => d.name), 'value', 'phase', 'best_so_far', 'error']];
  state.observations.forEach((o, i) => {
    rows.push([
      String(i + 1),
      ...dims.map((d, k) => num(fileValue(d, o.x[k] as number))),
      o.y === null ? '' : num(o.y),
      o.phase,
      best[i] === null || best[i] === undefined ? '' : num(best[i]),
      o.error ?? '',
    ]);
  });
  return toCsv(rows);
}

/** The trials as JSON, with the objective and goal so the file explains itself. */
export function trialsJson(state: LoopState, objective: Objective): string {
  const best = bestIndex(state.observations, state.config.goal);
  const data = {
    objective: { id: objective.id, title: objective.title, formula: objective.formula ?? null },
    goal: objective.goal,
    dims: objective.dims.map((d) => ({ name: d.name, min: d.min, max: d.max, scale: d.scale })),
    note: 'x is in natural units (10^v for a log10 dimension); y is null for a failed evaluation.',
    best: best >= 0 ? best + 1 : null,
    trials: state.observations.map((o, i) => ({
      n: i + 1,
      x: Object.fromEntries(objective.dims.map((d, k) => [d.name, fileValue(d, o.x[k] as number)])),
      y: o.y !== null && !Number.isFinite(o.y) ? String(o.y) : o.y,
      phase: o.phase,
      ...(o.error ? { error: o.error } : {}),
    })),
  };
  return JSON.stringify(data, null, 2) + '\n';
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A cell as a number, or null; a decimal comma is read when the separator is ';'. */
export function readNumber(cell: string, decimalComma: boolean): number | null {
  let s = cell.trim();
  if (decimalComma && /^[^.]*,[^,]*$/.test(s)) s = s.replace(',', '.');
  if (NUMBER.test(s)) return Number(s);
  const inf = /^([+-]?)(inf|infinity)$/i.exec(s);
  if (inf) return inf[1] === '-' ? -Infinity : Infinity;
  return null;
}

export interface ImportedRows {
  /** The good rows, in search units, in file order. */
  readonly rows: readonly (SharedObservation & { readonly phaseGiven: boolean })[];
  /** What was wrong, one issue per bad row (and per problem with the header). */
  readonly issues: readonly Issue[];
  /** Data rows read (good and bad). */
  readonly total: number;
}

const PHASES: Readonly<Record<string, Phase>> = { init: 'init', bo: 'bo', manual: 'manual' };

/**
 * Reads trials for `dims` from CSV text: a header row naming each dimension (as in the trials
 * table) and a value column, then one row per evaluation. Rows outside the bounds, with a
 * missing or unreadable cell, or a log10 coordinate <= 0 are reported and skipped.
 */
export function importTrialsCsv(text: string, dims: readonly Dim[]): ImportedRows {
  const table = parseCsv(text);
  const issues: Issue[] = [];
  const none = (i: Issue): ImportedRows => ({ rows: [], issues: [i], total: 0 });
  const [header, ...data] = table.rows;
  if (!header) return none(issue('csvEmpty'));
  const names = header.fields.map((f) => f.trim());
  const find = (wanted: readonly string[]) => {
    for (const w of wanted) {
      const exact = names.indexOf(w);
      if (exact >= 0) return exact;
    }
    const lower = wanted.map((w) => w.toLowerCase());
    return names.findIndex((n) => lower.includes(n.toLowerCase()));
  };
  const found = clip(names.filter((n) => n !== '').join(', ')) || '—';
  const dimCols: number[] = [];
  for (const d of dims) {
    const c = find([d.name]);
    if (c < 0) return none(issue('csvMissingColumn', { column: d.name, found }));
    if (names.filter((n) => n === names[c]).length > 1) {
      return none(issue('csvDuplicateColumn', { column: d.name }));
    }
    dimCols.push(c);
  }
  const valueCol = find(VALUE_NAMES);
  if (valueCol < 0) return none(issue('csvMissingColumn', { column: 'value', found }));
  const phaseCol = find(['phase']);
  // Without this, the notice would end at its colon with nothing after it.
  if (data.length === 0) return none(issue('csvNoRows'));
  const decimalComma = table.delimiter === ';';

  const rows: (SharedObservation & { phaseGiven: boolean })[] = [];
  for (const { fields, line } of data) {
    if (rows.length >= MAX_OBSERVATIONS) {
      issues.push(issue('csvTooManyRows', { max: MAX_OBSERVATIONS, row: line }));
      break;
    }
    const problem = readRow(fields, line, dims, dimCols, valueCol, phaseCol, decimalComma);
    if ('code' in problem) issues.push(problem);
    else rows.push(problem);
  }
  if (table.unterminatedQuoteLine !== undefined) {
    issues.push(issue('csvQuote', { row: table.unterminatedQuoteLine }));
  }
  return { rows, issues, total: data.length };
}

function readRow(
  fields: readonly string[],
  line: number,
  dims: readonly Dim[],
  dimCols: readonly number[],
  valueCol: number,
  phaseCol: number,
  decimalComma: boolean,
): Issue | (SharedObservation & { phaseGiven: boolean }) {
  const x: number[] = [];
  for (let k = 0; k < dims.length; k++) {
    const d = dims[k] as Dim;
    const cell = fields[dimCols[k] as number] ?? '';
    const v = readNumber(cell, decimalComma);
    if (v === null || !Number.isFinite(v)) {
      return issue(cell.trim() === '' ? 'csvValueMissing' : 'csvNotNumber', {
        row: line,
        column: d.name,
        value: clip(cell.trim()),
      });
    }
    if (d.scale === 'log10' && v <= 0) {
      return issue('csvLogNotPositive', { row: line, column: d.name, value: clip(cell.trim()) });
    }
    const lo = toNaturalValue(d, d.min);
    const hi = toNaturalValue(d, d.max);
    const slack = 1e-9 * (hi - lo);
    if (v < lo - slack || v > hi + slack) {
      return issue('csvOutOfBounds', {
        row: line,
        column: d.name,
        value: clip(cell.trim()),
        min: lo,
        max: hi,
      });
    }
    // Clamp the slack away: the loop's box is closed.
    x.push(Math.min(d.max, Math.max(d.min, fromNaturalValue(d, v))));
  }
  const cell = fields[valueCol] ?? '';
  const y = readNumber(cell, decimalComma);
  if (y === null) {
    return issue(cell.trim() === '' ? 'csvValueMissing' : 'csvNotNumber', {
      row: line,
      column: 'value',
      value: clip(cell.trim()),
    });
  }
  const p = phaseCol >= 0 ? (fields[phaseCol] ?? '').trim().toLowerCase() : '';
  if (p !== '' && PHASES[p] === undefined) {
    return issue('csvPhase', { row: line, value: clip(p) });
  }
  return { x, y, phase: PHASES[p] ?? 'manual', phaseGiven: p !== '' };
}
