/**
 * Captures one figure of the screen as it is drawn: its SVG (styles inlined, heatmap rasters
 * embedded) for a file, or painted onto a canvas (background, rasters, then the SVG on top, the
 * same stacking as on screen) for a PNG or a video frame.
 */
import { finishSvg, inlineStyles, type RasterLayer } from './svgExport.ts';
import type { FigureId } from '../store/viewMode.ts';

/** The box each figure is drawn in (the classes the plot stacks give their Sized boxes). */
export const FIGURE_SELECTORS: Readonly<Record<FigureId, string>> = {
  objective: '.objective-box',
  acquisition: '.acquisition-box',
  convergence: '.convergence-box',
  mean: '.heatmap-box.heatmap-mean',
  std: '.heatmap-box.heatmap-std',
  acq: '.heatmap-box.heatmap-acquisition',
};

export interface FigureElements {
  readonly box: Element;
  readonly svg: SVGSVGElement;
}

/** The figure's box and SVG if it is on the screen now. */
export function findFigure(figure: FigureId, root: ParentNode = document): FigureElements | null {
  const box = root.querySelector(FIGURE_SELECTORS[figure]);
  const svg = box?.querySelector<SVGSVGElement>('svg.bo-plot');
  return box && svg ? { box, svg } : null;
}

/** The colour behind the figure on screen (its box's, else the page's), as computed. */
function backgroundOf(box: Element): string {
  for (let e: Element | null = box; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

interface PlacedRaster {
  readonly canvas: HTMLCanvasElement;
  readonly layer: Omit<RasterLayer, 'href'>;
}

/** The heatmap canvases in the box, placed relative to the SVG's top-left corner. */
function rastersOf(fig: FigureElements): PlacedRaster[] {
  const origin = fig.svg.getBoundingClientRect();
  return [...fig.box.querySelectorAll<HTMLCanvasElement>('.heatmap-raster canvas')].map(
    (canvas) => {
      const c = canvas.getBoundingClientRect();
      const wrapper = canvas.parentElement ?? canvas;
      const w = wrapper.getBoundingClientRect();
      return {
        canvas,
        layer: {
          x: c.left - origin.left,
          y: c.top - origin.top,
          width: c.width,
          height: c.height,
          clip: {
            x: w.left - origin.left,
            y: w.top - origin.top,
            width: w.width,
            height: w.height,
          },
          backdrop: getComputedStyle(wrapper).backgroundColor,
        },
      };
    },
  );
}

function sizeOf(svg: SVGSVGElement) {
  const r = svg.getBoundingClientRect();
  return { width: Math.round(r.width), height: Math.round(r.height) };
}

/** The figure as an SVG document's text; rasters embedded when `withRasters`. */
export function figureSvg(
  fig: FigureElements,
  opts: { withRasters: boolean; background: boolean; title?: string },
): string {
  const clone = fig.svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(fig.svg, clone, (e) => getComputedStyle(e));
  const rasters = opts.withRasters
    ? rastersOf(fig).map((r) => ({ ...r.layer, href: r.canvas.toDataURL('image/png') }))
    : [];
  return finishSvg(clone, {
    ...sizeOf(fig.svg),
    background: opts.background ? backgroundOf(fig.box) : undefined,
    rasters,
    title: opts.title,
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the figure could not be drawn as an image'));
    img.src = url;
  });
}

/**
 * Paints the figure onto `ctx` at `scale` device pixels per CSS pixel: the background, the
 * rasters (clipped as on screen, smoothed like the browser's upscaling), then the SVG on top.
 */
export async function paintFigure(
  fig: FigureElements,
  ctx: CanvasRenderingContext2D,
  scale: number,
): Promise<void> {
  const { width, height } = sizeOf(fig.svg);
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = backgroundOf(fig.box);
  ctx.fillRect(0, 0, width, height);
  for (const { canvas, layer } of rastersOf(fig)) {
    ctx.save();
    ctx.beginPath();
    ctx.rect(layer.clip.x, layer.clip.y, layer.clip.width, layer.clip.height);
    ctx.clip();
    if (layer.backdrop) {
      ctx.fillStyle = layer.backdrop;
      ctx.fillRect(layer.clip.x, layer.clip.y, layer.clip.width, layer.clip.height);
    }
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(canvas, layer.x, layer.y, layer.width, layer.height);
    ctx.restore();
  }
  const svgText = figureSvg(fig, { withRasters: false, background: false });
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    ctx.drawImage(img, 0, 0, width, height);
  } finally {
    URL.revokeObjectURL(url);
    ctx.restore();
  }
}

/** The figure's size in CSS pixels. */
export function figureSize(fig: FigureElements): { width: number; height: number } {
  return sizeOf(fig.svg);
}

/** The figure as a PNG at `scale` times its on-screen size. */
export async function figurePng(fig: FigureElements, scale = 2): Promise<Blob> {
  const { width, height } = sizeOf(fig.svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this browser');
  await paintFigure(fig, ctx, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Saves a blob under a file name through a temporary a[download]. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
