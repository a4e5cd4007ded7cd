/**
 * Startup: the study named by the address (`s`, in the query or the fragment), which wins over
 * anything saved; the session saved in this browser is offered for restoring either way (never
 * loaded silently, never written over unseen), and one that cannot be read is handed back with
 * its reasons.
 */
import { issue } from '../i18n/issues.ts';
import { LINK_PARAM, studyFromLocation } from './linkCodec.ts';
import { readLinkParam } from './linkAddress.ts';
import { wroteToAddress } from './addressBar.ts';
import { browserStorage, readStoredSessions, type KeyValueStore } from './session.ts';
import { type LoadedStudy, useStore } from '../store/store.ts';
import { offerOf } from './sessionOffer.ts';
import { loadedStudy } from './studyState.ts';

/** The link value this page opened with: a different one pasted into the fragment reloads. */
let openedWith: string | null = null;

/** Tells the user what this browser holds: a session to restore, or one it could not read. */
function offerStored(storage: KeyValueStore | null): void {
  const share = useStore.getState();
  const stored = readStoredSessions(storage);
  if (stored.offer) {
    share.setRestoreOffer(offerOf(stored.offer));
    share.pushNotice({
      kind: 'restore',
      tone: 'info',
      title: 'shareNoticeRestoreOffer',
      issues: [],
    });
  }
  if (stored.unread) {
    const { doc, ...unread } = stored.unread;
    share.setUnread({ ...unread, offer: doc && offerOf(doc) }, stored.hold);
    share.pushNotice({
      kind: 'unread',
      tone: 'warning',
      title: stored.unread.doc ? 'shareNoticeUnreadPart' : 'shareNoticeUnreadNone',
      issues: stored.unread.issues,
    });
  }
}

/** The study to start with, or null for the defaults. Never throws. */
export function bootStudy(
  search = globalThis.location?.search ?? '',
  hash = globalThis.location?.hash ?? '',
  storage: KeyValueStore | null = browserStorage(),
): LoadedStudy | null {
  const share = useStore.getState();
  try {
    openedWith = readLinkParam(LINK_PARAM, search, hash);
    offerStored(storage);
    const parsed = studyFromLocation(search, hash);
    if (parsed) {
      if (parsed.issues.length > 0) {
        share.pushNotice({
          kind: 'link',
          tone: 'warning',
          title: 'shareNoticeLinkTitle',
          issues: parsed.issues,
        });
      }
      if (parsed.study.hidden.length > 0) {
        share.setHidden(parsed.study.hidden);
        share.setClassroomHide(parsed.study.hidden);
        share.pushNotice({ kind: 'hidden', tone: 'info', title: 'shareNoticeHidden', issues: [] });
      }
      return loadedStudy(parsed.study, parsed.objective, parsed.fresh);
    }
  } catch (e) {
    // A bug here must not keep the app from opening: show the defaults and say so.
    share.pushNotice({
      kind: 'link',
      tone: 'warning',
      title: 'shareNoticeLinkTitle',
      issues: [issue('garbled', { detail: e instanceof Error ? e.message : String(e) })],
    });
  }
  return null;
}

/**
 * Opens a link pasted over this page's address. A long link keeps its study in the fragment,
 * and a browser that sees only the fragment change does not load the page: reload it, so the
 * link opens exactly as in a new tab (and the work on screen is saved on the way out).
 *
 * @returns a function that stops following.
 */
export function followPastedLinks(): () => void {
  const check = () => {
    const loc = globalThis.location;
    if (!loc) return;
    const value = readLinkParam(LINK_PARAM, loc.search, loc.hash);
    // The address bar follows the study (studyAddress.ts): a value written there is no new link.
    if (value !== null && value !== openedWith && !wroteToAddress(LINK_PARAM, value)) loc.reload();
  };
  // At mount too: the link may have been pasted while another screen was showing.
  check();
  globalThis.addEventListener?.('hashchange', check);
  return () => globalThis.removeEventListener?.('hashchange', check);
}
