import { useMessages } from '../i18n/locale.ts';
import type { Deck } from './deckModel.ts';

/**
 * The deck as a printable page (print or "Save as PDF"): per slide its title, notes and the
 * picture taken when it was added, or its address where there is none.
 */
export function Handout({
  deck,
  thumbs,
  back,
}: {
  readonly deck: Deck;
  readonly thumbs: Readonly<Record<string, string>>;
  readonly back: string;
}) {
  const t = useMessages();
  return (
    <article className="deck-handout" data-testid="deck-handout-page">
      <div className="deck-toolbar deck-no-print">
        <button type="button" className="primary" onClick={() => globalThis.print()}>
          {t.deckPrint}
        </button>
        <button type="button" onClick={() => globalThis.location.assign(back)}>
          {t.deckHandoutClose}
        </button>
      </div>
      <h2>{deck.title}</h2>
      <ol>
        {deck.slides.map((s) => (
          <li key={s.id} className="deck-handout-slide">
            <h3>{s.title}</h3>
            {thumbs[s.id] ? (
              <img src={thumbs[s.id]} alt="" />
            ) : (
              <p className="deck-handout-address">
                {t.deckNoThumb}{' '}
                <code>{s.href.length > 120 ? `${s.href.slice(0, 117)}…` : s.href}</code>
              </p>
            )}
            <p className="deck-handout-notes">{s.notes}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
