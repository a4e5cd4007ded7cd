import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { markTourSeen, placeCard, shouldOfferTour, TOUR_STEPS, tourSeen } from './tourSteps.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
}
const throwing = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('guided tour', () => {
  it('has 4 to 6 steps, each with a target and text in both languages', () => {
    expect(TOUR_STEPS.length).toBeGreaterThanOrEqual(4);
    expect(TOUR_STEPS.length).toBeLessThanOrEqual(6);
    for (const s of TOUR_STEPS) {
      expect(s.targets.length).toBeGreaterThan(0);
      for (const locale of ['en', 'ko'] as const) {
        expect(MESSAGES[locale][s.title].length).toBeGreaterThan(0);
        expect(MESSAGES[locale][s.body].length).toBeGreaterThan(0);
      }
    }
    expect(new Set(TOUR_STEPS.map((s) => s.id)).size).toBe(TOUR_STEPS.length);
  });

  it('is offered on a first visit only, never in presentation, embed or automated browsers', () => {
    const base = { seen: false, layout: 'normal', automated: false } as const;
    expect(shouldOfferTour(base)).toBe(true);
    expect(shouldOfferTour({ ...base, seen: true })).toBe(false);
    expect(shouldOfferTour({ ...base, layout: 'present' })).toBe(false);
    expect(shouldOfferTour({ ...base, layout: 'embed' })).toBe(false);
    expect(shouldOfferTour({ ...base, automated: true })).toBe(false);
  });

  it('remembers that it was seen, and tolerates storage that throws or is missing', () => {
    const s = memoryStorage();
    expect(tourSeen(s)).toBe(false);
    expect(markTourSeen(s)).toBe(true);
    expect(tourSeen(s)).toBe(true);
    expect(tourSeen(throwing)).toBe(false);
    expect(markTourSeen(throwing)).toBe(false);
    expect(markTourSeen(undefined)).toBe(false);
    expect(tourSeen(undefined)).toBe(false);
  });

  it('places its card below the target, else above, and always inside the viewport', () => {
    const viewport = { width: 1280, height: 800 };
    const card = { width: 300, height: 150 };
    const below = placeCard({ top: 100, bottom: 140, left: 50, right: 150 }, card, viewport);
    expect(below).toEqual({ top: 152, left: 50 });
    const above = placeCard({ top: 700, bottom: 760, left: 1200, right: 1260 }, card, viewport);
    expect(above.top + card.height).toBeLessThanOrEqual(700);
    expect(above.left + card.width).toBeLessThanOrEqual(viewport.width);
    // A target taller than the screen: the card overlaps it but stays on screen.
    const tall = placeCard({ top: -50, bottom: 2000, left: -20, right: 900 }, card, viewport);
    expect(tall.top).toBeGreaterThanOrEqual(0);
    expect(tall.top + card.height).toBeLessThanOrEqual(viewport.height);
    expect(tall.left).toBeGreaterThanOrEqual(0);
  });
});
