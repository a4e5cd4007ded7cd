import { useMessages } from '../i18n/locale.ts';
import { fillTemplate } from '../plots/format.ts';
import { downloadText } from './download.ts';
import { sessionToText } from './session.ts';
import {
  currentStudy,
  discardUnread,
  downloadUnread,
  MAX_LISTED_ISSUES,
  restoreOffered,
  restoreUnread,
} from './shareActions.ts';
import { type Notice } from '../store/shareSlice.ts';
import { issueText, quotedParams } from './shareText.ts';
import './share.css';
import { useStore } from '../store/store.ts';

function when(ms: number): string {
  try {
    return new Date(ms).toLocaleString(globalThis.document?.documentElement.lang || undefined);
  } catch {
    return new Date(ms).toISOString();
  }
}

function NoticeView({ n }: { readonly n: Notice }) {
  const t = useMessages();
  const share = useStore.getState();
  const offer = useStore((s) => s.restoreOffer);
  const unread = useStore((s) => s.unread);
  const held = useStore((s) => s.autosaveHeld);
  // Once restored, only the download stays: the choice is made.
  const undecided = n.kind === 'unread' && n.title !== 'shareNoticeUnreadRestored';
  const title =
    n.kind === 'restore' && offer?.savedAt != null
      ? fillTemplate(t.shareNoticeRestoreWhen, { when: when(offer.savedAt) })
      : fillTemplate(t[n.title], quotedParams(n.params ?? {}));
  const listed = n.issues.slice(0, MAX_LISTED_ISSUES);
  const more = n.issues.length - listed.length;
  return (
    <div className={`share-notice tone-${n.tone}`} role={n.tone === 'info' ? 'status' : 'alert'}>
      <div className="share-notice-body">
        <p>{title}</p>
        {n.kind === 'unread' && held && <p>{t.shareNoticeUnreadHeld}</p>}
        {listed.length > 0 && (
          <ul>
            {listed.map((i, k) => (
              <li key={k}>{issueText(t, i)}</li>
            ))}
            {more > 0 && <li>{fillTemplate(t.shareNoticeImportMore, { count: more })}</li>}
          </ul>
        )}
      </div>
      <div className="share-notice-actions">
        {n.kind === 'restore' && offer && (
          <button type="button" className="primary" onClick={restoreOffered}>
            {t.shareRestore}
          </button>
        )}
        {undecided && unread?.offer && (
          <button type="button" className="primary" onClick={() => restoreUnread()}>
            {t.shareUnreadRestore}
          </button>
        )}
        {n.kind === 'unread' && unread && (
          <button type="button" onClick={downloadUnread}>
            {t.shareUnreadDownload}
          </button>
        )}
        {undecided && unread && (
          <button type="button" onClick={() => discardUnread()}>
            {t.shareUnreadDiscard}
          </button>
        )}
        {n.kind === 'storage' && (
          <button
            type="button"
            className="primary"
            onClick={() =>
              downloadText(
                'bo-playground-session.json',
                sessionToText(currentStudy(), Date.now()),
                'application/json',
              )
            }
          >
            {t.shareSaveFile}
          </button>
        )}
        {n.kind === 'hidden' && (
          <button
            type="button"
            onClick={() => {
              share.setHidden([]);
              share.dismiss('hidden');
            }}
          >
            {t.shareShowAll}
          </button>
        )}
        {/* Held, the notice stays until a choice is made: dismissing it would leave autosave off. */}
        {!(n.kind === 'unread' && held) && (
          <button type="button" onClick={() => share.dismiss(n.kind)}>
            {t.shareDismiss}
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * The share area's notices (a damaged link, an import's bad rows, a storage that refuses, a session
 * to restore). Notices only: autosave and pasted links are the app shell's (src/app/AppShell.tsx).
 */
export function ShareStatus() {
  const t = useMessages();
  const notices = useStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <section className="share-notices" aria-label={t.shareNoticesLabel}>
      {notices.map((n) => (
        <NoticeView key={n.id} n={n} />
      ))}
    </section>
  );
}
