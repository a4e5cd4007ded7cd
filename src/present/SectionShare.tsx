// The presentation layout's rules (present.css) must be loaded on every section that presents.
import './present.css';
import { useId, useState } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { fill } from '../widgets/format.ts';
import { SelectField } from '../widgets/SelectField.tsx';
import { LinkField } from '../share/LinkField.tsx';
import { AddressFitHint, useAddress } from '../share/studyLink.tsx';
import { embedHref, type SectionFigureId } from '../store/viewMode.ts';
import { EmbedCodeField } from './EmbedCodeField.tsx';
import { downloadBlob, figurePng, figureSvg, type FigureElements } from './figureCapture.ts';
import { exportFileName } from './svgExport.ts';

/** The plots drawn inside `root` now, each with the name a screen reader gives it. */
function plotsIn(root: string): { readonly svg: SVGSVGElement; readonly name: string }[] {
  const box = document.querySelector(root);
  return [...(box?.querySelectorAll<SVGSVGElement>('svg.bo-plot') ?? [])].map((svg, i) => ({
    svg,
    name: svg.getAttribute('aria-label')?.slice(0, 80) || `${i + 1}`,
  }));
}

/**
 * Share and export for a section other than the BO screen (a lab figure, the network study): the
 * address bar as the link (the section writes its state there, share/addressBar.ts), the iframe
 * code that embeds it alone (?embed=1&figure=<id>), and any of its plots as PNG or SVG.
 */
export function SectionShare({
  figure,
  name,
  root,
  param,
  withLink = true,
}: {
  /** Its embed id. */
  readonly figure: SectionFigureId;
  readonly name: string;
  /** The selector of the element that holds its plots. */
  readonly root: string;
  /** The address parameter its state rides in. */
  readonly param: string;
  /** Whether to show the address as the link (false where the section has its own link field). */
  readonly withLink?: boolean;
}) {
  const t = useMessages();
  const id = useId();
  const href = useAddress();
  const [plots, setPlots] = useState(() => plotsIn(root));
  const [chosen, setChosen] = useState(0);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const refresh = () => setPlots(plotsIn(root));

  const exportAs = async (ext: 'png' | 'svg') => {
    const now = plotsIn(root);
    const plot = now[Math.min(chosen, now.length - 1)];
    const box = plot?.svg.parentElement;
    if (!plot || !box) {
      setNotice({ text: fill(t.presExportMissing, { figure: name }), error: true });
      return;
    }
    const fig: FigureElements = { box, svg: plot.svg };
    try {
      const blob =
        ext === 'png'
          ? await figurePng(fig, 2)
          : new Blob([figureSvg(fig, { withRasters: true, background: true, title: plot.name })], {
              type: 'image/svg+xml',
            });
      const file = exportFileName({ objectiveId: figure, figure: plot.name, evaluations: 0, ext });
      downloadBlob(blob, file);
      setNotice({ text: fill(t.presExportSaved, { name: file }), error: false });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      setNotice({ text: fill(t.presExportFailed, { message }), error: true });
    }
  };

  return (
    <details className="panel-section lab-share" onToggle={refresh}>
      <summary>{t.presExportTitle}</summary>
      {withLink && (
        <LinkField id={id} label={t.shareLinkLabel} link={href} hint={t.shareLinkHint}>
          <AddressFitHint name={param} />
        </LinkField>
      )}
      <EmbedCodeField id={id} href={href ? embedHref(href, figure) : ''} name={name} />
      {plots.length > 0 && (
        <SelectField
          label={t.presExportFigure}
          value={String(Math.min(chosen, plots.length - 1))}
          options={plots.map((p, i) => ({ value: String(i), label: p.name }))}
          onChange={(v) => setChosen(Number(v))}
        />
      )}
      <div className="export-buttons" onPointerEnter={refresh}>
        <button
          type="button"
          aria-label={t.presDownloadPngName}
          onClick={() => void exportAs('png')}
        >
          {t.presDownloadPng}
        </button>
        <button
          type="button"
          aria-label={t.presDownloadSvgName}
          onClick={() => void exportAs('svg')}
        >
          {t.presDownloadSvg}
        </button>
      </div>
      <p className={notice?.error ? 'field-error' : 'hint export-status'} role="status">
        {notice?.text ?? ''}
      </p>
    </details>
  );
}
