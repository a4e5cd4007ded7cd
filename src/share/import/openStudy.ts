/**
 * Opens an imported file as a new study without a formula (fileStudy.ts): the study's objective
 * becomes the file's parameters, its trials the file's rows (failed ones as failed points; pruned
 * and unfinished ones listed as skipped), and the notice says what was made of each column.
 */
import { issue, type Issue } from '../../i18n/issues.ts';
import { defaultBudget, resolveObjective, type ObjectiveChoice } from '../../store/settings.ts';
import { useStore } from '../../store/store.ts';
import { applyImport } from '../importStudy.ts';
import { viewOf } from '../studyState.ts';
import { fileStudyOf, type FileStudyChoice } from './fileStudy.ts';
import { refuse } from './importFiles.ts';
import { rowsFromTable } from './rows.ts';
import type { ImportTable } from './table.ts';

/** Longest study name kept from a file name (validate.ts refuses longer ones in links). */
const MAX_NAME = 120;

/** Opens the table as a new study; false (with a notice saying why) when it cannot be. */
export function openFileStudy(
  table: ImportTable,
  name: string,
  choice: FileStudyChoice = {},
): boolean {
  const study = fileStudyOf(table, choice);
  if ('code' in study) {
    refuse(name, [study]);
    return false;
  }
  const objectiveChoice: ObjectiveChoice = {
    kind: 'study',
    name: name.slice(0, MAX_NAME),
    dims: study.dims,
    goal: study.goal,
  };
  const objective = resolveObjective(objectiveChoice);
  if (typeof objective === 'string') {
    refuse(name, [issue('studyInvalid', { detail: objective })]);
    return false;
  }
  const imported = rowsFromTable(table, study.mapping, study.dims);
  if (imported.rows.length === 0) {
    refuse(name, imported.issues);
    return false;
  }
  const app = useStore.getState();
  const base = { ...app.settings, objective: objectiveChoice, ...defaultBudget(study.dims.length) };
  const { settings, history } = applyImport(app.history, base, objective, imported, 'replace');
  app.loadStudy({ settings, objective, history, budgetEdited: false, view: viewOf(app) });
  const column = table.columns[study.mapping.value] ?? 'value';
  const opened: Issue = issue(study.goal === 'minimize' ? 'studyOpenedMin' : 'studyOpenedMax', {
    dims: study.dims.map((d) => d.name).join(', '),
    column,
  });
  const skipped = imported.issues.length > 0 || study.notes.length > 0;
  app.pushNotice({
    kind: 'import',
    tone: skipped ? 'warning' : 'info',
    title: imported.issues.length > 0 ? 'shareNoticeImportSomeBad' : 'shareNoticeImportDone',
    params: { name, good: imported.rows.length, total: imported.total },
    issues: [opened, ...study.notes, ...imported.issues],
  });
  return true;
}
