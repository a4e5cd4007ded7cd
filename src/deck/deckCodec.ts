/**
 * A deck in a link: `deck=<base64url of compact JSON>`, `{"v":1,"t":title,"s":[[title, notes,
 * href], …]}` (no ids, no thumbnails: they are local), in the query for a short link and in the
 * fragment for a long one (share/linkAddress.ts). Reading goes through parseDeck like a file.
 */
import { base64urlToText, textToBase64url } from '../share/base64url.ts';
import { readLinkParam, withLinkParam } from '../share/linkAddress.ts';
import { DECK_FORMAT, DECK_VERSION, parseDeck, type Deck, type DeckResult } from './deckModel.ts';

export const DECK_PARAM = 'deck';
/** From this length on, the screen suggests the file instead (chat tools cut long links). */
export const LONG_DECK_LINK = 8000;

export function encodeDeck(deck: Deck): string {
  const compact = {
    v: DECK_VERSION,
    t: deck.title,
    s: deck.slides.map((s) => [s.title, s.notes, s.href]),
  };
  return textToBase64url(JSON.stringify(compact));
}

export function decodeDeck(value: string): DeckResult {
  const text = base64urlToText(value.trim());
  if (text === null) return { problem: { code: 'deckBadLink', params: {} } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 80) : '?';
    return { problem: { code: 'deckBadJson', params: { detail } } };
  }
  const c = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const slides = Array.isArray(c.s)
    ? c.s.map((s: unknown) => (Array.isArray(s) ? { title: s[0], notes: s[1], href: s[2] } : s))
    : c.s;
  return parseDeck({ format: DECK_FORMAT, version: c.v, title: c.t, slides });
}

/** The link to a deck: the deck screen of the page at `pageHref`, with the deck in it. */
export function deckLink(deck: Deck, pageHref: string): string {
  const page = new URL(pageHref);
  return withLinkParam(`${page.origin}${page.pathname}#/deck`, DECK_PARAM, encodeDeck(deck));
}

/** The deck named by an address, or null when it names none. */
export function deckFromLocation(search: string, hash: string): DeckResult | null {
  const value = readLinkParam(DECK_PARAM, search, hash);
  return value === null ? null : decodeDeck(value);
}
