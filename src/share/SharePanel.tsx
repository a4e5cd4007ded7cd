import { useId, useRef, useState } from 'react';
import { Checkbox } from '../widgets/SelectField.tsx';
import { useMessages } from '../i18n/locale.ts';
import { fillTemplate } from '../plots/format.ts';
import { downloadText, fileStem } from './download.ts';
import { FilePicker } from './FilePicker.tsx';
import type { ImportMode } from './importStudy.ts';
import { ImportControls } from './import/ImportControls.tsx';
import { LINK_PARAM, LONG_LINK, MAX_LINK_LENGTH } from './linkCodec.ts';
import { AddressFitHint, useStudyLink } from './studyLink.tsx';
import { readLinkParam } from './linkAddress.ts';
import { sessionToText } from './session.ts';
import { currentStudy, loadSessionText, restoreOffered, shownState } from './shareActions.ts';
import { LinkField } from './LinkField.tsx';
import { CONTROL_KEY } from './shareText.ts';
import { CONTROL_IDS, type ControlId } from '../store/shareSlice.ts';
import { trialsCsv, trialsJson } from './trials.ts';
import './share.css';
import { hasNoFormula } from '../store/settings.ts';
import { useStore } from '../store/store.ts';

/** Says when the link is long enough for chat tools to cut, or too long to open at all. */
function LinkLengthHint({ link }: { readonly link: string }) {
  const t = useMessages();
  const url = new URL(link);
  const length = (readLinkParam(LINK_PARAM, url.search, url.hash) ?? '').length;
  if (length > MAX_LINK_LENGTH) {
    return (
      <p className="field-error" role="alert">
        {fillTemplate(t.shareLinkTooLong, { length, max: MAX_LINK_LENGTH })}
      </p>
    );
  }
  if (link.length < LONG_LINK) return null;
  return (
    <p className="hint share-link-long">{fillTemplate(t.shareLinkLong, { length: link.length })}</p>
  );
}

/**
 * Share and export: the link (with the classroom's hidden controls), the trials as CSV/JSON and
 * their import, the study as a Python script, and the session as a file or from this browser.
 */
export function SharePanel() {
  const t = useMessages();
  const id = useId();
  const link = useStudyLink();
  const objective = useStore((s) => s.objective);
  const noFormula = hasNoFormula(objective);
  const hide = useStore((s) => s.classroomHide);
  const offer = useStore((s) => s.restoreOffer);
  const [mode, setMode] = useState<ImportMode>('add');
  const [scriptError, setScriptError] = useState<string | null>(null);
  const sessionInput = useRef<HTMLInputElement>(null);

  const stem = () => fileStem(objective.id, shownState().observations.length);
  const script = async (kind: 'bayes_opt' | 'optuna') => {
    const { settings } = useStore.getState();
    const input = { settings, objective, observations: shownState().observations };
    try {
      // The script writer is loaded on first use: no part of the first screen.
      const py = await import('./pythonScript.ts');
      const text = kind === 'bayes_opt' ? py.bayesOptScript(input) : py.optunaScript(input);
      setScriptError(null);
      downloadText(`${stem()}-${kind}.py`, text, 'text/x-python');
    } catch (e) {
      setScriptError(
        fillTemplate(t.shareScriptFailed, { detail: e instanceof Error ? e.message : String(e) }),
      );
    }
  };
  const toggleHide = (c: ControlId, on: boolean) =>
    useStore.getState().setClassroomHide(on ? [...hide, c] : hide.filter((h) => h !== c));
  const columns = [...objective.dims.map((d) => d.name), 'value'].join(', ');

  return (
    <section className="panel-section share-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.shareSection}</h2>
      <LinkField id={id} label={t.shareLinkLabel} link={link} hint={t.shareLinkHint}>
        <LinkLengthHint link={link} />
        <AddressFitHint name={LINK_PARAM} />
      </LinkField>
      <details className="share-classroom">
        <summary>{t.shareClassroom}</summary>
        <p className="hint">{t.shareClassroomHint}</p>
        {CONTROL_IDS.map((c) => (
          <Checkbox
            key={c}
            label={t[CONTROL_KEY[c]]}
            checked={hide.includes(c)}
            onChange={(on) => toggleHide(c, on)}
          />
        ))}
      </details>

      <h3 className="share-subtitle">{t.shareTrialsTitle}</h3>
      <div className="share-buttons">
        <button
          type="button"
          onClick={() =>
            downloadText(`${stem()}.csv`, trialsCsv(shownState(), objective.dims), 'text/csv')
          }
        >
          {t.shareExportCsv}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(`${stem()}.json`, trialsJson(shownState(), objective), 'application/json')
          }
        >
          {t.shareExportJson}
        </button>
      </div>
      <fieldset className="share-mode">
        <legend>{t.shareImportModeLabel}</legend>
        {(['add', 'replace'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            {m === 'add' ? t.shareImportAdd : t.shareImportReplace}
          </label>
        ))}
      </fieldset>
      <ImportControls mode={mode} />
      <p className="hint">
        {fillTemplate(t.shareImportHint, { columns })}
        {mode === 'replace' ? ` ${t.shareImportReplaceHint}` : ''}
      </p>

      <h3 className="share-subtitle">{t.shareScriptTitle}</h3>
      <div className="share-buttons">
        <button
          type="button"
          aria-label={t.shareScriptBayesOptName}
          disabled={noFormula}
          title={noFormula ? t.shareScriptNoFormula : undefined}
          onClick={() => void script('bayes_opt')}
        >
          {t.shareScriptBayesOpt}
        </button>
        <button
          type="button"
          aria-label={t.shareScriptOptunaName}
          disabled={noFormula}
          title={noFormula ? t.shareScriptNoFormula : undefined}
          onClick={() => void script('optuna')}
        >
          {t.shareScriptOptuna}
        </button>
      </div>
      {noFormula && <p className="hint">{t.shareScriptNoFormula}</p>}
      {scriptError && (
        <p className="field-error" role="alert">
          {scriptError}
        </p>
      )}

      <h3 className="share-subtitle">{t.shareSessionTitle}</h3>
      <div className="share-buttons">
        <button
          type="button"
          onClick={() =>
            downloadText(
              `${stem()}-session.json`,
              sessionToText(currentStudy(), Date.now()),
              'application/json',
            )
          }
        >
          {t.shareSaveFile}
        </button>
        <button type="button" onClick={() => sessionInput.current?.click()}>
          {t.shareLoadFile}
        </button>
        {offer && (
          <button type="button" onClick={restoreOffered}>
            {t.shareRestore}
          </button>
        )}
      </div>
      <FilePicker
        ref={sessionInput}
        accept=".json,application/json"
        testId="share-load-session"
        onText={loadSessionText}
      />
      <p className="hint">{t.shareAutosaveHint}</p>
    </section>
  );
}
