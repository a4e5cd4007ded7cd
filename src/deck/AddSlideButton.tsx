import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { linkFor } from '../share/linkCodec.ts';
import { currentStudy } from '../share/shareActions.ts';
import { fill } from '../widgets/format.ts';
import { slideHrefOf } from './deckModel.ts';
import { addSlideHere } from './deckState.ts';
import { captureThumb } from './slideThumb.ts';

/**
 * The address of what is on screen. The BO study is written into it here (as Copy link does), so
 * a slide holds the study even where the address bar does not carry it yet.
 */
function hereHref(onBoScreen: boolean): string | null {
  const href = globalThis.location?.href;
  if (!href) return null;
  return slideHrefOf(onBoScreen ? linkFor(currentStudy(), href) : href);
}

/** "Add slide" in the header: the state on screen becomes the current deck's next slide. */
export function AddSlideButton({ onBoScreen }: { readonly onBoScreen: boolean }) {
  const t = useMessages();
  const [said, setSaid] = useState('');
  // The confirmation covers part of the page: gone after a few seconds.
  useEffect(() => {
    if (!said) return;
    const id = setTimeout(() => setSaid(''), 5000);
    return () => clearTimeout(id);
  }, [said]);
  const add = async () => {
    const href = hereHref(onBoScreen);
    if (href === null) return;
    // Read before the picture is painted (the user may move on meanwhile): the lab figure's
    // title, else the tab's, which names the section ("Tune a network — BO Playground").
    const figure = document.getElementById('lab-figure-title')?.textContent?.trim();
    const title = figure || (document.title.split(' — ')[0] ?? '');
    const thumb = await captureThumb();
    const { deck, number } = addSlideHere({ title, notes: '', href }, thumb, t.deckUntitled);
    setSaid(fill(t.deckAdded, { k: number, deck: deck.title }));
  };
  return (
    <span className="deck-add">
      <button
        type="button"
        className="deck-add-button"
        title={t.deckAddSlideTitle}
        data-testid="deck-add-slide"
        onClick={() => void add()}
      >
        {t.deckAddSlide}
      </button>
      <span role="status" className="deck-add-status" data-testid="deck-add-status">
        {said}
      </span>
    </span>
  );
}
