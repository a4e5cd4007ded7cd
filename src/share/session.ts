/**
 * Sessions: a study saved as a JSON file or in the browser's localStorage. Both hold the same
 * versioned document, `{format, version, savedAt, study}`, read back through the same
 * field-by-field validation as a link. Storage may refuse (quota, private mode, disabled
 * cookies): every access is guarded and reports failure instead of throwing.
 */
import { issue, type Issue } from '../i18n/issues.ts';
import type { SharedStudy } from './studyState.ts';
import { parseStudy, studyToJson, type ParsedStudy } from './validate.ts';

export const SESSION_FORMAT = 'bo-playground-session';
export const SESSION_VERSION = 1;
export const SESSION_KEY = 'bo-playground.session';
/**
 * Where a stored session that could not be read is moved, so that autosave can go on without
 * writing over it; it stays there until the user restores, downloads or discards it.
 */
export const UNREAD_KEY = 'bo-playground.session.unread';
/** Largest session file read (a 1,000-point 20-D study is well under 1 MB). */
export const MAX_SESSION_BYTES = 5_000_000;

export interface SessionDocument {
  readonly parsed: ParsedStudy;
  /** When it was saved (ms since 1970), if the document says. */
  readonly savedAt: number | null;
}

export function sessionToText(study: SharedStudy, savedAt: number): string {
  const doc = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    savedAt: new Date(savedAt).toISOString(),
    study: studyToJson(study),
  };
  return JSON.stringify(doc, null, 1) + '\n';
}

/** A session from file or storage text, or the issue that makes it unreadable. */
export function sessionFromText(text: string): SessionDocument | { readonly error: Issue } {
  if (text.length > MAX_SESSION_BYTES) {
    return {
      error: issue('tooLarge', { size: megabytes(text.length), max: megabytes(MAX_SESSION_BYTES) }),
    };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { error: issue('garbled') };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return { error: issue('notStudy') };
  const d = doc as Record<string, unknown>;
  if (d.format !== SESSION_FORMAT) return { error: issue('notStudy') };
  if (d.version !== SESSION_VERSION) {
    return { error: issue('version', { version: String(d.version), supported: SESSION_VERSION }) };
  }
  const t = typeof d.savedAt === 'string' ? Date.parse(d.savedAt) : NaN;
  return { parsed: parseStudy(d.study), savedAt: Number.isFinite(t) ? t : null };
}

/** "6.2 MB": a size for a message (text length, close enough to bytes for a JSON file). */
function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}

/** Minimal Storage, so tests can pass a fake that throws. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'> &
  Partial<Pick<Storage, 'removeItem'>>;

/** The browser's localStorage, or null where even reading the property throws. */
export function browserStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Saves; returns the error's text when storage refuses (quota, private mode). */
export function saveToStorage(
  store: KeyValueStore | null,
  text: string,
  key = SESSION_KEY,
): string | null {
  if (!store) return 'storage unavailable';
  try {
    store.setItem(key, text);
    return null;
  } catch (e) {
    return e instanceof Error ? e.name || e.message : String(e);
  }
}

function read(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

/** Removes a key; false when storage refuses. */
export function removeFromStorage(store: KeyValueStore | null, key: string): boolean {
  try {
    if (store?.removeItem) store.removeItem(key);
    else store?.setItem(key, '');
    return store !== null;
  } catch {
    return false;
  }
}

/**
 * A stored session that cannot be restored as it is: its text (kept for downloading), why, and
 * what of it can be used (null when nothing can).
 */
export interface UnreadSession {
  readonly text: string;
  readonly issues: readonly Issue[];
  readonly doc: SessionDocument | null;
  /** The key it is kept under now. */
  readonly key: string;
}

/** What this browser holds: a session to offer, and a damaged one to hand back. */
export interface StoredSessions {
  readonly offer: SessionDocument | null;
  readonly unread: UnreadSession | null;
  /**
   * True when the damaged text still lives only under SESSION_KEY (it could not be moved aside):
   * autosave must not write until the user has chosen what to do with it.
   */
  readonly hold: boolean;
}

function judge(text: string, key: string): { doc: SessionDocument } | { unread: UnreadSession } {
  const doc = sessionFromText(text);
  if ('error' in doc) return { unread: { text, issues: [doc.error], doc: null, key } };
  if (doc.parsed.issues.length > 0)
    return { unread: { text, issues: doc.parsed.issues, doc, key } };
  return { doc };
}

/**
 * Reads the saved session. One that fails validation is moved to UNREAD_KEY (where autosave
 * never writes) and reported; if it cannot be moved, `hold` asks autosave to wait. A text moved
 * aside on an earlier visit is reported again until the user deals with it.
 */
export function readStoredSessions(store: KeyValueStore | null): StoredSessions {
  const none: StoredSessions = { offer: null, unread: null, hold: false };
  if (!store) return none;
  const aside = read(store, UNREAD_KEY) || null;
  const text = read(store, SESSION_KEY);
  const main = text ? judge(text, SESSION_KEY) : null;
  const offer = main && 'doc' in main ? main.doc : null;
  if (main && 'unread' in main) {
    // A slot already in use keeps what it holds: this text waits under SESSION_KEY instead.
    const moved =
      aside === text ||
      (aside === null && saveToStorage(store, main.unread.text, UNREAD_KEY) === null);
    if (moved) {
      return { offer, unread: { ...main.unread, key: UNREAD_KEY }, hold: false };
    }
    return { offer, unread: main.unread, hold: true };
  }
  if (aside !== null) {
    const old = judge(aside, UNREAD_KEY);
    // Readable now (another version of the app may have written it) but still the user's to choose.
    const unread =
      'unread' in old ? old.unread : { text: aside, issues: [], doc: old.doc, key: UNREAD_KEY };
    return { offer, unread, hold: false };
  }
  return { offer, unread: null, hold: false };
}
