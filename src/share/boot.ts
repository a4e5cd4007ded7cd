/**
 * Startup: the study named by the URL (`?s=`), which wins over anything saved; without one, the
 * session saved in this browser is offered for restoring (never loaded silently).
 */
import { issue } from './issues.ts';
import { studyFromSearch } from './linkCodec.ts';
import { browserStorage, loadFromStorage } from './session.ts';
import { useShareStore } from './shareStore.ts';
import { loadedStudy, type LoadedStudy } from './studyState.ts';

/** The study to start with, or null for the defaults. Never throws. */
export function bootStudy(search = globalThis.location?.search ?? ''): LoadedStudy | null {
  const share = useShareStore.getState();
  try {
    const parsed = studyFromSearch(search);
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
    const saved = loadFromStorage(browserStorage());
    if (saved && saved.parsed.issues.length === 0) {
      share.setRestoreOffer(saved);
      share.pushNotice({
        kind: 'restore',
        tone: 'info',
        title: 'shareNoticeRestoreOffer',
        issues: [],
      });
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
