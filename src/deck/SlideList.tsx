import { useMessages } from '../i18n/locale.ts';
import { routeOf, type Deck, type Slide } from './deckModel.ts';

export interface SlideEdits {
  readonly onChange: (id: string, change: { title?: string; notes?: string }) => void;
  readonly onMove: (id: string, by: number) => void;
  readonly onDelete: (slide: Slide) => void;
}

/**
 * The slides of a deck in order: editable (title, notes, order, delete) when `edits` is given,
 * read-only otherwise (a shared deck). Each can be presented from.
 */
export function SlideList({
  deck,
  thumbs,
  edits,
  onPresent,
}: {
  readonly deck: Deck;
  readonly thumbs: Readonly<Record<string, string>>;
  readonly edits?: SlideEdits;
  readonly onPresent: (index: number) => void;
}) {
  const t = useMessages();
  if (deck.slides.length === 0) return <p className="deck-empty">{t.deckEmpty}</p>;
  return (
    <ol className="deck-slides" data-testid="deck-slides">
      {deck.slides.map((s, i) => (
        <li key={s.id} className="deck-slide" data-testid="deck-slide">
          <div className="deck-slide-thumb">
            {thumbs[s.id] ? <img src={thumbs[s.id]} alt="" /> : <code>{routeOf(s.href)}</code>}
          </div>
          <div className="deck-slide-fields">
            {edits ? (
              <>
                <label className="field">
                  <span>
                    {i + 1}. {t.deckSlideTitle}
                  </span>
                  <input
                    type="text"
                    value={s.title}
                    data-testid="deck-slide-title"
                    onChange={(e) => edits.onChange(s.id, { title: e.currentTarget.value })}
                  />
                </label>
                <label className="field">
                  <span>{t.deckSlideNotes}</span>
                  <textarea
                    rows={2}
                    value={s.notes}
                    data-testid="deck-slide-notes"
                    onChange={(e) => edits.onChange(s.id, { notes: e.currentTarget.value })}
                  />
                </label>
              </>
            ) : (
              <>
                <h3 data-testid="deck-slide-title">
                  {i + 1}. {s.title}
                </h3>
                <p className="deck-slide-notes">{s.notes}</p>
              </>
            )}
            {thumbs[s.id] && (
              <p className="deck-slide-address">
                {t.deckSlideAddress}: <code>{routeOf(s.href)}</code>
              </p>
            )}
          </div>
          <div className="deck-slide-actions">
            <button type="button" onClick={() => onPresent(i)}>
              {t.deckPresentFrom}
            </button>
            {edits && (
              <>
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => edits.onMove(s.id, -1)}
                  data-testid="deck-move-up"
                >
                  {t.deckMoveUp}
                </button>
                <button
                  type="button"
                  disabled={i === deck.slides.length - 1}
                  onClick={() => edits.onMove(s.id, 1)}
                  data-testid="deck-move-down"
                >
                  {t.deckMoveDown}
                </button>
                <button type="button" onClick={() => edits.onDelete(s)} data-testid="deck-delete">
                  {t.deckDelete}
                </button>
              </>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
