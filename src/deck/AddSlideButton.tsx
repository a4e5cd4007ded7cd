import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { flushAddress } from '../share/addressBar.ts';
import { linkFor } from '../share/linkCodec.ts';
import { currentStudy } from '../share/shareActions.ts';
import { fill } from '../widgets/format.ts';
import { slideHrefOf } from './deckModel.ts';
import { addSlideHere } from './deckState.ts';
import { captureThumb } from './slideThumb.ts';

/**
 * The address of what is on screen. The address bar is the link for every section (a lab figure's
 * `l=`, the network study's `net=`), but it is written after a quiet time: a slider moved just
 * before "Add slide" must be flushed into it first. The BO study is also written here (as Copy
 * link does), because a plain visit keeps a plain address until the study changes, even when the
 * study on screen came from a restored session.
 */
function hereHref(onBoScreen: boolean): string | null {
  flushAddress();
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
        <span aria-hidden="true">+</span>
        {/* Words dropped for the icon on a laptop (present.css .compact-text), the name kept. */}
        <span className="compact-text">{t.deckAddSlide}</span>
      </button>
      <span role="status" className="deck-add-status" data-testid="deck-add-status">
        {said}
      </span>
    </span>
  );
}
