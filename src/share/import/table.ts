/**
 * A file of trials from any tool, read into one shape before the user maps its columns: named
 * columns of text cells, one row per trial with the state the tool gave it. Only `complete` rows
 * become observations; `failed` ones become failed points; the others are listed with a reason.
 */
import type { Goal } from '../../objectives/types.ts';
import type { Issue } from '../../i18n/issues.ts';

/** A trial's state as the importer treats it (the tool's own word is kept for messages). */
export type TrialState = 'complete' | 'failed' | 'pruned' | 'unfinished';

export interface ImportRow {
  /** 1-based line (CSV) or trial number (JSON), for messages. */
  readonly line: number;
  readonly cells: readonly string[];
  readonly state: TrialState;
  /** The tool's word for the state (COMPLETE, PRUNED, INVALID…), or '' when it gives none. */
  readonly stateText: string;
}

export type ImportFormat = 'csv' | 'optuna' | 'keras' | 'appJson';

export interface ImportTable {
  readonly format: ImportFormat;
  /** Column names as the user should see them (Optuna's `params_lr` reads `lr`). */
  readonly columns: readonly string[];
  /** Columns that hold bookkeeping (Optuna's datetime_*, Keras' trial_id): never inputs. */
  readonly bookkeeping: readonly number[];
  /** Columns the file says are searched on a log scale (Keras Tuner's `sampling: log`). */
  readonly logColumns: readonly number[];
  /** The column the tool says is the objective, and its direction, where it says so. */
  readonly value?: { readonly column: number; readonly goal: Goal | null };
  readonly rows: readonly ImportRow[];
  /** Read decimal commas (a `;` or tab separated spreadsheet file). */
  readonly decimalComma: boolean;
  /** Problems with the file as a whole (an unclosed quote). */
  readonly issues: readonly Issue[];
}

/**
 * Whether a column's values suggest a log10 dimension: all positive and spanning at least two
 * decades (a learning rate from 1e-5 to 1e-1), which Optuna's CSV cannot say itself.
 */
export function suggestsLog10(values: readonly number[]): boolean {
  if (values.length < 2 || values.some((v) => !(v > 0) || !Number.isFinite(v))) return false;
  return Math.log10(Math.max(...values) / Math.min(...values)) >= 2;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON scalar as a table cell; anything else (null, an object) as an empty cell. */
export const cellOf = (v: unknown): string =>
  typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? String(v) : '';
