/**
 * What the share panel and notices do to the app's state: capture it, load a study, import
 * trials, autosave. Each failure becomes a notice; none can lose the study in memory.
 */
import * as H from '../store/history.ts';
import { useStore } from '../store/store.ts';
import { applyImport, type ImportMode } from './importStudy.ts';
import type { Issue } from './issues.ts';
import {
  browserStorage,
  saveToStorage,
  sessionFromText,
  sessionToText,
  type KeyValueStore,
} from './session.ts';
import { useShareStore } from './shareStore.ts';
import { captureStudy, loadedStudy, viewOf, type SharedStudy } from './studyState.ts';
import { importTrialsCsv } from './trials.ts';
import type { ParsedStudy } from './validate.ts';

/** Issues listed in one notice; the rest are counted. */
export const MAX_LISTED_ISSUES = 8;

/** The study on screen as shareable data, with the controls chosen to hide in links. */
export function currentStudy(): SharedStudy {
  return captureStudy(useStore.getState(), useShareStore.getState().classroomHide);
}

function load(parsed: ParsedStudy): void {
  useStore.getState().loadStudy(loadedStudy(parsed.study, parsed.objective, parsed.fresh));
  useShareStore.getState().setClassroomHide(parsed.study.hidden);
}

/** Loads a session file's text; a file that is not a session changes nothing. */
export function loadSessionText(text: string, name: string): void {
  const share = useShareStore.getState();
  const doc = sessionFromText(text);
  if ('error' in doc) {
    share.pushNotice({
      kind: 'file',
      tone: 'error',
      title: 'shareNoticeFileFailed',
      params: { name },
      issues: [doc.error],
    });
    return;
  }
  load(doc.parsed);
  share.dismiss('restore');
  share.pushNotice(
    doc.parsed.issues.length > 0
      ? {
          kind: 'file',
          tone: 'warning',
          title: 'shareNoticeFileTitle',
          params: { name },
          issues: doc.parsed.issues,
        }
      : {
          kind: 'file',
          tone: 'info',
          title: 'shareNoticeFileLoaded',
          params: { name },
          issues: [],
        },
  );
}

/** Restores the session offered at startup. */
export function restoreOffered(): void {
  const share = useShareStore.getState();
  const offer = share.restoreOffer;
  if (!offer) return;
  load(offer.parsed);
  share.setRestoreOffer(null);
  share.dismiss('restore');
}

/** Imports trials from CSV text into the study; bad rows are listed, good rows kept. */
export function importCsvText(text: string, name: string, mode: ImportMode): void {
  const share = useShareStore.getState();
  const app = useStore.getState();
  const imported = importTrialsCsv(text, app.objective.dims);
  const issues: Issue[] = [...imported.issues];
  if (imported.rows.length === 0) {
    share.pushNotice({
      kind: 'import',
      tone: 'error',
      title: 'shareNoticeImportNone',
      params: { name },
      issues,
    });
    return;
  }
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
  const params = { name, good: imported.rows.length, total: imported.total };
  share.pushNotice(
    issues.length > 0
      ? { kind: 'import', tone: 'warning', title: 'shareNoticeImportSomeBad', params, issues }
      : { kind: 'import', tone: 'info', title: 'shareNoticeImportDone', params, issues: [] },
  );
}

/** The trials shown (for exports). */
export function shownState() {
  return H.current(useStore.getState().history);
}

/**
 * Saves the session to storage a moment after each change (not on startup: opening a link must
 * not overwrite the session saved before). A refusal is said once, then again after a success.
 *
 * @returns a function that stops autosaving (and saves what is pending).
 */
export function startAutosave(
  delayMs = 800,
  storage: () => KeyValueStore | null = browserStorage,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failed = false;
  const save = () => {
    timer = undefined;
    let error: string | null;
    try {
      error = saveToStorage(storage(), sessionToText(currentStudy(), Date.now()));
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const share = useShareStore.getState();
    if (error !== null && !failed) {
      share.pushNotice({
        kind: 'storage',
        tone: 'warning',
        title: 'shareNoticeStorage',
        params: { detail: error },
        issues: [],
      });
    } else if (error === null && failed) {
      share.dismiss('storage');
    }
    failed = error !== null;
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  const unsubscribe = useStore.subscribe((s, p) => {
    if (
      s.history !== p.history ||
      s.settings !== p.settings ||
      s.showTruth !== p.showTruth ||
      s.band !== p.band ||
      s.sampleCount !== p.sampleCount ||
      s.compareAll !== p.compareAll ||
      s.slice !== p.slice
    )
      schedule();
  });
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      save();
    }
  };
  globalThis.addEventListener?.('pagehide', flush);
  return () => {
    unsubscribe();
    globalThis.removeEventListener?.('pagehide', flush);
    flush();
  };
}
