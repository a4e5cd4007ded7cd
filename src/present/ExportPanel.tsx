import { useEffect, useId, useRef, useState } from 'react';
import { SelectField } from '../widgets/SelectField.tsx';
import { fill } from '../widgets/format.ts';
import { useMessages } from '../i18n/locale.ts';
import { current } from '../store/history.ts';
import { EmbedCodeField } from './EmbedCodeField.tsx';
import { downloadBlob, figurePng, figureSvg, findFigure } from './figureCapture.ts';
import { FIGURE_LABEL } from './figureLabels.ts';
import { recordRun, RecordingError } from './recorder.ts';
import { exportFileName } from './svgExport.ts';
import { embedHref, figuresFor, type FigureId } from '../store/viewMode.ts';
import { TitledSection } from '../widgets/TitledSection.tsx';
import { useStudyLink } from '../share/studyLink.tsx';
import { useStore } from '../store/store.ts';

type Notice = { readonly text: string; readonly error: boolean } | null;

/** The picture formats offered, each with its button text and its fuller accessible name. */
const DOWNLOADS = [
  { format: 'png', label: 'presDownloadPng', name: 'presDownloadPngName' },
  { format: 'svg', label: 'presDownloadSvg', name: 'presDownloadSvgName' },
] as const;

/**
 * The side panel's export section: a figure as PNG or SVG, the run as a WebM video, and the
 * iframe code that embeds the figure alone in a slide or course page.
 */
export function ExportPanel() {
  const t = useMessages();
  const id = useId();
  const dims = useStore((s) => s.objective.dims.length);
  const objectiveId = useStore((s) => s.objective.id);
  const options = figuresFor(dims);
  // The study on screen at its step, as the Share panel's link and the address bar carry it.
  const studyLink = useStudyLink();
  const [chosen, setChosen] = useState<FigureId>(options[0] as FigureId);
  const figure = options.includes(chosen) ? chosen : (options[0] as FigureId);
  const [notice, setNotice] = useState<Notice>(null);
  const [progress, setProgress] = useState<{ k: number; n: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const figureName = t[FIGURE_LABEL[figure]];
  const fileName = (ext: 'png' | 'svg' | 'webm') =>
    exportFileName({
      objectiveId,
      figure,
      evaluations: current(useStore.getState().history).observations.length,
      ext,
    });

  const exportAs = async (ext: 'png' | 'svg') => {
    const fig = findFigure(figure);
    if (!fig) {
      setNotice({ text: fill(t.presExportMissing, { figure: figureName }), error: true });
      return;
    }
    try {
      const blob =
        ext === 'png'
          ? await figurePng(fig, 2)
          : new Blob([figureSvg(fig, { withRasters: true, background: true, title: figureName })], {
              type: 'image/svg+xml',
            });
      const name = fileName(ext);
      downloadBlob(blob, name);
      setNotice({ text: fill(t.presExportSaved, { name }), error: false });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      setNotice({ text: fill(t.presExportFailed, { message }), error: true });
    }
  };

  const record = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setNotice(null);
    setProgress({ k: 0, n: 0 });
    try {
      const { blob, frames } = await recordRun({
        figure,
        signal: controller.signal,
        onProgress: (k, n) => setProgress({ k, n }),
      });
      const name = fileName('webm');
      downloadBlob(blob, name);
      setNotice({ text: fill(t.presRecordDone, { name, n: frames }), error: false });
    } catch (err) {
      const reason = err instanceof RecordingError ? err.reason : null;
      const text =
        reason === 'no-recorder'
          ? t.presRecordNoRecorder
          : reason === 'one-frame'
            ? t.presRecordOneFrame
            : reason === 'cancelled'
              ? t.presRecordCancelled
              : reason === 'missing'
                ? fill(t.presExportMissing, { figure: figureName })
                : fill(t.presExportFailed, { message: String(err) });
      setNotice({ text, error: reason !== 'cancelled' });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  return (
    <TitledSection
      className="panel-section export-panel"
      titleId={`${id}-title`}
      title={t.presExportTitle}
    >
      <SelectField
        label={t.presExportFigure}
        value={figure}
        options={options.map((f) => ({ value: f, label: t[FIGURE_LABEL[f]] }))}
        onChange={setChosen}
      />
      <div className="export-buttons">
        {DOWNLOADS.map((d) => (
          <button
            key={d.format}
            type="button"
            aria-label={t[d.name]}
            onClick={() => void exportAs(d.format)}
          >
            {t[d.label]}
          </button>
        ))}
        {progress ? (
          <button type="button" onClick={() => abort.current?.abort()}>
            {t.presCancel}
          </button>
        ) : (
          <button type="button" onClick={() => void record()}>
            {t.presRecord}
          </button>
        )}
      </div>
      <p className="hint export-status" role="status">
        {progress && progress.n > 0
          ? fill(t.presRecording, { k: progress.k, n: progress.n })
          : notice && !notice.error
            ? notice.text
            : ''}
      </p>
      {notice?.error && (
        <p className="field-error" role="alert">
          {notice.text}
        </p>
      )}
      <EmbedCodeField id={id} href={embedHref(studyLink, figure)} name={figureName} />
    </TitledSection>
  );
}
