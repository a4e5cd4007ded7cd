/**
 * A lecture deck: slides that are addresses of this app (route, query and fragment), each with a
 * title and speaker notes. A slide is live: presenting it opens the app at its address, so
 * everything on screen (step, play, hover) works, and opening it again returns to the saved state.
 *
 * Pure: no DOM, no storage. Every input from outside (a file, a link, the saved list) goes
 * through parseDeck, which refuses with a message key what it cannot trust.
 */

export const DECK_FORMAT = 'bo-playground-deck';
export const DECK_VERSION = 1;
export const MAX_SLIDES = 200;
const MAX_TITLE = 200;
const MAX_NOTES = 4000;
/** Above any study link this app writes in the query or fragment (linkCodec MAX_LINK_LENGTH). */
const MAX_HREF = 210_000;

export interface Slide {
  readonly id: string;
  readonly title: string;
  readonly notes: string;
  /** A relative address of this app: `?s=…#/`, `#/lab/coverage`, `#/?s=…`. */
  readonly href: string;
}

export interface Deck {
  readonly id: string;
  readonly title: string;
  readonly slides: readonly Slide[];
}

/** A refusal: the message key (i18n/deck.ts) and the values it names. */
export interface DeckProblem {
  readonly code:
    | 'deckBadJson'
    | 'deckBadFormat'
    | 'deckBadVersion'
    | 'deckBadHref'
    | 'deckBadLink'
    | 'deckTooLarge';
  readonly params: Readonly<Record<string, string | number>>;
}

export type DeckResult = { readonly deck: Deck } | { readonly problem: DeckProblem };

/** Parameters that choose how a page is shown, not what it shows: never part of a slide. */
const VIEW_PARAMS = ['present', 'embed', 'figure', 'deck', 'handout'];

let counter = 0;
/** An id unique within this page's decks (time plus a counter, base 36). */
export function newId(now = Date.now()): string {
  counter = (counter + 1) % 1_000_000;
  return `${now.toString(36)}${counter.toString(36)}`;
}

/** Drops the view parameters from a query string or a hash's query. */
function dropViewParams(query: string): string {
  const params = new URLSearchParams(query);
  for (const p of VIEW_PARAMS) params.delete(p);
  const q = params.toString();
  return q ? `?${q}` : '';
}

/**
 * The slide address of a page address (`location.href`): its query and fragment relative to the
 * page, without the view parameters. `#/deck` itself is no slide: null.
 */
