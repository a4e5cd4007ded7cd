import { useState } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { fill } from '../widgets/format.ts';
import type { Deck } from './deckModel.ts';
import { presentSlide } from './deckPresent.ts';
import { DeckButtons, hereRelative } from './deckButtons.tsx';
import { importDeck } from './deckState.ts';
import { SlideList } from './SlideList.tsx';

const NO_THUMBS = {};

/** This address with `handout=1` after the route, the deck parameter kept where it is. */
function handoutHref(): string {
  const { search = '', hash = '' } = globalThis.location ?? {};
  return `${search}${hash}${hash.includes('?') ? '&' : '?'}handout=1`;
}

/** A deck opened from a link: read-only, to present as it is or to copy into one's own decks. */
export function SharedDeck({ deck }: { readonly deck: Deck }) {
  const t = useMessages();
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <section className="deck-shared" data-testid="deck-shared">
      <h2>{deck.title}</h2>
      <p className="deck-readonly">{t.deckReadOnly}</p>
      <div className="deck-toolbar">
        <DeckButtons deck={deck} handout={handoutHref()} />
        <button
          type="button"
          data-testid="deck-make-copy"
          onClick={() => setCopied(importDeck(deck).title)}
        >
          {t.deckMakeCopy}
        </button>
        {copied !== null && (
          <a
            href={`${globalThis.location?.pathname ?? ''}#/deck`}
            role="status"
            data-testid="deck-copied"
          >
            {fill(t.deckCopied, { deck: copied })}
          </a>
        )}
      </div>
      <SlideList
        deck={deck}
        thumbs={NO_THUMBS}
        onPresent={(i) => presentSlide(deck, i, hereRelative())}
      />
    </section>
  );
}
