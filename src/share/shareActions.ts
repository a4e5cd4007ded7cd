/**
 * What the share panel and notices do to the app's state: capture it, load a study, import
 * trials, autosave. Each failure becomes a notice; none can lose the study in memory.
 */
import * as H from '../store/history.ts';
import type { ImportMode } from './importStudy.ts';
import { importFiles } from './import/importFiles.ts';
import { downloadText } from './download.ts';
import {
  browserStorage,
  removeFromStorage,
  saveToStorage,
  sessionFromText,
  sessionToText,
  type KeyValueStore,
} from './session.ts';
import { captureStudy, loadedStudy, type SharedStudy } from './studyState.ts';
import type { ParsedStudy } from './validate.ts';
import { useStore } from '../store/store.ts';

/** Issues listed in one notice; the rest are counted. */
export const MAX_LISTED_ISSUES = 8;

/** The study on screen as shareable data, with the controls chosen to hide in links. */
export function currentStudy(): SharedStudy {
  return captureStudy(useStore.getState(), useStore.getState().classroomHide);
}

function load(parsed: ParsedStudy): void {
  useStore.getState().loadStudy(loadedStudy(parsed.study, parsed.objective, parsed.fresh));
}

/** Loads a session file's text; a file that is not a session changes nothing. */
export function loadSessionText(text: string, name: string): void {
  const share = useStore.getState();
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
  const share = useStore.getState();
  const offer = share.restoreOffer;
  if (!offer) return;
  share.loadStudy(offer.study());
  share.setRestoreOffer(null);
  share.dismiss('restore');
}

/**
 * Restores what can be read of the stored session that failed validation; the fields it could
 * not use keep their defaults and stay listed. The damaged text is then given up (the user chose).
 */
export function restoreUnread(storage: KeyValueStore | null = browserStorage()): void {
  const share = useStore.getState();
  const u = share.unread;
  if (!u?.offer) return;
  share.loadStudy(u.offer.study());
  removeFromStorage(storage, u.key);
  share.setUnread(u, false);
  if (u.issues.length === 0) share.dismiss('unread');
  else {
    share.pushNotice({
      kind: 'unread',
      tone: 'warning',
      title: 'shareNoticeUnreadRestored',
      issues: u.issues,
    });
  }
}

/** Saves the stored text that could not be read as a file, as it is. */
export function downloadUnread(): void {
  const share = useStore.getState();
  const u = share.unread;
  if (!u) return;
  downloadText('bo-playground-saved-session.json', u.text, 'application/json');
  // It is safe in a file now: autosave may write over the only stored copy.
  share.setUnread(u, false);
}

/** Deletes the stored text that could not be read, at the user's word. */
export function discardUnread(storage: KeyValueStore | null = browserStorage()): void {
  const share = useStore.getState();
  const u = share.unread;
  if (!u) return;
  removeFromStorage(storage, u.key);
  share.setUnread(null, false);
  share.dismiss('unread');
}

/** Imports trials from a file's text into the study; bad rows are listed, good rows kept. */
export function importCsvText(text: string, name: string, mode: ImportMode): void {
  importFiles([{ text, name }], mode);
}

/** The trials shown (for exports). */
export function shownState() {
  return H.current(useStore.getState().history);
}

/** Longest an evaluation waits to be saved (Play steps come every few hundred ms). */
export const EVALUATION_SAVE_MS = 100;

/**
 * Saves the session to storage a moment after each change (not on startup: opening a link must
 * not overwrite the session saved before). A debounce alone would never fire while Play steps
 * faster than it (a crash would lose everything since Play began), so a change waits at most
 * `maxWaitMs`, and a new evaluation at most EVALUATION_SAVE_MS. Nothing is written while a stored
 * session that could not be read waits for the user's choice (the store's `autosaveHeld`). A
 * refusal is said once, then again after a success.
 *
 * @returns a function that stops autosaving (and saves what is pending).
 */
export function startAutosave(
  delayMs = 800,
  storage: () => KeyValueStore | null = browserStorage,
  maxWaitMs = 2000,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending save must happen at the latest. */
  let deadline = Infinity;
  let failed = false;
  let pending = false;
  const save = () => {
    timer = undefined;
    deadline = Infinity;
    const share = useStore.getState();
    if (share.autosaveHeld) {
      pending = true;
      return;
    }
    pending = false;
    let error: string | null;
    try {
      error = saveToStorage(storage(), sessionToText(currentStudy(), Date.now()));
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
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
  const schedule = (evaluation: boolean) => {
    const now = Date.now();
    if (timer === undefined) deadline = now + maxWaitMs;
    if (evaluation) deadline = Math.min(deadline, now + EVALUATION_SAVE_MS);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, Math.max(0, Math.min(now + delayMs, deadline) - now));
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
    ) {
      const evaluated =
        s.history !== p.history &&
        H.current(s.history).observations.length !== H.current(p.history).observations.length;
      schedule(evaluated);
    }
  });
  // What waited behind the hold is saved as soon as the user has chosen.
  const unsubscribeShare = useStore.subscribe((s, p) => {
    if (p.autosaveHeld && !s.autosaveHeld && pending) schedule(true);
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
    unsubscribeShare();
    globalThis.removeEventListener?.('pagehide', flush);
    flush();
  };
}
