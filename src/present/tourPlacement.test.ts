import { describe, expect, it } from 'vitest';
import { overlaps, placeCard, scrollToFit, type Box } from './tourPlacement.ts';

const card = { width: 352, height: 200 };
const boxOf = (p: { top: number; left: number }) => ({
  top: p.top,
  left: p.left,
  bottom: p.top + card.height,
  right: p.left + card.width,
});
const box = (top: number, left: number, bottom: number, right: number): Box => ({
  top,
  left,
  bottom,
  right,
});

describe('tour card placement', () => {
  it('goes below, else above, else right, else left, never over the target', () => {
    const vp = { width: 1280, height: 800 };
    const cases: [Box, string][] = [
      [box(100, 50, 140, 150), 'below'],
      [box(700, 900, 760, 1260), 'above'],
      // The side panel at 1280x800: taller than the room above and below, room on its left.
      [box(80, 934, 790, 1262), 'left'],
      [box(80, 20, 790, 600), 'right'],
    ];
    for (const [target, side] of cases) {
      const p = placeCard(target, card, vp);
      expect(p?.side).toBe(side);
      const c = boxOf(p!);
      expect(overlaps(c, target)).toBe(false);
      expect(c.top).toBeGreaterThanOrEqual(0);
      expect(c.left).toBeGreaterThanOrEqual(0);
      expect(c.bottom).toBeLessThanOrEqual(vp.height);
      expect(c.right).toBeLessThanOrEqual(vp.width);
    }
  });

  it('finds no place on screen for a target as big as the screen, and then scrolls', () => {
    const vp = { width: 390, height: 844 };
    const tall = box(150, 10, 1400, 380);
    expect(placeCard(tall, card, vp)).toBeNull();
    const dy = scrollToFit(tall, card, vp, { scrollY: 0, maxScrollY: 3000 });
    // Up is not possible at the top of the page: down, until the card fits below the target.
    expect(dy).toBe(776);
    const moved = box(tall.top - dy!, tall.left, tall.bottom - dy!, tall.right);
    const p = placeCard(moved, card, vp);
    expect(p?.side).toBe('below');
    expect(overlaps(boxOf(p!), moved)).toBe(false);
  });

  it('does not scroll past the page', () => {
    const vp = { width: 390, height: 844 };
    // At the top of a page that cannot scroll: no move brings room.
    expect(scrollToFit(box(100, 0, 900, 390), card, vp, { scrollY: 0, maxScrollY: 0 })).toBeNull();
  });

  it('knows when boxes overlap', () => {
    expect(overlaps(box(0, 0, 10, 10), box(5, 5, 20, 20))).toBe(true);
    expect(overlaps(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
  });
});
