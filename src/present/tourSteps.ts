/**
 * The guided tour's steps: what each points at and what it says, and whether the tour has been
 * seen (remembered when storage allows; a storage error just means it may be offered again).
 */
import type { MessageKey } from '../i18n/messages.ts';

export interface TourStep {
  readonly id: string;
  /** CSS selectors tried in order; the first one on the page is the step's target. */
  readonly targets: readonly string[];
  /** Or: the section among `targets` whose heading reads this message (panels have no ids). */
  readonly heading?: MessageKey;
  readonly title: MessageKey;
  readonly body: MessageKey;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'step',
    targets: ['.transport .command.primary'],
    title: 'presTourStepTitle',
    body: 'presTourStepBody',
  },
  {
    id: 'plots',
    targets: ['.plot-stack', '.heatmap-stack'],
    title: 'presTourPlotsTitle',
    body: 'presTourPlotsBody',
  },
  {
    id: 'acquisition',
    targets: ['.side-panel .panel-section'],
    heading: 'sectionAcquisition',
    title: 'presTourAcqTitle',
    body: 'presTourAcqBody',
  },
  {
    id: 'history',
    targets: ['.scrubber'],
    title: 'presTourHistoryTitle',
    body: 'presTourHistoryBody',
  },
  {
    id: 'trials',
    targets: ['.results'],
    title: 'presTourTrialsTitle',
    body: 'presTourTrialsBody',
  },
];

const STORAGE_KEY = 'bo-playground.tour';

/** Storage that may throw on access (private modes, sandboxed iframes) or be missing. */
export type MaybeStorage = Pick<Storage, 'getItem' | 'setItem'> | undefined;

function storage(): MaybeStorage {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function tourSeen(s: MaybeStorage = storage()): boolean {
  try {
    return s?.getItem(STORAGE_KEY) === 'seen';
  } catch {
    return false;
  }
}

/** Remembers that the tour was taken or declined; false when storage refused. */
export function markTourSeen(s: MaybeStorage = storage()): boolean {
  try {
    if (!s) return false;
    s.setItem(STORAGE_KEY, 'seen');
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether to offer the tour on this visit: not when it was seen, not in presentation or embed
 * layouts, and not to automated browsers (navigator.webdriver), whose fresh profiles would
 * otherwise all get a prompt over the page they test.
 */
export function shouldOfferTour(opts: {
  readonly seen: boolean;
  readonly layout: 'normal' | 'present' | 'embed';
  readonly automated: boolean;
}): boolean {
  return !opts.seen && opts.layout === 'normal' && !opts.automated;
}

/** Where the card goes: below the target if it fits, else above, else over its top; clamped. */
export function placeCard(
  target: { top: number; left: number; bottom: number; right: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 12,
): { top: number; left: number } {
  const margin = 8;
  let top: number;
  if (target.bottom + gap + card.height <= viewport.height - margin) top = target.bottom + gap;
  else if (target.top - gap - card.height >= margin) top = target.top - gap - card.height;
  else
    top = Math.max(margin, Math.min(target.top + margin, viewport.height - card.height - margin));
  const left = Math.max(margin, Math.min(target.left, viewport.width - card.width - margin));
  return { top: Math.round(top), left: Math.round(left) };
}
