/**
 * A figure as a standalone SVG file: the plot's <svg> cloned with its computed styles written onto
 * each element (the app's CSS and its custom properties do not travel with the file), the heatmap
 * rasters embedded as images, and a background. The DOM-walking parts take the style reader as an
 * argument so they can be tested in jsdom, which resolves no CSS variables.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties that decide how a plot looks; everything else is layout or UI. */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'shape-rendering',
  'filter',
] as const;

/** Reads one element's computed style (getComputedStyle in the page, a stub in tests). */
export type StyleReader = (el: Element) => { getPropertyValue(name: string): string };

/** Attributes that belong to the page's interaction, not to the picture. */
const INTERACTIVE_ATTRIBUTES = ['tabindex', 'aria-describedby', 'aria-keyshortcuts'];

/**
 * Writes `source`'s computed styles onto `clone` (a deep clone of it), element by element in
 * document order. Elements the page does not display are dropped from the clone.
 */
export function inlineStyles(source: Element, clone: Element, read: StyleReader): void {
  const from = [source, ...source.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  if (from.length !== to.length) throw new Error('the clone does not match its source');
  const drop: Element[] = [];
  from.forEach((el, i) => {
    const target = to[i] as Element;
    const style = read(el);
    if (style.getPropertyValue('display') === 'none') {
      drop.push(target);
      return;
    }
    const decls: string[] = [];
    for (const prop of INLINED_PROPERTIES) {
      const value = style.getPropertyValue(prop).trim();
      if (value && value !== 'none' && value !== 'normal' && value !== 'auto') {
        decls.push(`${prop}: ${value}`);
      } else if (value === 'none' && (prop === 'fill' || prop === 'stroke')) {
        // 'none' matters for paint: SVG's defaults are a black fill and no stroke.
        decls.push(`${prop}: none`);
      }
    }
    target.setAttribute('style', decls.join('; '));
    for (const a of INTERACTIVE_ATTRIBUTES) target.removeAttribute(a);
  });
  for (const el of drop) el.remove();
}

/** A raster under the SVG (a heatmap canvas), placed in the SVG's own pixel coordinates. */
export interface RasterLayer {
  /** A data: URL of the raster (PNG). */
  readonly href: string;
  /** Where the image is drawn (it may overhang its clip by half a cell). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The visible window of it. */
  readonly clip: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  /** Painted under the image where it does not reach. */
  readonly backdrop?: string | undefined;
}

export interface SvgFileOptions {
  readonly width: number;
  readonly height: number;
  /** A solid background (the plot's surface colour); none leaves it transparent. */
  readonly background?: string | undefined;
  readonly rasters?: readonly RasterLayer[];
  readonly title?: string | undefined;
}

function el(doc: Document, name: string, attrs: Record<string, string | number>): Element {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/**
 * Turns a styled clone into a self-contained SVG document's text: namespaces, size and viewBox,
 * a title, the background and the rasters beneath the plot's own marks.
 */
export function finishSvg(clone: Element, opts: SvgFileOptions): string {
  const doc = clone.ownerDocument;
  const { width, height } = opts;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('class');
  const first = clone.firstChild;
  const under: Element[] = [];
  if (opts.title) {
    const title = el(doc, 'title', {});
    title.textContent = opts.title;
    under.push(title);
  }
  if (opts.background) {
    under.push(el(doc, 'rect', { x: 0, y: 0, width, height, fill: opts.background }));
  }
  (opts.rasters ?? []).forEach((r, i) => {
    const id = `export-raster-clip-${i}`;
    const defs = el(doc, 'defs', {});
    const clip = el(doc, 'clipPath', { id });
    clip.append(el(doc, 'rect', { ...r.clip }));
    defs.append(clip);
    under.push(defs);
    if (r.backdrop) under.push(el(doc, 'rect', { ...r.clip, fill: r.backdrop }));
    const g = el(doc, 'g', { 'clip-path': `url(#${id})` });
    g.append(
      el(doc, 'image', {
        href: r.href,
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
        preserveAspectRatio: 'none',
      }),
    );
    under.push(g);
  });
  for (const u of under) clone.insertBefore(u, first);
  const text = new XMLSerializer().serializeToString(clone);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}

/** What a figure's file is called: app, objective, figure and the iteration it shows. */
export function exportFileName(parts: {
  readonly objectiveId: string;
  readonly figure: string;
  readonly evaluations: number;
  readonly ext: 'svg' | 'png' | 'webm';
}): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'custom';
  const n = String(Math.max(0, Math.floor(parts.evaluations))).padStart(2, '0');
  const tail = parts.ext === 'webm' ? 'run' : `n${n}`;
  return `bo-playground_${slug(parts.objectiveId)}_${slug(parts.figure)}_${tail}.${parts.ext}`;
}
