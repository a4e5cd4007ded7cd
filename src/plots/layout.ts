/**
 * Geometry shared by the plots. Lengths are in pixels, computed from the font size so labels keep
 * their room when the type grows on a projector. There is no text measurement in SVG before paint
 * (and none at all in jsdom), so text widths are estimated from character classes.
 */

/** Space around the plotting area, in pixels. */
export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * Margins of every 1D plot, in ems. The objective and acquisition plots stack with one x axis, so
 * left and right must be equal in both: that is what makes their x pixels line up exactly.
 */
export const PLOT_MARGINS_EM: Margins = { top: 0.8, right: 1.5, bottom: 3.2, left: 4.4 };

/** The font size the plots assume when none is passed (as PlotArea's jsdom fallback). */
export const DEFAULT_FONT_SIZE = 14;

/** PLOT_MARGINS_EM in pixels for a font size. */
export function plotMargins(fontSize: number = DEFAULT_FONT_SIZE): Margins {
  return {
    top: PLOT_MARGINS_EM.top * fontSize,
    right: PLOT_MARGINS_EM.right * fontSize,
    bottom: PLOT_MARGINS_EM.bottom * fontSize,
    left: PLOT_MARGINS_EM.left * fontSize,
  };
}

/** v held within [lo, hi] (lo <= hi): marks at the edge of a plot stay on it. */
export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Estimated rendered width of `text` in ems: Hangul and CJK are about square, Latin narrower. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (code >= 0x1100 && code !== 0x2212 && code !== 0x00d7) w += code >= 0x2e80 ? 1 : 0.62;
    else if (c === ' ' || c === '.' || c === ',' || c === 'i' || c === 'l' || c === '1') w += 0.3;
    else if (c >= 'A' && c <= 'Z') w += 0.68;
    else w += 0.56;
  }
  return w;
}

/**
 * Estimated width in ems of a point's number label: tabular figures in a semibold face are about
 * 0.64 em each, the narrow '1' included (textWidthEm's proportional estimate runs ~30% short).
 */
export function indexWidthEm(index: number): number {
  return String(index).length * 0.64;
}

/** One item of a legend, placed. */
export interface LegendSlot<T> {
  readonly item: T;
  readonly x: number;
  readonly row: number;
}

/** Width of a legend swatch and the gap after it, in ems. */
export const LEGEND_SWATCH_EM = 1.7;
const LEGEND_GAP_EM = 1.2;
/** Height of one legend row, in ems. */
export const LEGEND_ROW_EM = 1.45;

/**
 * Flows legend items left to right, wrapping into rows that fit `width` pixels. Returns the slots
 * and the number of rows (0 for no items).
 */
export function layoutLegend<T extends { readonly label: string }>(
  items: readonly T[],
  width: number,
  em: number,
): { slots: LegendSlot<T>[]; rows: number } {
  const slots: LegendSlot<T>[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = (LEGEND_SWATCH_EM + textWidthEm(item.label)) * em;
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    slots.push({ item, x, row });
    x += w + LEGEND_GAP_EM * em;
  }
  return { slots, rows: items.length ? row + 1 : 0 };
}

/** A text label to place near an anchor point: width and height of its box in pixels. */
export interface LabelRequest {
  readonly u: number;
  readonly v: number;
  readonly width: number;
  readonly height: number;
}

