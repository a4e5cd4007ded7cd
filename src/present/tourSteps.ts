/**
 * The guided tour's steps: what each points at and what it says, worded from the study on screen
 * so every sentence is true of it; and when to offer the tour (once, remembered when storage
 * allows; a storage error just means it may be offered again).
 */
import type { MessageKey } from '../i18n/messages.ts';
import { canStep, type History } from '../store/history.ts';
import { DEFAULT_SETTINGS, type StudySettings } from '../store/settings.ts';

/** What the tour's sentences depend on. */
export interface TourFacts {
  /** Dimensions of the objective: 1 draws a curve with a band, 2 draws three maps. */
  readonly dims: number;
  /** A next point is chosen and marked (the run has budget left at the history's cursor). */
  readonly hasNext: boolean;
  /** Steps kept in the history, which the slider replays. */
  readonly stepsKept: number;
}

export function tourFacts(s: {
  readonly objective: { readonly dims: readonly unknown[] };
  readonly history: History;
}): TourFacts {
  return {
    dims: s.objective.dims.length,
    hasNext: canStep(s.history),
    stepsKept: s.history.snapshots.length - 1,
  };
}

export interface TourStep {
  readonly id: string;
  /** CSS selectors tried in order; the first one on the page is the step's target. */
  readonly targets: readonly string[];
  /** Or: the section among `targets` whose heading reads this message (panels have no ids). */
  readonly heading?: MessageKey;
  readonly title: MessageKey;
  /** The sentence true of the study these facts describe. */
  readonly body: (f: TourFacts) => MessageKey;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'step',
    targets: ['.transport .command.primary'],
    title: 'presTourStepTitle',
    body: (f) => (f.hasNext ? 'presTourStepBody' : 'presTourStepBodyDone'),
  },
  {
    id: 'plots',
    targets: ['.plot-stack', '.heatmap-stack'],
    title: 'presTourPlotsTitle',
    body: (f) =>
      f.dims >= 2
        ? f.hasNext
          ? 'presTourPlots2dBody'
          : 'presTourPlots2dBodyDone'
        : f.hasNext
          ? 'presTourPlotsBody'
          : 'presTourPlotsBodyDone',
  },
  {
    id: 'acquisition',
    targets: ['.side-panel .panel-section'],
    heading: 'sectionAcquisition',
    title: 'presTourAcqTitle',
    body: (f) => (f.hasNext ? 'presTourAcqBody' : 'presTourAcqBodyDone'),
  },
  {
    id: 'history',
    targets: ['.scrubber'],
    title: 'presTourHistoryTitle',
    body: (f) => (f.stepsKept > 0 ? 'presTourHistoryBody' : 'presTourHistoryBodyEmpty'),
  },
  {
    id: 'trials',
    targets: ['.results'],
    title: 'presTourTrialsTitle',
    body: () => 'presTourTrialsBody',
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

/** Remembers that the tour was offered (taken or not); false when storage refused. */
export function markTourSeen(s: MaybeStorage = storage()): boolean {
  try {
    if (!s) return false;
    s.setItem(STORAGE_KEY, 'seen');
    return true;
  } catch {
    return false;
  }
}

/** The study is the one the app opens on (a link to it, seed and steps aside, counts too). */
export function isDefaultExample(settings: StudySettings): boolean {
  const mine = settings as unknown as Readonly<Record<string, unknown>>;
  const base = DEFAULT_SETTINGS as unknown as Readonly<Record<string, unknown>>;
  return Object.keys(base).every(
    (k) => k === 'seed' || JSON.stringify(mine[k]) === JSON.stringify(base[k]),
  );
}

/**
 * Whether to offer the tour on this visit: once (never again after it was offered), only on the
 * normal layout (not in presentation or embed), not over a study a link brought unless it is the
 * default example, never with controls a classroom link hid (the steps point at them), and not
 * to automated browsers (navigator.webdriver), whose fresh profiles would otherwise all get a
 * prompt over the page they test.
 */
export function shouldOfferTour(opts: {
  readonly seen: boolean;
  readonly layout: 'normal' | 'present' | 'embed';
  readonly automated: boolean;
  readonly fromLink: boolean;
  readonly defaultExample: boolean;
  readonly hiddenControls: number;
}): boolean {
  return (
    !opts.seen &&
    opts.layout === 'normal' &&
    !opts.automated &&
    (!opts.fromLink || opts.defaultExample) &&
    opts.hiddenControls === 0
  );
}
