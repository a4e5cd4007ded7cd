import { describe, expect, it } from 'vitest';
import { textToBase64url } from '../share/base64url.ts';
import { MAX_QUERY_LINK } from '../share/linkAddress.ts';
import { decodeDeck, deckFromLocation, deckLink, encodeDeck } from './deckCodec.ts';
import { addSlide, emptyDeck, type Deck } from './deckModel.ts';

const deck: Deck = addSlide(
  addSlide(emptyDeck('강의 1', 'd'), { title: 'GP', notes: 'band = σ', href: '?s=1.a.b#/' }, 'a'),
  { title: 'Grid', notes: '', href: '#/lab/coverage' },
  'b',
);
const content = (d: Deck) => ({ title: d.title, slides: d.slides.map(({ id: _, ...s }) => s) });

describe('deck links', () => {
  it('round-trip titles, notes and addresses (ids are the reader’s own)', () => {
    const back = decodeDeck(encodeDeck(deck));
    if ('problem' in back) throw new Error(back.problem.code);
    expect(content(back.deck)).toEqual(content(deck));
  });

  it('open the deck screen, in the query when short and in the fragment when long', () => {
    const short = new URL(deckLink(deck, 'https://h/app/?s=1.x.y#/lab'));
    expect(short.hash).toBe('#/deck');
    expect(short.searchParams.get('s')).toBeNull();
    expect(deckFromLocation(short.search, short.hash)).toMatchObject({
      deck: { title: '강의 1' },
    });
    const notes = 'n'.repeat(MAX_QUERY_LINK);
    const big = addSlide(deck, { title: 'long', notes, href: '#/' });
    const long = new URL(deckLink(big, 'https://h/app/'));
    expect(long.search).toBe('');
    expect(long.hash.startsWith('#/deck?deck=')).toBe(true);
    expect(deckFromLocation(long.search, long.hash)).toMatchObject({ deck: { title: '강의 1' } });
  });

  it('refuse damaged links with a reason', () => {
    expect(decodeDeck('***')).toEqual({ problem: { code: 'deckBadLink', params: {} } });
    expect(decodeDeck(textToBase64url('{"v":1,'))).toMatchObject({
      problem: { code: 'deckBadJson' },
    });
    expect(decodeDeck(textToBase64url('{"v":9,"t":"x","s":[]}'))).toMatchObject({
      problem: { code: 'deckBadVersion' },
    });
    const evil = textToBase64url('{"v":1,"t":"x","s":[["a","","https://evil.example/"]]}');
    expect(decodeDeck(evil)).toMatchObject({ problem: { code: 'deckBadHref' } });
    expect(deckFromLocation('', '#/deck')).toBeNull();
  });
});
