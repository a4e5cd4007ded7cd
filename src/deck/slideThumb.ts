/**
 * The picture a slide keeps (local only: in this browser's storage, never in a link): the first
 * figure on screen when the slide is added, painted as the figure exports do, about 320 px wide.
 */
import { findFigure, figurePng, type FigureElements } from '../present/figureCapture.ts';
import type { FigureId } from '../store/viewMode.ts';

const WIDTH = 320;
const BO_FIGURES: readonly FigureId[] = ['objective', 'mean'];

/** The BO screen's main figure, else the largest plot of the section shown. */
function mainFigure(): FigureElements | null {
  for (const f of BO_FIGURES) {
    const fig = findFigure(f);
    if (fig) return fig;
  }
  let best: FigureElements | null = null;
  let area = 0;
  for (const svg of document.querySelectorAll<SVGSVGElement>('main svg, .app svg')) {
    if (svg.closest('header, button')) continue;
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > area && r.width > 120 && r.height > 80) {
      area = r.width * r.height;
      best = { box: svg.parentElement ?? svg, svg };
    }
  }
  return best;
}

function asDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/** The picture as a PNG data URL, or null when there is no figure or painting fails. */
export async function captureThumb(): Promise<string | null> {
  try {
    const fig = mainFigure();
    if (!fig) return null;
    const width = fig.svg.getBoundingClientRect().width || WIDTH;
    return await asDataUrl(await figurePng(fig, Math.min(1, WIDTH / width)));
  } catch {
    // A picture is a convenience: the slide is added without one (the handout shows its address).
    return null;
  }
}
