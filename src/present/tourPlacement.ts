/**
 * Where the tour's card goes: beside its target and never over it. Boxes are in viewport pixels
 * (getBoundingClientRect); the card is position: fixed.
 */

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}
export interface Size {
  readonly width: number;
  readonly height: number;
}
export type Side = 'below' | 'above' | 'right' | 'left';

const MARGIN = 8;

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, hi));
}

/**
 * The first side, in the order below, above, right, left, where the whole card fits inside the
 * viewport `gap` away from the target; null when none does (a target about as big as the screen:
 * scroll first, see scrollToFit).
 */
export function placeCard(
  target: Box,
  card: Size,
  viewport: Size,
  gap = 12,
): { top: number; left: number; side: Side } | null {
  const maxTop = viewport.height - card.height - MARGIN;
  const maxLeft = viewport.width - card.width - MARGIN;
  if (maxTop < MARGIN || maxLeft < MARGIN) return null;
  const alongX = clamp(target.left, MARGIN, maxLeft);
  const alongY = clamp(target.top, MARGIN, maxTop);
  const tries: [Side, number, number][] = [
    ['below', target.bottom + gap, alongX],
    ['above', target.top - gap - card.height, alongX],
    ['right', alongY, target.right + gap],
    ['left', alongY, target.left - gap - card.width],
  ];
  for (const [side, top, left] of tries) {
    if (top >= MARGIN && top <= maxTop && left >= MARGIN && left <= maxLeft) {
      return { top: Math.round(top), left: Math.round(left), side };
    }
  }
  return null;
}

/**
 * How far to scroll the page (pixels down; negative is up) so the card fits above or below the
 * target, the smaller move that the page allows; null when no scroll makes room.
 */
export function scrollToFit(
  target: Box,
  card: Size,
  viewport: Size,
  page: { readonly scrollY: number; readonly maxScrollY: number },
  gap = 12,
): number | null {
  const room = card.height + gap + MARGIN;
  const moves = [
    target.top - room, // the target's top just below a card at the top of the screen
    target.bottom - (viewport.height - room), // its bottom just above a card at the bottom
  ]
    .map(Math.ceil)
    .filter((dy) => page.scrollY + dy >= 0 && page.scrollY + dy <= page.maxScrollY)
    .sort((a, b) => Math.abs(a) - Math.abs(b));
  return moves[0] ?? null;
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
