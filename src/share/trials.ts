/**
 * Trials in and out: CSV and JSON exports of the evaluations, and a CSV import that turns a
 * practitioner's own results into observations, with an issue per bad row (good rows are kept).
 * Coordinates are in natural units in files (a learning rate of 0.001, not -3): what a person
 * reads in the table and types in a spreadsheet.
 */
import { bestIndex } from '../bo/modelData.ts';
import type { LoopState } from '../bo/types.ts';
import { toNaturalValue } from '../objectives/evaluate.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import { toCsv } from './csv.ts';
import { issue } from '../i18n/issues.ts';
import { csvTable } from './import/csvTable.ts';
import { guessMapping } from './import/mapping.ts';
import { rowsFromTable, type ImportedRows } from './import/rows.ts';

export { readNumber, type ImportedRows } from './import/rows.ts';

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

/**
 * Reads trials for `dims` from CSV text (the app's own, a spreadsheet's or Optuna's): a header
 * row naming each dimension and a value column, then one row per trial. Rows outside the bounds,
 * with a missing or unreadable cell, a log10 coordinate <= 0, or a trial that did not finish are
 * reported and skipped; the columns are matched by name (mapping.ts).
 */
export function importTrialsCsv(text: string, dims: readonly Dim[]): ImportedRows {
  const table = csvTable(text);
  if (!table) return { rows: [], issues: [issue('csvEmpty')], total: 0 };
  const guess = guessMapping(table, dims);
  if (!guess.mapping) return { rows: [], issues: guess.issues.slice(0, 1), total: 0 };
  return rowsFromTable(table, guess.mapping, dims);
}
