/**
 * The decks saved in this browser: one localStorage entry, `{format, version, current, decks}`,
 * each deck in its file form (deckModel.ts), validated on load. An entry that cannot be read is
 * never overwritten unseen: its text is copied aside (CORRUPT_KEY) and the user is told.
 * Thumbnails live in their own entry, by slide id: they are local pictures, never in a link.
 */
import { saveToStorage, type KeyValueStore } from '../share/session.ts';
import { deckToJson, parseDeck, type Deck, type DeckProblem } from './deckModel.ts';

export const DECKS_KEY = 'bo-playground.decks';
export const CORRUPT_KEY = 'bo-playground.decks.unread';
export const THUMBS_KEY = 'bo-playground.decks.thumbs';
const STORE_FORMAT = 'bo-playground-decks';
const STORE_VERSION = 1;

export interface DeckList {
  readonly decks: readonly Deck[];
  /** The deck "Add slide" adds to and the deck screen shows; null when there is none. */
  readonly current: string | null;
}

export interface LoadedDecks extends DeckList {
  /** Why the saved entry could not be read (its text is kept under CORRUPT_KEY). */
  readonly corrupt: string | null;
}

function read(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

const describe = (p: DeckProblem): string =>
  `${p.code}${Object.keys(p.params).length ? ` ${JSON.stringify(p.params)}` : ''}`;

/** The saved decks; an unreadable entry gives an empty list, a kept copy and the reason. */
export function loadDecks(store: KeyValueStore | null): LoadedDecks {
  const text = read(store, DECKS_KEY);
  if (!text) return { decks: [], current: null, corrupt: null };
  const fail = (reason: string): LoadedDecks => {
    saveToStorage(store, text, CORRUPT_KEY);
    return { decks: [], current: null, corrupt: reason };
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not JSON');
  }
  const r = raw as Record<string, unknown> | null;
  if (!r || r.format !== STORE_FORMAT) return fail('not a deck list');
  if (r.version !== STORE_VERSION) return fail(`version ${String(r.version)}`);
  if (!Array.isArray(r.decks)) return fail('no decks');
  const decks: Deck[] = [];
  for (const [i, d] of r.decks.entries()) {
    const parsed = parseDeck(d);
    if ('problem' in parsed) return fail(`deck ${i + 1}: ${describe(parsed.problem)}`);
    decks.push(parsed.deck);
  }
  const current = decks.some((d) => d.id === r.current) ? (r.current as string) : null;
  return { decks, current: current ?? decks[0]?.id ?? null, corrupt: null };
}

/** Saves the list; the storage's refusal as text, null when saved. */
export function saveDecks(store: KeyValueStore | null, list: DeckList): string | null {
  const doc = {
    format: STORE_FORMAT,
    version: STORE_VERSION,
    current: list.current,
    decks: list.decks.map(deckToJson),
  };
  return saveToStorage(store, JSON.stringify(doc), DECKS_KEY);
}

/** Slide id → PNG data URL; anything unreadable counts as no pictures. */
export function loadThumbs(store: KeyValueStore | null): Record<string, string> {
  try {
    const raw: unknown = JSON.parse(read(store, THUMBS_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    return Object.fromEntries(
      Object.entries(raw).filter(
        (e): e is [string, string] =>
          typeof e[1] === 'string' && e[1].startsWith('data:image/png;base64,'),
      ),
    );
  } catch {
    return {};
  }
}

/** Saves the pictures of the slides that still exist (a deleted deck's go with it). */
export function saveThumbs(
  store: KeyValueStore | null,
  thumbs: Readonly<Record<string, string>>,
  decks: readonly Deck[],
): string | null {
  const live = new Set(decks.flatMap((d) => d.slides.map((s) => s.id)));
  const kept = Object.fromEntries(Object.entries(thumbs).filter(([id]) => live.has(id)));
  return saveToStorage(store, JSON.stringify(kept), THUMBS_KEY);
}
