import { useRef, useState } from 'react';
import { useMessages, localeOf } from '../i18n/locale.ts';
import { downloadText } from '../share/download.ts';
import { FilePicker } from '../share/FilePicker.tsx';
import { LinkField } from '../share/LinkField.tsx';
import { fill } from '../widgets/format.ts';
import { deckLink, LONG_DECK_LINK } from './deckCodec.ts';
import {
  deckFromText,
  deckToJson,
  moveSlide,
  removeSlide,
  restoreSlide,
  updateSlide,
  type Deck,
  type DeckProblem,
  type Slide,
} from './deckModel.ts';
import { presentSlide } from './deckPresent.ts';
import { DeckButtons, hereRelative } from './deckButtons.tsx';
import { problemText } from './deckProblem.ts';
import {
  createDeck,
  currentDeck,
  deckState,
  deleteDeck,
  importDeck,
  replaceDeck,
  restoreDeck,
  selectDeck,
  useDeckState,
} from './deckState.ts';
import { sampleDeck } from './sampleDeck.ts';
import { SlideList } from './SlideList.tsx';

type Undo =
  | { kind: 'slide'; deckId: string; slide: Slide; index: number }
  | { kind: 'deck'; deck: Deck; index: number };

const fileName = (deck: Deck) =>
  `${deck.title.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 40) || 'deck'}.deck.json`;

/** This browser's decks: choose one, edit its slides, present, share, print a handout. */
export function DeckEditor() {
  const t = useMessages();
  const s = useDeckState();
  const deck = currentDeck(s);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [problem, setProblem] = useState<DeckProblem | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const page = globalThis.location?.href ?? 'http://localhost/';

  const openText = (text: string) => {
    const r = deckFromText(text);
    if ('problem' in r) setProblem(r.problem);
    else {
      setProblem(null);
      importDeck(r.deck);
    }
  };
  const openSample = () => {
    globalThis.location.assign(deckLink(sampleDeck(localeOf(t)), page));
  };

  return (
    <div className="deck-editor">
      {s.corrupt && (
        <p role="alert" className="deck-problem" data-testid="deck-corrupt">
          {fill(t.deckStoreCorrupt, s.corrupt)}
        </p>
      )}
      {s.saveError && (
        <p role="alert" className="deck-problem">
          {fill(t.deckStoreFull, { detail: s.saveError })}
        </p>
      )}
      {problem && (
        <p role="alert" className="deck-problem" data-testid="deck-problem">
          {problemText(t, problem)}
        </p>
      )}
      <div className="deck-toolbar">
        {s.decks.length > 0 && (
          <label className="field">
            <span>{t.deckChoose}</span>
            <select
              value={s.current ?? ''}
              onChange={(e) => selectDeck(e.currentTarget.value)}
              data-testid="deck-choose"
            >
              {s.decks.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title || t.deckUntitled} ({d.slides.length})
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => createDeck(t.deckUntitled)}>
          {t.deckNew}
        </button>
        <button type="button" onClick={() => picker.current?.click()}>
          {t.deckOpenFile}
        </button>
        <FilePicker
          ref={picker}
          accept=".json,application/json"
          testId="deck-file"
          onText={(text) => openText(text)}
        />
        <button type="button" onClick={openSample} data-testid="deck-sample">
          {t.deckSample}
        </button>
      </div>
      {undo && (
        <p role="status" className="deck-undo">
          {fill(t.deckDeleted, {
            title: undo.kind === 'slide' ? undo.slide.title : undo.deck.title,
          })}{' '}
          <button
            type="button"
            data-testid="deck-undo"
            onClick={() => {
              if (undo.kind === 'deck') restoreDeck(undo);
              else {
                const d = deckState().decks.find((x) => x.id === undo.deckId);
                if (d) replaceDeck(restoreSlide(d, undo));
              }
              setUndo(null);
            }}
          >
            {t.deckUndo}
          </button>
        </p>
      )}
      {deck && <OwnDeck deck={deck} thumbs={s.thumbs} page={page} onDeleted={setUndo} />}
    </div>
  );
}

function OwnDeck({
  deck,
  thumbs,
  page,
  onDeleted,
}: {
  readonly deck: Deck;
  readonly thumbs: Readonly<Record<string, string>>;
  readonly page: string;
  readonly onDeleted: (u: Undo) => void;
}) {
  const t = useMessages();
  const link = deckLink(deck, page);
  return (
    <section className="deck-own" data-testid="deck-own">
      <label className="field deck-name">
        <span>{t.deckName}</span>
        <input
          type="text"
          value={deck.title}
          data-testid="deck-name"
          onChange={(e) => replaceDeck({ ...deck, title: e.currentTarget.value })}
        />
      </label>
      <div className="deck-toolbar">
        <DeckButtons deck={deck} handout="#/deck?handout=1" />
        <button
          type="button"
          onClick={() =>
            downloadText(
              fileName(deck),
              JSON.stringify(deckToJson(deck), null, 2),
              'application/json',
            )
          }
        >
          {t.deckSaveFile}
        </button>
        <button
          type="button"
          onClick={() => {
            const index = deckState().decks.findIndex((d) => d.id === deck.id);
            const removed = deleteDeck(deck.id);
            if (removed) onDeleted({ kind: 'deck', deck: removed.deck, index });
          }}
        >
          {t.deckDeleteDeck}
        </button>
      </div>
      {deck.slides.length > 0 && (
        <LinkField id="deck" label={t.deckLinkLabel} link={link} hint={t.deckLinkHint}>
          {link.length > LONG_DECK_LINK && (
            <p className="deck-problem">{fill(t.deckLinkLong, { n: link.length })}</p>
          )}
        </LinkField>
      )}
      <SlideList
        deck={deck}
        thumbs={thumbs}
        onPresent={(i) => presentSlide(deck, i, hereRelative())}
        edits={{
          onChange: (id, change) => replaceDeck(updateSlide(deck, id, change)),
          onMove: (id, by) => replaceDeck(moveSlide(deck, id, by)),
          onDelete: (slide) => {
            const r = removeSlide(deck, slide.id);
            replaceDeck(r.deck);
            if (r.removed) onDeleted({ kind: 'slide', deckId: deck.id, ...r.removed });
          },
        }}
      />
    </section>
  );
}
