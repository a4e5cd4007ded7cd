/**
 * The decks of this browser as the UI sees them: loaded once, saved on every change, shared by
 * the header's "Add slide" and the deck screen through one small external store.
 */
import { useSyncExternalStore } from 'react';
import { browserStorage } from '../share/session.ts';
import { addSlide, emptyDeck, newId, type Deck, type Slide } from './deckModel.ts';
import { loadDecks, loadThumbs, saveDecks, saveThumbs, CORRUPT_KEY } from './deckStore.ts';

export interface DeckState {
  readonly decks: readonly Deck[];
  readonly current: string | null;
  readonly thumbs: Readonly<Record<string, string>>;
  /** Why the saved decks could not be read, and where their text was kept. */
  readonly corrupt: { readonly detail: string; readonly key: string } | null;
  /** The storage's refusal of the last save, if any. */
  readonly saveError: string | null;
}

let state: DeckState | null = null;
const listeners = new Set<() => void>();

function initial(): DeckState {
  const store = browserStorage();
  const loaded = loadDecks(store);
  return {
    decks: loaded.decks,
    current: loaded.current,
    thumbs: loadThumbs(store),
    corrupt: loaded.corrupt === null ? null : { detail: loaded.corrupt, key: CORRUPT_KEY },
    saveError: null,
  };
}

export function deckState(): DeckState {
  state ??= initial();
  return state;
}

function set(next: Omit<DeckState, 'saveError' | 'corrupt'>, thumbsChanged = false): void {
  const store = browserStorage();
  const error =
    saveDecks(store, next) ?? (thumbsChanged ? saveThumbs(store, next.thumbs, next.decks) : null);
  state = { ...deckState(), ...next, saveError: error };
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useDeckState(): DeckState {
  return useSyncExternalStore(subscribe, deckState, deckState);
}

export function currentDeck(s: DeckState = deckState()): Deck | null {
  return s.decks.find((d) => d.id === s.current) ?? null;
}

/** Replaces a deck by its edited version (same id). */
export function replaceDeck(deck: Deck): void {
  const s = deckState();
  set({ ...s, decks: s.decks.map((d) => (d.id === deck.id ? deck : d)) });
}

export function selectDeck(id: string): void {
  set({ ...deckState(), current: id });
}

/** A new empty deck, made current. */
export function createDeck(title: string): Deck {
  const deck = emptyDeck(title);
  const s = deckState();
  set({ ...s, decks: [...s.decks, deck], current: deck.id });
  return deck;
}

/** A copy of a deck (shared, sample, file) as a new deck of this browser, with fresh ids. */
export function importDeck(deck: Deck): Deck {
  const copy: Deck = {
    id: newId(),
    title: deck.title,
    slides: deck.slides.map((sl) => ({ ...sl, id: newId() })),
  };
  const s = deckState();
  set({ ...s, decks: [...s.decks, copy], current: copy.id });
  return copy;
}

/** Removes a deck; returns what undo needs. */
export function deleteDeck(id: string): { deck: Deck; index: number } | null {
  const s = deckState();
  const index = s.decks.findIndex((d) => d.id === id);
  if (index < 0) return null;
  const decks = s.decks.filter((d) => d.id !== id);
  set({ ...s, decks, current: s.current === id ? (decks[0]?.id ?? null) : s.current });
  return { deck: s.decks[index] as Deck, index };
}

export function restoreDeck(removed: { deck: Deck; index: number }): void {
  const s = deckState();
  const decks = [...s.decks];
  decks.splice(Math.min(removed.index, decks.length), 0, removed.deck);
  set({ ...s, decks, current: removed.deck.id }, true);
}

/**
 * Adds a slide to the current deck (a new deck when there is none) with its picture, if one was
 * taken. Returns the deck and the slide's number.
 */
export function addSlideHere(
  slide: Omit<Slide, 'id'>,
  thumb: string | null,
  untitled: string,
): { deck: Deck; number: number } {
  const s = deckState();
  const base = currentDeck(s) ?? emptyDeck(untitled);
  const id = newId();
  const deck = addSlide(base, slide, id);
  const decks = s.decks.some((d) => d.id === deck.id)
    ? s.decks.map((d) => (d.id === deck.id ? deck : d))
    : [...s.decks, deck];
  const thumbs = thumb ? { ...s.thumbs, [id]: thumb } : s.thumbs;
  set({ decks, current: deck.id, thumbs }, thumb !== null);
  return { deck, number: deck.slides.length };
}
