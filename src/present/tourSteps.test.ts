import { beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { DEFAULT_SETTINGS } from '../store/settings.ts';
import { resetStore, useStore } from '../store/store.ts';
import {
  isDefaultExample,
  markTourSeen,
  shouldOfferTour,
  TOUR_STEPS,
  tourFacts,
  tourSeen,
  type TourFacts,
} from './tourSteps.ts';

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

/** The English sentences each step says about the study the store holds now. */
function sentences(): Record<string, string> {
  const f = tourFacts(useStore.getState());
  return Object.fromEntries(TOUR_STEPS.map((s) => [s.id, MESSAGES.en[s.body(f)]]));
}

beforeEach(() => resetStore());

describe('guided tour steps', () => {
  it('has 4 to 6 steps, each with a target and text in both languages for every state', () => {
    expect(TOUR_STEPS.length).toBeGreaterThanOrEqual(4);
    expect(TOUR_STEPS.length).toBeLessThanOrEqual(6);
    const states: TourFacts[] = [];
    for (const dims of [1, 2])
      for (const hasNext of [true, false])
        for (const stepsKept of [0, 3]) states.push({ dims, hasNext, stepsKept });
    for (const s of TOUR_STEPS) {
      expect(s.targets.length).toBeGreaterThan(0);
      for (const locale of ['en', 'ko'] as const) {
        expect(MESSAGES[locale][s.title].length).toBeGreaterThan(0);
        for (const f of states) expect(MESSAGES[locale][s.body(f)].length).toBeGreaterThan(0);
      }
    }
    expect(new Set(TOUR_STEPS.map((s) => s.id)).size).toBe(TOUR_STEPS.length);
  });

  it('on the default example before any step: a curve with a band, a starred next point', () => {
    const text = sentences();
    expect(tourFacts(useStore.getState())).toEqual({ dims: 1, hasNext: true, stepsKept: 0 });
    expect(text.plots).toMatch(/uncertainty band/);
    expect(text.plots).toMatch(/star marks the next point/);
    // Nothing to replay yet: the history sentence must not promise a run to replay.
    expect(text.history).toMatch(/once you have stepped/);
    expect(text.step).toMatch(/Each Step evaluates/);
  });

  it('after a step the history has something to replay', () => {
    useStore.getState().step();
    expect(tourFacts(useStore.getState()).stepsKept).toBe(1);
    expect(sentences().history).toMatch(/^Every step is kept: drag the history slider/);
  });

  it('in 2D it speaks of three maps and a cross, not of a band or a star', () => {
    useStore.getState().setObjective('branin');
    const text = sentences();
    expect(tourFacts(useStore.getState()).dims).toBe(2);
    expect(text.plots).toMatch(/Three maps/);
    expect(text.plots).toMatch(/cross marks the next point/);
    expect(text.plots).not.toMatch(/band|star/);
  });

  it('once the budget is spent it marks no next point and says Step is off', () => {
    const s = useStore.getState();
    s.setIterations(1);
    useStore.getState().step();
    expect(tourFacts(useStore.getState()).hasNext).toBe(false);
    const text = sentences();
    expect(text.step).toMatch(/Step is off/);
    expect(text.plots).toMatch(/no next point is marked/);
    expect(text.plots).not.toMatch(/star marks/);
    expect(text.acquisition).toMatch(/This run is finished/);
    // Going back in the history brings a next point again.
    useStore.getState().back();
    expect(sentences().plots).toMatch(/star marks the next point/);
  });
});

describe('the first-visit offer', () => {
  const base = {
    seen: false,
    layout: 'normal',
    automated: false,
    fromLink: false,
    defaultExample: true,
    hiddenControls: 0,
  } as const;

  it('is made on a first visit only, never in presentation, embed or automated browsers', () => {
    expect(shouldOfferTour(base)).toBe(true);
    expect(shouldOfferTour({ ...base, seen: true })).toBe(false);
    expect(shouldOfferTour({ ...base, layout: 'present' })).toBe(false);
    expect(shouldOfferTour({ ...base, layout: 'embed' })).toBe(false);
    expect(shouldOfferTour({ ...base, automated: true })).toBe(false);
  });

  it("is not made over a shared link's study unless it is the default example", () => {
    expect(shouldOfferTour({ ...base, fromLink: true, defaultExample: false })).toBe(false);
    expect(shouldOfferTour({ ...base, fromLink: true, defaultExample: true })).toBe(true);
    expect(shouldOfferTour({ ...base, fromLink: true, hiddenControls: 2 })).toBe(false);
  });

  it('knows the default example, whatever its seed', () => {
    expect(isDefaultExample(DEFAULT_SETTINGS)).toBe(true);
    expect(isDefaultExample({ ...DEFAULT_SETTINGS, seed: DEFAULT_SETTINGS.seed + 7 })).toBe(true);
    expect(isDefaultExample({ ...DEFAULT_SETTINGS, acquisition: 'ucb' })).toBe(false);
    expect(
      isDefaultExample({ ...DEFAULT_SETTINGS, objective: { kind: 'registry', id: 'branin' } }),
    ).toBe(false);
  });

  it('remembers that it was offered, and tolerates storage that throws or is missing', () => {
    const s = memoryStorage();
    expect(tourSeen(s)).toBe(false);
    expect(markTourSeen(s)).toBe(true);
    expect(tourSeen(s)).toBe(true);
    expect(tourSeen(throwing)).toBe(false);
    expect(markTourSeen(throwing)).toBe(false);
    expect(markTourSeen(undefined)).toBe(false);
    expect(tourSeen(undefined)).toBe(false);
  });
});