export function slideHrefOf(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const hash = url.hash || '#/';
  const q = hash.indexOf('?');
  const route = q < 0 ? hash : hash.slice(0, q);
  if (/^#\/?deck(\/|$)/.test(route)) return null;
  const hashQuery = q < 0 ? '' : dropViewParams(hash.slice(q + 1));
  return `${dropViewParams(url.search)}${route}${hashQuery}`;
}

/**
 * True for an address this app may open as a slide: relative, starting with `?` or `#/`, no
 * scheme, no host, no path of its own (so never `javascript:`, `//evil`, `/other/page`).
 */
export function isSafeSlideHref(href: string): boolean {
  if (href.length === 0 || href.length > MAX_HREF) return false;
  if (!/^(\?|#\/)/.test(href)) return false;
  // Control characters and backslashes change how browsers read an address.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\\s]/.test(href)) return false;
  try {
    const base = 'https://app.invalid/dir/index.html';
    const url = new URL(href, base);
    return url.origin === 'https://app.invalid' && url.pathname === '/dir/index.html';
  } catch {
    return false;
  }
}

/** The absolute address of a slide in the page at `pageHref`, with `present=1` when presenting. */
export function slideUrl(href: string, pageHref: string, present: boolean): string {
  const page = new URL(pageHref);
  const url = new URL(href, `${page.origin}${page.pathname}`);
  if (present) url.searchParams.set('present', '1');
  return url.toString();
}

/** A short label for an address: its route (`#/lab/coverage`), for the list and the handout. */
export function routeOf(href: string): string {
  const h = href.indexOf('#');
  const hash = h < 0 ? '#/' : href.slice(h);
  const q = hash.indexOf('?');
  return q < 0 ? hash : hash.slice(0, q);
}

// Editing: each returns a new deck and leaves the given one as it was (undo keeps the old one).

export function emptyDeck(title: string, id = newId()): Deck {
  return { id, title, slides: [] };
}

export function addSlide(deck: Deck, slide: Omit<Slide, 'id'>, id = newId()): Deck {
  return { ...deck, slides: [...deck.slides, { id, ...slide }] };
}

export function updateSlide(
  deck: Deck,
  id: string,
  change: Partial<Pick<Slide, 'title' | 'notes'>>,
): Deck {
  return {
    ...deck,
    slides: deck.slides.map((s) =>
      s.id === id
        ? {
            ...s,
            ...(change.title !== undefined && { title: change.title.slice(0, MAX_TITLE) }),
            ...(change.notes !== undefined && { notes: change.notes.slice(0, MAX_NOTES) }),
          }
        : s,
    ),
  };
}

/** Moves a slide by `by` places (-1 up, +1 down), clamped to the ends. */
export function moveSlide(deck: Deck, id: string, by: number): Deck {
  const from = deck.slides.findIndex((s) => s.id === id);
  if (from < 0) return deck;
  const to = Math.max(0, Math.min(deck.slides.length - 1, from + by));
  if (to === from) return deck;
  const slides = [...deck.slides];
  const [s] = slides.splice(from, 1);
  slides.splice(to, 0, s as Slide);
  return { ...deck, slides };
}

/** The deck without the slide, and what undo needs to put it back where it was. */
export function removeSlide(
  deck: Deck,
  id: string,
): { deck: Deck; removed: { slide: Slide; index: number } | null } {
  const index = deck.slides.findIndex((s) => s.id === id);
  if (index < 0) return { deck, removed: null };
  return {
    deck: { ...deck, slides: deck.slides.filter((s) => s.id !== id) },
    removed: { slide: deck.slides[index] as Slide, index },
  };
}

export function restoreSlide(deck: Deck, removed: { slide: Slide; index: number }): Deck {
  if (deck.slides.some((s) => s.id === removed.slide.id)) return deck;
  const slides = [...deck.slides];
  slides.splice(Math.min(removed.index, slides.length), 0, removed.slide);
  return { ...deck, slides };
}

// Validation.

const isRec = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');
const problem = (code: DeckProblem['code'], params: DeckProblem['params'] = {}): DeckResult => ({
  problem: { code, params },
});

/** Shortens an address for a message: enough to recognise, never the whole of a long one. */
function shown(href: string): string {
  return href.length > 60 ? `${href.slice(0, 57)}…` : href;
}

/**
 * A deck from parsed JSON in the file form `{format, version, id?, title, slides: [{title,
 * notes, href}]}`; ids are kept when they are plain, made otherwise.
 */
export function parseDeck(raw: unknown): DeckResult {
  if (!isRec(raw)) return problem('deckBadFormat', { detail: 'not an object' });
  if (raw.format !== DECK_FORMAT) {
    return problem('deckBadFormat', { detail: `format ${JSON.stringify(raw.format ?? null)}` });
  }
  if (raw.version !== DECK_VERSION) {
    return problem('deckBadVersion', {
      version: String(raw.version ?? '?').slice(0, 12),
      supported: DECK_VERSION,
    });
  }
  if (!Array.isArray(raw.slides)) return problem('deckBadFormat', { detail: 'no slides list' });
  if (raw.slides.length > MAX_SLIDES) {
    return problem('deckTooLarge', { n: raw.slides.length, max: MAX_SLIDES });
  }
  const slides: Slide[] = [];
  const seen = new Set<string>();
  for (const [i, s] of raw.slides.entries()) {
    if (!isRec(s)) return problem('deckBadFormat', { detail: `slide ${i + 1} is not an object` });
    const href = typeof s.href === 'string' ? s.href : '';
    if (!isSafeSlideHref(href)) return problem('deckBadHref', { k: i + 1, href: shown(href) });
    const id = typeof s.id === 'string' && /^[a-z0-9_-]{1,40}$/i.test(s.id) ? s.id : newId();
    const unique = seen.has(id) ? newId() : id;
    seen.add(unique);
    slides.push({
      id: unique,
      title: text(s.title, MAX_TITLE),
      notes: text(s.notes, MAX_NOTES),
      href,
    });
  }
  const id = typeof raw.id === 'string' && /^[a-z0-9_-]{1,40}$/i.test(raw.id) ? raw.id : newId();
  return { deck: { id, title: text(raw.title, MAX_TITLE), slides } };
}

/** The deck in its file form (what parseDeck reads). */
export function deckToJson(deck: Deck): Record<string, unknown> {
  return {
    format: DECK_FORMAT,
    version: DECK_VERSION,
    id: deck.id,
    title: deck.title,
    slides: deck.slides.map(({ id, title, notes, href }) => ({ id, title, notes, href })),
  };
}

/** A deck from a file's text. */
export function deckFromText(text: string): DeckResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return problem('deckBadJson', { detail: e instanceof Error ? e.message.slice(0, 80) : '?' });
  }
  return parseDeck(raw);
}
