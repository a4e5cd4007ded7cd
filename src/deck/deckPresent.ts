/**
 * Presenting a deck. The deck and the slide shown are kept in this tab's sessionStorage, because
 * every slide is opened by loading the app at its address (with present=1): that is what makes a
 * slide live and returns it to its saved state on every visit, whatever was done on it since.
 */
import { deckToJson, parseDeck, slideUrl, type Deck } from './deckModel.ts';

const KEY = 'bo-playground.deck.presenting';

export interface Presenting {
  readonly deck: Deck;
  readonly index: number;
  /** Where Escape returns to: the deck screen the deck was presented from. */
  readonly returnTo: string;
}

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** The deck being presented in this tab, or null. */
export function readPresenting(): Presenting | null {
  try {
    const raw = JSON.parse(session()?.getItem(KEY) ?? 'null') as Record<string, unknown> | null;
    if (!raw) return null;
    const parsed = parseDeck(raw.deck);
    if ('problem' in parsed || parsed.deck.slides.length === 0) return null;
    const n = parsed.deck.slides.length;
    const index = Number.isInteger(raw.index)
      ? Math.max(0, Math.min(n - 1, raw.index as number))
      : 0;
    const returnTo = typeof raw.returnTo === 'string' ? raw.returnTo : '#/deck';
    return { deck: parsed.deck, index, returnTo };
  } catch {
    return null;
  }
}

function write(p: Presenting | null): void {
  try {
    const s = session();
    if (p === null) s?.removeItem(KEY);
    else s?.setItem(KEY, JSON.stringify({ ...p, deck: deckToJson(p.deck) }));
  } catch {
    // Without session storage the deck bar cannot follow the reload; the slide still opens.
  }
}

/** Loads the app at an address of this page, even when only the fragment differs. */
function load(url: string): void {
  const loc = globalThis.location;
  if (!loc) return;
  if (new URL(url).search !== loc.search) {
    loc.assign(url);
    return;
  }
  globalThis.history.replaceState(null, '', url);
  loc.reload();
}

/** Opens slide `index` of the deck in presentation. */
export function presentSlide(deck: Deck, index: number, returnTo: string): void {
  const slide = deck.slides[index];
  const loc = globalThis.location;
  if (!slide || !loc) return;
  write({ deck, index, returnTo });
  load(slideUrl(slide.href, loc.href, true));
}

/** Leaves the deck: back to the screen it was presented from. */
export function stopPresenting(p: Presenting): void {
  write(null);
  const loc = globalThis.location;
  if (!loc) return;
  const page = new URL(loc.href);
  load(new URL(p.returnTo, `${page.origin}${page.pathname}`).toString());
}
