/**
 * Which column feeds which dimension of the study and which holds the value: guessed from the
 * names (Optuna's `params_lr` is `lr`; `loss` is a value to minimize), and asked of the user
 * (ImportMapping.tsx) when the names do not settle it.
 */
import { clip, issue, type Issue } from '../../i18n/issues.ts';
import type { Dim, Goal } from '../../objectives/types.ts';
import type { ImportTable } from './table.ts';

/** Value column names, most specific first; a loss is minimized, an accuracy maximized. */
export const VALUE_NAMES: readonly { readonly name: string; readonly goal: Goal | null }[] = [
  { name: 'value', goal: null },
  { name: 'values_0', goal: null },
  { name: 'y', goal: null },
  { name: 'target', goal: null },
  { name: 'objective', goal: null },
  { name: 'f', goal: null },
  { name: 'score', goal: null },
  { name: 'val_accuracy', goal: 'maximize' },
  { name: 'accuracy', goal: 'maximize' },
  { name: 'val_loss', goal: 'minimize' },
  { name: 'loss', goal: 'minimize' },
];

export interface ColumnMapping {
  /** For each dimension of the study, in order, the column that feeds it. */
  readonly inputs: readonly number[];
  readonly value: number;
  /** What the value column's name says of the goal (loss: minimize), or null. */
  readonly goal: Goal | null;
}

export interface MappingGuess {
  /** The guess, or null when some dimension or the value has no column to read. */
  readonly mapping: ColumnMapping | null;
  /** Why there is no mapping (the column missing, the names found). */
  readonly issues: readonly Issue[];
  /** The names leave a choice the user should make (two value columns, an unnamed input). */
  readonly ambiguous: boolean;
}

/** The goal a column's name implies, for the notice ("loss: smaller is better"). */
export function goalOfName(name: string): Goal | null {
  return VALUE_NAMES.find((v) => v.name === name.toLowerCase())?.goal ?? null;
}

/** The column named `wanted`: an exact match first, then one that differs only in case. */
function findColumn(columns: readonly string[], wanted: string): number {
  const exact = columns.indexOf(wanted);
  return exact >= 0 ? exact : columns.findIndex((c) => c.toLowerCase() === wanted.toLowerCase());
}

/** Columns that could be a value or an input: not bookkeeping, not the phase, named. */
export function candidateColumns(table: ImportTable): number[] {
  return table.columns.flatMap((c, i) =>
    c !== '' && c.toLowerCase() !== 'phase' && !table.bookkeeping.includes(i) ? [i] : [],
  );
}

export function guessMapping(table: ImportTable, dims: readonly Dim[]): MappingGuess {
  const { columns } = table;
  const found = clip(columns.filter((n) => n !== '').join(', ')) || '—';
  const issues: Issue[] = [];
  const valueCols = VALUE_NAMES.map((v) => findColumn(columns, v.name)).filter((c) => c >= 0);
  const value = table.value?.column ?? valueCols[0] ?? -1;
  const inputs = dims.map((d) => findColumn(columns, d.name));
  for (const [k, c] of inputs.entries()) {
    const name = (dims[k] as Dim).name;
    if (c < 0) issues.push(issue('csvMissingColumn', { column: name, found }));
    else if (columns.filter((n) => n === columns[c]).length > 1) {
      issues.push(issue('csvDuplicateColumn', { column: name }));
    }
  }
  if (value < 0) issues.push(issue('csvMissingColumn', { column: 'value', found }));
  const used = new Set([...inputs, value]);
  const spare = candidateColumns(table).filter((c) => !used.has(c));
  const ambiguous =
    (table.value === undefined && new Set(valueCols).size > 1) ||
    (issues.length > 0 && spare.length > 0);
  if (issues.length > 0) return { mapping: null, issues, ambiguous };
  const goal = table.value?.goal ?? goalOfName(columns[value] ?? '');
  return { mapping: { inputs, value, goal }, issues: [], ambiguous };
}
