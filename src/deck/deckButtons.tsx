import { useMessages } from '../i18n/locale.ts';
import type { Deck } from './deckModel.ts';
import { presentSlide } from './deckPresent.ts';

/** Where Escape returns to after presenting: the screen the deck was presented from. */
export function hereRelative(): string {
  const loc = globalThis.location;
  return loc ? `${loc.search}${loc.hash}` : '#/deck';
}

/** "Present deck" and "Handout", for one's own decks and shared ones alike. */
export function DeckButtons({ deck, handout }: { readonly deck: Deck; readonly handout: string }) {
  const t = useMessages();
  return (
    <>
      <button
        type="button"
        className="primary"
        disabled={deck.slides.length === 0}
        onClick={() => presentSlide(deck, 0, hereRelative())}
        data-testid="deck-present"
      >
        {t.deckPresent}
      </button>
      <button
        type="button"
        data-testid="deck-handout"
        onClick={() => globalThis.location.assign(handout)}
      >
        {t.deckHandout}
      </button>
    </>
  );
}
