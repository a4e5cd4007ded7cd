import { useEffect, useId, useMemo, useRef } from 'react';
import { writeAddressParam } from '../../share/addressBar.ts';
import { AddressFitHint } from '../../share/studyLink.tsx';
import { useMessages } from '../../i18n/locale.ts';
import { LinkField } from '../../share/LinkField.tsx';
import { docFromText } from '../study/persist.ts';
import type { StudySnapshot } from '../study/runner.ts';
import { encodeNetworkStudy, NET_LINK_PARAM, networkLinkAt } from '../study/studyLink.ts';
import { downloadStudy } from './NetNotices.tsx';
import type { NetworkStudy } from './studyHolder.ts';

/**
 * The network study's link (settings and recorded trials), and the study as a file: saved with
 * its learning curves, opened back as recorded trials that train nothing until resumed.
 */
export function NetSharePanel({
  study,
  snap,
}: {
  readonly study: NetworkStudy;
  readonly snap: StudySnapshot;
}) {
  const t = useMessages();
  const id = useId();
  const draft = study.ui((s) => s.draft);
  const fileInput = useRef<HTMLInputElement>(null);
  const idle = snap.status === 'idle';
  const value = useMemo(
    () => encodeNetworkStudy(idle ? draft : snap.settings, idle ? [] : snap.trials),
    [idle, draft, snap.settings, snap.trials],
  );
  const link = useMemo(
    () => networkLinkAt(value, globalThis.location?.href ?? 'http://localhost/'),
    [value],
  );
  // The address bar is the link (share/addressBar.ts): it follows the study from its first change.
  const first = useRef(value);
  useEffect(() => {
    if (value !== first.current) writeAddressParam(NET_LINK_PARAM, value);
  }, [value]);
  // Opening a file replaces the study: not while a trial trains (pause first, nothing is lost).
  const busy = snap.status === 'loading' || snap.status === 'running' || snap.status === 'pausing';

  const openFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text = '';
    try {
      text = await file.text();
    } catch {
      // An unreadable file is reported below like a damaged one.
    }
    const doc = docFromText(text);
    if ('error' in doc) {
      study.notify({
        kind: 'opened',
        tone: 'error',
        title: 'netNoticeFileFailed',
        params: { name: file.name },
        issues: [doc.error],
      });
      return;
    }
    study.open(
      doc,
      doc.issues.length > 0 ? 'netNoticeFileIssues' : 'netNoticeFileOpened',
      file.name,
    );
  };

  return (
    <section className="panel-section share-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">
        {t.netShareTitle}
      </h2>
      <LinkField id={id} label={t.netLinkLabel} link={link} hint={t.netShareHint}>
        <AddressFitHint name={NET_LINK_PARAM} />
      </LinkField>
      <div className="share-buttons">
        <button type="button" onClick={() => downloadStudy(study)}>
          {t.shareSaveFile}
        </button>
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          {t.shareLoadFile}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => void openFile(e.currentTarget)}
        />
      </div>
      {busy && <p className="hint">{t.netLoadBusy}</p>}
    </section>
  );
}
