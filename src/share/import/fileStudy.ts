/**
 * A file whose parameters are not the study's, opened as a new study without a formula: one dim
 * per numeric parameter column (Optuna's `params_` prefix is already gone, Keras Tuner's
 * hyperparameter names are its columns), bounds from the complete trials, log10 where the file
 * says so or the values span two decades or more, and the goal from the value column's name.
 * Pure: the mapping dialog previews it and importFiles applies it.
 */
import { clip, issue, type Issue } from '../../i18n/issues.ts';
import { MAX_APP_DIMS, validateDims } from '../../objectives/dims.ts';
import type { Dim, Goal } from '../../objectives/types.ts';
import { candidateColumns, goalOfName, VALUE_NAMES, type ColumnMapping } from './mapping.ts';
import { readNumber } from './rows.ts';
import { suggestsLog10, type ImportTable } from './table.ts';

export interface FileStudyChoice {
  /** The value column (defaults to the one the file or the names point at). */
  readonly value?: number;
  /** The goal the user picked; otherwise the value column's name decides. */
  readonly goal?: Goal;
  /** Columns the user toggled from the guessed scale (log10 <-> linear). */
  readonly flipped?: ReadonlySet<number>;
}

export interface FileStudy {
  readonly dims: readonly Dim[];
  readonly goal: Goal;
  /** Where the goal came from: the file or its value column's name, or a default. */
  readonly goalFrom: 'file' | 'default';
  readonly mapping: ColumnMapping;
  /** Columns left out, each with its reason (a constant or a text column). */
  readonly notes: readonly Issue[];
  /** The guessed scale of each dim's column before the user's toggles (for the dialog). */
  readonly guessedLog: readonly boolean[];
}

/** Numbers of a column in the rows that count for the bounds: the complete trials. */
function completeValues(table: ImportTable, col: number): (number | null)[] {
  return table.rows
    .filter((r) => r.state === 'complete')
    .map((r) => readNumber(r.cells[col] ?? '', table.decimalComma));
}

/** A column name as a dim name a formula could use: letters, digits and _, unique. */
function dimName(column: string, taken: ReadonlySet<string>): string {
  let base = column.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 30) || 'p';
  if (!/^[A-Za-z_]/.test(base)) base = `p_${base}`.slice(0, 30);
  let name = base;
  for (let k = 2; taken.has(name) || validateDims([unit(name)]) !== undefined; k++) {
    name = `${base.slice(0, 28)}_${k}`;
  }
  return name;
}

const unit = (name: string): Dim => ({ name, min: 0, max: 1, scale: 'linear' });

/** The value column: the one the file names, else the first the names suggest. */
export function valueColumn(table: ImportTable): number {
  if (table.value) return table.value.column;
  for (const v of VALUE_NAMES) {
    const c = table.columns.findIndex((n) => n.toLowerCase() === v.name);
    if (c >= 0) return c;
  }
  return -1;
}

/**
 * The study a file describes, or the issue that refuses it (no value column, no numeric parameter,
 * more than MAX_APP_DIMS parameters).
 */
export function fileStudyOf(table: ImportTable, choice: FileStudyChoice = {}): FileStudy | Issue {
  const value = choice.value ?? valueColumn(table);
  const found = clip(table.columns.filter((n) => n !== '').join(', ')) || '—';
  if (value < 0) return issue('csvMissingColumn', { column: 'value', found });
  const isValueName = (c: number) =>
    VALUE_NAMES.some((v) => v.name === (table.columns[c] ?? '').toLowerCase());
  const notes: Issue[] = [];
  const params: { col: number; lo: number; hi: number; log: boolean; guessed: boolean }[] = [];
  for (const col of candidateColumns(table)) {
    // Other value-like columns (a second objective, the loss beside the accuracy) are not inputs.
    if (col === value || isValueName(col)) continue;
    const column = table.columns[col] ?? '';
    const values = completeValues(table, col);
    if (values.length === 0) continue;
    if (values.some((v) => v === null || !Number.isFinite(v))) {
      notes.push(issue('studyColumnText', { column: clip(column) }));
      continue;
    }
    const nums = values as number[];
    const lo = Math.min(...nums);
    const hi = Math.max(...nums);
    if (!(lo < hi)) {
      notes.push(issue('studyColumnConstant', { column: clip(column), value: lo }));
      continue;
    }
    const guessed = table.logColumns.includes(col) || suggestsLog10(nums);
    params.push({
      col,
      lo,
      hi,
      guessed,
      log: guessed !== (choice.flipped?.has(col) ?? false) && lo > 0,
    });
  }
  if (params.length === 0) return issue('studyNoParams', { found });
  if (params.length > MAX_APP_DIMS) {
    return issue('studyTooManyDims', { count: params.length, max: MAX_APP_DIMS });
  }
  const taken = new Set<string>();
  const dims = params.map((p): Dim => {
    const name = dimName(table.columns[p.col] ?? '', taken);
    taken.add(name);
    return p.log
      ? { name, min: Math.log10(p.lo), max: Math.log10(p.hi), scale: 'log10' }
      : { name, min: p.lo, max: p.hi, scale: 'linear' };
  });
  const named =
    table.value?.column === value ? table.value.goal : goalOfName(table.columns[value] ?? '');
  // Optuna's own default direction is minimize; other files default to the app's maximize.
  const fallback: Goal = table.format === 'optuna' ? 'minimize' : 'maximize';
  const goal = choice.goal ?? named ?? fallback;
  return {
    dims,
    goal,
    goalFrom: choice.goal || named ? 'file' : 'default',
    mapping: { inputs: params.map((p) => p.col), value, goal },
    notes,
    guessedLog: params.map((p) => p.guessed),
  };
}
