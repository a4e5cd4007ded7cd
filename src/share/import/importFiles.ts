/**
 * Picked files into the study: read whatever tool wrote them (read.ts), match their columns to
 * the study's dimensions (mapping.ts), ask the user when the names leave a choice, then add or
 * replace the trials. Every row left out is listed in the import notice with its reason.
 */
import { issue, type Issue } from '../../i18n/issues.ts';
import type { Goal } from '../../objectives/types.ts';
import { useStore } from '../../store/store.ts';
import { applyImport, type ImportMode } from '../importStudy.ts';
import { viewOf } from '../studyState.ts';
import {
  candidateColumns,
  guessMapping,
  type ColumnMapping,
  type MappingGuess,
} from './mapping.ts';
import { readImport, type PickedFile } from './read.ts';
import { rowsFromTable } from './rows.ts';
import type { ImportTable } from './table.ts';

/** A file whose columns wait for the user to map them (ImportMapping.tsx). */
export interface PendingImport {
  readonly table: ImportTable;
  readonly name: string;
  readonly mode: ImportMode;
  readonly guess: MappingGuess;
}

/** More columns than this are not offered in a mapping dialog (a list no one can read). */
const MAX_MAPPED_COLUMNS = 60;

/** What a notice calls the picked files: the file, or the folder they came from. */
export function pickedName(files: readonly PickedFile[]): string {
  const first = files[0]?.name ?? '';
  if (files.length <= 1) return first;
  const folder = first.includes('/') ? first.slice(0, first.indexOf('/') + 1) : '';
  return folder !== '' && files.every((f) => f.name.startsWith(folder))
    ? folder
    : `${first} +${files.length - 1}`;
}

/** Says that nothing of the picked files was imported, and why. */
export function refuse(name: string, issues: readonly Issue[]): void {
  useStore.getState().pushNotice({
    kind: 'import',
    tone: 'error',
    title: 'shareNoticeImportNone',
    params: { name },
    issues: issues.length > 0 ? issues : [issue('csvNoRows')],
  });
}

/**
 * Reads and imports `files`. When the column names leave a choice (two value columns, a
 * dimension no column is named for) and `ask` is given, the file waits for the user's mapping.
 */
export function importFiles(
  files: readonly PickedFile[],
  mode: ImportMode,
  ask?: (pending: PendingImport) => void,
): void {
  const name = pickedName(files);
  const table = readImport(files);
  if ('code' in table) return refuse(name, [table]);
  const guess = guessMapping(table, useStore.getState().objective.dims);
  if (ask && guess.ambiguous && candidateColumns(table).length <= MAX_MAPPED_COLUMNS) {
    return ask({ table, name, mode, guess });
  }
  if (!guess.mapping) return refuse(name, guess.issues.slice(0, 1));
  finishImport(table, guess.mapping, name, mode);
}

/** Notes on the value column: which it was and which way is better, and a goal that differs. */
function valueNotes(column: string, fileGoal: Goal | null, goal: Goal): Issue[] {
  if (fileGoal === null) return [];
  const said = issue(fileGoal === 'minimize' ? 'importValueMinimize' : 'importValueMaximize', {
    column,
  });
  return fileGoal === goal ? [said] : [said, issue('importGoalDiffers', { column })];
}

export function finishImport(
  table: ImportTable,
  mapping: ColumnMapping,
  name: string,
  mode: ImportMode,
): void {
  const app = useStore.getState();
  const imported = rowsFromTable(table, mapping, app.objective.dims);
  if (imported.rows.length === 0) return refuse(name, imported.issues);
  const { settings, history } = applyImport(
    app.history,
    app.settings,
    app.objective,
    imported,
    mode,
  );
  app.loadStudy({
    settings,
    objective: app.objective,
    history,
    budgetEdited: app.budgetEdited || settings !== app.settings,
    view: viewOf(app),
  });
  const column = table.columns[mapping.value] ?? 'value';
  const notes = valueNotes(column, mapping.goal, app.objective.goal);
  const issues = [...imported.issues, ...notes];
  const params = { name, good: imported.rows.length, total: imported.total };
  // A note on the value column is not a skipped row: the title says so only for bad rows.
  const skipped = imported.issues.length > 0;
  app.pushNotice({
    kind: 'import',
    tone: skipped || notes.length > 1 ? 'warning' : 'info',
    title: skipped ? 'shareNoticeImportSomeBad' : 'shareNoticeImportDone',
    params,
    issues,
  });
}
