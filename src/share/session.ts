/**
 * Sessions: a study saved as a JSON file or in the browser's localStorage. Both hold the same
 * versioned document, `{format, version, savedAt, study}`, read back through the same
 * field-by-field validation as a link. Storage may refuse (quota, private mode, disabled
 * cookies): every access is guarded and reports failure instead of throwing.
 */
import { issue, type Issue } from './issues.ts';
import type { SharedStudy } from './studyState.ts';
import { parseStudy, studyToJson, type ParsedStudy } from './validate.ts';

export const SESSION_FORMAT = 'bo-playground-session';
export const SESSION_VERSION = 1;
export const SESSION_KEY = 'bo-playground.session';
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
  if (text.length > MAX_SESSION_BYTES) return { error: issue('garbled') };
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

/** Minimal Storage, so tests can pass a fake that throws. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's localStorage, or null where even reading the property throws. */
export function browserStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Saves; returns the error's text when storage refuses (quota, private mode). */
export function saveToStorage(store: KeyValueStore | null, text: string): string | null {
  if (!store) return 'storage unavailable';
  try {
    store.setItem(SESSION_KEY, text);
    return null;
  } catch (e) {
    return e instanceof Error ? e.name || e.message : String(e);
  }
}

/** The saved session, null when there is none or it cannot be read. */
export function loadFromStorage(store: KeyValueStore | null): SessionDocument | null {
  if (!store) return null;
  let text: string | null;
  try {
    text = store.getItem(SESSION_KEY);
  } catch {
    return null;
  }
  if (text === null) return null;
  const doc = sessionFromText(text);
  return 'error' in doc ? null : doc;
}
