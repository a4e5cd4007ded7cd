/**
 * The app's own "Export JSON" (trials.ts `trialsJson`) back into an ImportTable: a column per
 * dimension (natural units), the value and the phase; a trial with `y: null` failed.
 */
import { cellOf, isRecord, type ImportRow, type ImportTable } from './table.ts';

/** Whether parsed JSON is the app's trials export. */
export function isAppTrials(v: unknown): v is Record<string, unknown> {
  return isRecord(v) && Array.isArray(v.trials) && Array.isArray(v.dims);
}

export function appJsonTable(doc: Record<string, unknown>): ImportTable {
  const dims = (doc.dims as unknown[]).flatMap((d) =>
    isRecord(d) && typeof d.name === 'string' ? [d.name] : [],
  );
  const columns = [...dims, 'value', 'phase'];
  const rows: ImportRow[] = (doc.trials as unknown[]).map((t, i) => {
    const trial = isRecord(t) ? t : {};
    const x = isRecord(trial.x) ? trial.x : {};
    const failed = trial.y === null;
    return {
      line: typeof trial.n === 'number' ? trial.n : i + 1,
      cells: [...dims.map((d) => cellOf(x[d])), cellOf(trial.y), cellOf(trial.phase)],
      state: failed ? 'failed' : 'complete',
      stateText: failed ? 'error' : '',
    };
  });
  const goal = doc.goal === 'minimize' || doc.goal === 'maximize' ? doc.goal : null;
  return {
    format: 'appJson',
    columns,
    bookkeeping: [],
    logColumns: [],
    value: { column: dims.length, goal },
    rows,
    decimalComma: false,
    issues: [],
  };
}
