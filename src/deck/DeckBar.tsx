import './deck.css';
import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { ownsKey } from '../playground/useKeyboard.ts';
import { fill } from '../widgets/format.ts';
import { presentSlide, readPresenting, stopPresenting, type Presenting } from './deckPresent.ts';

/**
 * The bar shown while a deck is presented, over whatever section the slide opened: "3 / 10", the
 * slide's title, ← →, the speaker notes and the way out. While it is shown, ←, → and Escape are
 * the deck's (they would otherwise step the study's history and leave presentation mode); text
 * fields and sliders keep their keys as everywhere.
 */
export function DeckBar() {
  const [p] = useState<Presenting | null>(readPresenting);
  if (!p) return null;
  return <Bar p={p} />;
}

function Bar({ p }: { readonly p: Presenting }) {
  const t = useMessages();
  const [notesOpen, setNotesOpen] = useState(false);
  const n = p.deck.slides.length;
  const slide = p.deck.slides[p.index];
  const go = (i: number) => {
    if (i >= 0 && i < n) presentSlide(p.deck, i, p.returnTo);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (ownsKey(e.target, e.key)) return;
      const to = { ArrowLeft: p.index - 1, ArrowRight: p.index + 1 }[e.key];
      if (to === undefined && e.key !== 'Escape') return;
      // Capture phase and stopped here: the BO screen's own ← → and Escape never see it.
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.key === 'Escape') stopPresenting(p);
      else if (to !== undefined && to >= 0 && to < n) presentSlide(p.deck, to, p.returnTo);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [p, n]);

  return (
    <aside className="deck-bar" aria-label={t.deckBarLabel} data-testid="deck-bar">
      {notesOpen && (
        <div className="deck-bar-notes" data-testid="deck-bar-notes">
          {slide?.notes}
        </div>
      )}
      <div className="deck-bar-row">
        <button
          type="button"
          onClick={() => go(p.index - 1)}
          disabled={p.index === 0}
          aria-label={t.deckPrev}
          title={t.deckPrev}
        >
          ←
        </button>
        <span className="deck-bar-count" data-testid="deck-bar-count">
          {fill(t.deckSlideOf, { k: p.index + 1, n })}
        </span>
        <button
          type="button"
          onClick={() => go(p.index + 1)}
          disabled={p.index === n - 1}
          aria-label={t.deckNext}
          title={t.deckNext}
        >
          →
        </button>
        <strong className="deck-bar-title" data-testid="deck-bar-title">
          {slide?.title}
        </strong>
        {/* On a phone the bar keeps to one line: short labels, the full ones as names. */}
        <button
          type="button"
          aria-pressed={notesOpen}
          aria-label={t.deckNotesShow}
          onClick={() => setNotesOpen((o) => !o)}
        >
          <span className="deck-bar-long">{t.deckNotesShow}</span>
          <span className="deck-bar-short">{t.deckNotesShort}</span>
        </button>
        <button
          type="button"
          onClick={() => stopPresenting(p)}
          title={t.deckExit}
          aria-label={t.deckExit}
        >
          <span className="deck-bar-long">{t.deckExit}</span>
          <span className="deck-bar-short">✕</span>
        </button>
      </div>
    </aside>
  );
}
