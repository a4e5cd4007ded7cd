import '../../share/share.css';
import { fill } from '../../widgets/format.ts';
import { useMessages } from '../../i18n/locale.ts';
import { downloadText } from '../../share/download.ts';
import { issueText } from '../../share/shareText.ts';
import { docToText } from '../study/persist.ts';
import type { NetNotice, NetworkStudy } from './studyHolder.ts';

/** Issues listed in one notice; the rest are counted. */
const MAX_LISTED = 8;

function NoticeView({ n, study }: { readonly n: NetNotice; readonly study: NetworkStudy }) {
  const t = useMessages();
  const listed = n.issues.slice(0, MAX_LISTED);
  const more = n.issues.length - listed.length;
  const damaged = n.damagedText;
  return (
    <div className={`share-notice tone-${n.tone}`} role={n.tone === 'info' ? 'status' : 'alert'}>
      <div className="share-notice-body">
        <p>{fill(t[n.title], n.params)}</p>
        {listed.length > 0 && (
          <ul>
            {listed.map((i, k) => (
              <li key={k}>{issueText(t, i)}</li>
            ))}
            {more > 0 && <li>{fill(t.shareNoticeImportMore, { count: more })}</li>}
          </ul>
        )}
      </div>
      <div className="share-notice-actions">
        {damaged !== undefined && (
          <button
            type="button"
            className="primary"
            onClick={() =>
              downloadText('bo-playground-network-study-damaged.json', damaged, 'application/json')
            }
          >
            {t.netDownloadDamaged}
          </button>
        )}
        {n.kind === 'storage' && (
          <button type="button" className="primary" onClick={() => downloadStudy(study)}>
            {t.shareSaveFile}
          </button>
        )}
        <button type="button" onClick={() => study.dismiss(n.kind)}>
          {t.shareDismiss}
        </button>
      </div>
    </div>
  );
}

/** Saves the study (settings, trials with their curves, the form) as a JSON file. */
export function downloadStudy(study: NetworkStudy): void {
  const doc = study.doc();
  const text = docToText(doc, Date.now(), Infinity);
  downloadText(`network-study-${doc.trials.length}-trials.json`, text, 'application/json');
}

/** The network study's notices: a link or saved study opened, a storage that refuses. */
export function NetNotices({ study }: { readonly study: NetworkStudy }) {
  const t = useMessages();
  const notices = study.ui((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <section className="share-notices" aria-label={t.shareNoticesLabel}>
      {notices.map((n) => (
        <NoticeView key={n.kind} n={n} study={study} />
      ))}
    </section>
  );
}
