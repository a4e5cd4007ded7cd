import { useSyncExternalStore } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { readLinkParam } from '../share/linkAddress.ts';
import { deckFromLocation } from '../deck/deckCodec.ts';
import { DeckEditor } from '../deck/DeckEditor.tsx';
import { problemText } from '../deck/deckProblem.ts';
import { currentDeck, useDeckState } from '../deck/deckState.ts';
import { Handout } from '../deck/Handout.tsx';
import { SharedDeck } from '../deck/SharedDeck.tsx';

const NO_THUMBS = {};

function subscribe(onChange: () => void): () => void {
  globalThis.addEventListener?.('hashchange', onChange);
  return () => globalThis.removeEventListener?.('hashchange', onChange);
}
const address = () => `${globalThis.location?.search ?? ''}${globalThis.location?.hash ?? ''}`;

/**
 * #/deck: a deck opened from a link (read-only), else this browser's decks; `handout=1` shows
 * either as a printable handout.
 */
export default function DeckScreen() {
  const t = useMessages();
  useSyncExternalStore(subscribe, address, () => '');
  const state = useDeckState();
  const { search = '', hash = '' } = globalThis.location ?? {};
  const shared = deckFromLocation(search, hash);
  const handout = readLinkParam('handout', search, hash) === '1';
  const back = `${search}${hash.replace(/[?&]handout=1/, '')}`;
  const own = currentDeck(state);

  let body;
  if (shared && 'problem' in shared) {
    body = (
      <p role="alert" className="deck-problem" data-testid="deck-problem">
        {problemText(t, shared.problem)}
      </p>
    );
  } else if (handout && (shared?.deck ?? own)) {
    const deck = shared?.deck ?? own;
    body = deck && <Handout deck={deck} thumbs={shared ? NO_THUMBS : state.thumbs} back={back} />;
  } else if (shared) {
    body = <SharedDeck deck={shared.deck} />;
  } else {
    body = <DeckEditor />;
  }
  return (
    <main className="deck-screen" data-testid="deck-screen">
      <h1 className="deck-heading">{t.deckTitle}</h1>
      {!handout && <p className="deck-intro">{t.deckIntro}</p>}
      {body}
      {shared && 'problem' in shared && <DeckEditor />}
    </main>
  );
}
