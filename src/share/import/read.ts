/**
 * Picked files into one ImportTable, whatever tool wrote them: a CSV (the app's, a spreadsheet's,
 * Optuna's), the app's trials JSON, or Keras Tuner trial.json files (one, several, or a project
 * folder, of which only the trial.json files are read).
 */
import { issue, type Issue } from '../../i18n/issues.ts';
import { appJsonTable, isAppTrials } from './appJson.ts';
import { csvTable } from './csvTable.ts';
import { isKerasTrial, kerasTable } from './keras.ts';
import type { ImportTable } from './table.ts';

export interface PickedFile {
  readonly name: string;
  readonly text: string;
}

const looksJson = (text: string) => /^\uFEFF?\s*[{[]/.test(text);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

export function readImport(files: readonly PickedFile[]): ImportTable | Issue {
  // A Keras Tuner project folder holds oracle.json, checkpoints… beside each trial's trial.json.
  // Browsers list a folder's files in no set order: rows are numbered in path order.
  const trialFiles = files
    .filter((f) => /(^|\/)trial\.json$/i.test(f.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const picked = files.length > 1 && trialFiles.length > 0 ? trialFiles : files;
  if (picked.length === 0 || picked.every((f) => f.text.trim() === '')) return issue('csvEmpty');
  if (picked.length === 1 && !looksJson((picked[0] as PickedFile).text)) {
    return csvTable((picked[0] as PickedFile).text) ?? issue('csvEmpty');
  }
  const docs = picked.map((f) => ({ name: f.name, doc: parseJson(f.text) }));
  const bad = docs.find((d) => d.doc === undefined);
  if (bad) return issue('importNotJson', { name: bad.name });
  if (docs.length === 1 && isAppTrials(docs[0]?.doc)) {
    return appJsonTable(docs[0]?.doc as Record<string, unknown>);
  }
  const other = docs.find((d) => !isKerasTrial(d.doc));
  if (other) return issue('importUnknownJson', { name: other.name });
  return kerasTable(docs.map((d, i) => ({ trial: d.doc as Record<string, unknown>, line: i + 1 })));
}
