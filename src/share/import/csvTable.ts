/**
 * CSV files of trials into an ImportTable: the app's own export, a spreadsheet's (`sep=;`,
 * decimal commas, a BOM, tabs) and Optuna's `study.trials_dataframe().to_csv()`, whose columns
 * are `number, value | values_0.., datetime_*, duration, params_<name>, user_attrs_*,
 * system_attrs_*, state` after pandas' unnamed index column.
 */
import { issue } from '../../i18n/issues.ts';
import { parseCsv } from '../csv.ts';
import type { ImportRow, ImportTable, TrialState } from './table.ts';

const OPTUNA_STATES: Readonly<Record<string, TrialState>> = {
  COMPLETE: 'complete',
  FAIL: 'failed',
  PRUNED: 'pruned',
  RUNNING: 'unfinished',
  WAITING: 'unfinished',
};

const BOOKKEEPING =
  /^(|number|datetime_.*|duration|user_attrs_.*|system_attrs_.*|state|n|best_so_far|error|trial_id)$/i;

export function csvTable(text: string): ImportTable | null {
  const table = parseCsv(text);
  const [header, ...data] = table.rows;
  if (!header) return null;
  const raw = header.fields.map((f) => f.trim());
  const optuna = raw.some((n) => n.startsWith('params_')) && raw.includes('state');
  const columns = raw.map((n) => (optuna && n.startsWith('params_') ? n.slice(7) : n));
  const stateCol = optuna ? raw.indexOf('state') : -1;
  // The app's own export: a failed evaluation has an error and no value.
  const errorCol = optuna ? -1 : raw.indexOf('error');
  const rows: ImportRow[] = data.map(({ fields, line }) => {
    if (errorCol >= 0 && (fields[errorCol] ?? '').trim() !== '') {
      return { line, cells: fields, state: 'failed', stateText: 'error' };
    }
    const stateText = stateCol >= 0 ? (fields[stateCol] ?? '').trim() : '';
    const state: TrialState =
      stateCol < 0 ? 'complete' : (OPTUNA_STATES[stateText.toUpperCase()] ?? 'unfinished');
    return { line, cells: fields, state, stateText };
  });
  const bookkeeping = raw.flatMap((n, i) =>
    optuna
      ? n.startsWith('params_')
        ? []
        : n === 'value' || /^values_\d+$/.test(n)
          ? []
          : [i]
      : BOOKKEEPING.test(n)
        ? [i]
        : [],
  );
  const valueCol = optuna ? raw.findIndex((n) => n === 'value' || n === 'values_0') : -1;
  return {
    format: optuna ? 'optuna' : 'csv',
    columns,
    bookkeeping,
    logColumns: [],
    ...(valueCol >= 0 ? { value: { column: valueCol, goal: null } } : {}),
    rows,
    decimalComma: table.delimiter !== ',',
    issues:
      table.unterminatedQuoteLine !== undefined
        ? [issue('csvQuote', { row: table.unterminatedQuoteLine })]
        : [],
  };
}
