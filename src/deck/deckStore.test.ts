import { describe, expect, it } from 'vitest';
import { addSlide, emptyDeck } from './deckModel.ts';
import {
  CORRUPT_KEY,
  DECKS_KEY,
  loadDecks,
  loadThumbs,
  saveDecks,
  saveThumbs,
  THUMBS_KEY,
} from './deckStore.ts';

function memory(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage & { data: Map<string, string> };
}

const deck = addSlide(emptyDeck('L', 'd1'), { title: 'A', notes: 'n', href: '#/' }, 's1');

describe('saved decks', () => {
  it('round-trip with the current deck', () => {
    const store = memory();
    expect(saveDecks(store, { decks: [deck], current: 'd1' })).toBeNull();
    expect(loadDecks(store)).toEqual({ decks: [deck], current: 'd1', corrupt: null });
    expect(loadDecks(memory())).toEqual({ decks: [], current: null, corrupt: null });
  });

  it('keep a copy of an entry they cannot read, and say why', () => {
    for (const text of [
      '{oops',
      '{"format":"bo-playground-decks","version":7,"decks":[]}',
      '{"format":"bo-playground-decks","version":1,"decks":[{"format":"bo-playground-deck","version":1,"slides":[{"href":"javascript:x"}]}]}',
    ]) {
      const store = memory();
      store.setItem(DECKS_KEY, text);
      const r = loadDecks(store);
      expect(r.decks).toEqual([]);
      expect(r.corrupt).toBeTruthy();
      expect(store.data.get(CORRUPT_KEY)).toBe(text);
    }
  });

  it('report a storage that refuses to save', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveDecks(full, { decks: [deck], current: 'd1' })).toBe('QuotaExceededError');
  });

  it('keep pictures of live slides only, and only PNG data URLs', () => {
    const store = memory();
    const png = 'data:image/png;base64,AAAA';
    saveThumbs(store, { s1: png, gone: png }, [deck]);
    expect(loadThumbs(store)).toEqual({ s1: png });
    store.setItem(THUMBS_KEY, '{"s1":"javascript:x"}');
    expect(loadThumbs(store)).toEqual({});
    store.setItem(THUMBS_KEY, 'nope');
    expect(loadThumbs(store)).toEqual({});
  });
});