/** Where a label went: its box centre. */
export interface LabelPlacement {
  readonly u: number;
  readonly v: number;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The rectangle labels must stay inside: the plotting area, from (0, 0) to (width, height). */
export interface LabelArea {
  readonly width: number;
  readonly height: number;
}

const boxOf = (r: LabelRequest, ou = 0, ov = 0): Box => ({
  x0: r.u + ou - r.width / 2,
  x1: r.u + ou + r.width / 2,
  y0: r.v + ov - r.height / 2,
  y1: r.v + ov + r.height / 2,
});

/**
 * Where a label may go around its anchor, in order of preference: above, below, right, left, the
 * diagonals, then further out.
 */
export function labelOffsets(r: LabelRequest, gap: number): [number, number][] {
  const dy = r.height / 2 + gap;
  const dx = r.width / 2 + gap;
  return [
    [0, -dy],
    [0, dy],
    [dx, 0],
    [-dx, 0],
    [dx, -dy],
    [-dx, -dy],
    [dx, dy],
    [-dx, dy],
    [0, -dy - r.height],
    [0, dy + r.height],
    [2 * dx, 0],
    [-2 * dx, 0],
  ];
}

/**
 * The boxes already taken, bucketed on a grid about one label in size: a candidate spot is checked
 * against its neighbours only, not every box so far (O(n) per label instead of O(n^2) in all; a
 * study of 190 points spent ~15 ms per redraw here). Same answers as checking them all: two boxes
 * that overlap share a cell.
 */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();
  /** Boxes too large (or not finite) to bucket: checked every time. */
  private readonly wide: Box[] = [];
  private readonly size: number;

  constructor(sizes: readonly LabelRequest[]) {
    let largest = 0;
    for (const s of sizes) {
      if (Number.isFinite(s.width)) largest = Math.max(largest, s.width);
      if (Number.isFinite(s.height)) largest = Math.max(largest, s.height);
    }
    this.size = largest > 0 ? largest : 1;
  }

  private span(b: Box): [number, number, number, number] | null {
    const i0 = Math.floor(b.x0 / this.size);
    const i1 = Math.floor(b.x1 / this.size);
    const j0 = Math.floor(b.y0 / this.size);
    const j1 = Math.floor(b.y1 / this.size);
    const ok = [i0, i1, j0, j1].every((k) => Number.isFinite(k) && Math.abs(k) < 1e6);
    return ok && i1 - i0 <= 16 && j1 - j0 <= 16 ? [i0, i1, j0, j1] : null;
  }

  add(b: Box): void {
    const s = this.span(b);
    if (!s) {
      this.wide.push(b);
      return;
    }
    for (let i = s[0]; i <= s[1]; i++)
      for (let j = s[2]; j <= s[3]; j++) {
        const key = i * 4_000_003 + j;
        const cell = this.cells.get(key);
        if (cell) cell.push(b);
        else this.cells.set(key, [b]);
      }
  }

  overlapsAny(b: Box): boolean {
    if (this.wide.some((t) => overlaps(t, b))) return true;
    const s = this.span(b);
    if (!s) {
      for (const cell of this.cells.values()) if (cell.some((t) => overlaps(t, b))) return true;
      return false;
    }
    for (let i = s[0]; i <= s[1]; i++)
      for (let j = s[2]; j <= s[3]; j++) {
        const cell = this.cells.get(i * 4_000_003 + j);
        if (cell?.some((t) => overlaps(t, b))) return true;
      }
    return false;
  }
}

/**
 * Greedy placement of small labels around their anchors (the numbers next to observations): each
 * label takes the first of a few candidate spots (above, below, right, left, the diagonals, then
 * further out) that stays inside `area` and overlaps neither an earlier label nor an obstacle (the
 * markers themselves). A label with no such spot is dropped (null): a number drawn over another
 * ("1110") or over the frame and colour bar tells nothing, and the mark still names itself on
 * hover and focus. Good enough for the tens of points a BO run has, and deterministic.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly LabelRequest[],
  gap: number,
  area: LabelArea,
): (LabelPlacement | null)[] {
  const taken = new BoxIndex([...requests, ...obstacles]);
  for (const o of obstacles) taken.add(boxOf(o));
  const inside = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= area.width && b.y1 <= area.height;
  return requests.map((r) => {
    for (const [ou, ov] of labelOffsets(r, gap)) {
      const b = boxOf(r, ou, ov);
      if (inside(b) && !taken.overlapsAny(b)) {
        taken.add(b);
        return { u: r.u + ou, v: r.v + ov };
      }
    }
    return null;
  });
}

/** The SVG-safe form of a React useId (its colons and guillemets are not valid in url(#...)). */
export function svgId(reactId: string, suffix: string): string {
  return `p${reactId.replace(/[^A-Za-z0-9_-]/g, '')}-${suffix}`;
}
