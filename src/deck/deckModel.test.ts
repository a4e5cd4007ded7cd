import { describe, expect, it } from 'vitest';
import {
  addSlide,
  DECK_FORMAT,
  deckFromText,
  deckToJson,
  emptyDeck,
  isSafeSlideHref,
  moveSlide,
  parseDeck,
  removeSlide,
  restoreSlide,
  slideHrefOf,
  slideUrl,
  updateSlide,
  type Deck,
} from './deckModel.ts';

function threeSlides(): Deck {
  let d = emptyDeck('Lecture', 'd1');
  d = addSlide(d, { title: 'A', notes: '', href: '#/' }, 'a');
  d = addSlide(d, { title: 'B', notes: '', href: '#/lab/coverage' }, 'b');
  return addSlide(d, { title: 'C', notes: '', href: '?s=1.x.y#/' }, 'c');
}
const titles = (d: Deck) => d.slides.map((s) => s.title).join('');

describe('slide addresses', () => {
  it('keep route, query and fragment, without the view parameters', () => {
    expect(slideHrefOf('https://h/app/?present=1&s=1.a.b#/')).toBe('?s=1.a.b#/');
    expect(slideHrefOf('https://h/app/#/lab/race?s=1.a.b&embed=1&figure=mean')).toBe(
      '#/lab/race?s=1.a.b',
    );
    expect(slideHrefOf('https://h/app/')).toBe('#/');
    expect(slideHrefOf('https://h/app/#/lab/coverage')).toBe('#/lab/coverage');
  });

  it('are never the deck screen itself', () => {
    expect(slideHrefOf('https://h/app/#/deck')).toBeNull();
    expect(slideHrefOf('https://h/app/?deck=abc#/deck?handout=1')).toBeNull();
  });

  it('accept only relative addresses of this app', () => {
    for (const ok of ['#/', '#/lab/coverage', '?s=1.a.b#/', '#/?s=1.a.b', '?s=1'])
      expect(isSafeSlideHref(ok), ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'https://evil.example/#/',
      '//evil.example/#/',
      '/other/page#/',
      '../x#/',
      'data:text/html,<script>',
      '#/\u0000',
      '?a\\b',
      '',
      'lab/coverage',
    ])
      expect(isSafeSlideHref(bad), bad).toBe(false);
  });

  it('open in the page they are presented from, with present=1', () => {
    expect(slideUrl('?s=1.a.b#/', 'https://h/app/index.html?deck=x#/deck', true)).toBe(
      'https://h/app/index.html?s=1.a.b&present=1#/',
    );
    expect(slideUrl('#/lab/trials', 'https://h/app/?deck=x#/deck', false)).toBe(
      'https://h/app/#/lab/trials',
    );
  });
});

describe('editing a deck', () => {
  it('adds, renames, writes notes and reorders without touching the original', () => {
    const d = threeSlides();
    const e = updateSlide(d, 'b', { title: 'Grid', notes: 'why random wins' });
    expect(e.slides[1]).toMatchObject({ title: 'Grid', notes: 'why random wins' });
    expect(d.slides[1]?.title).toBe('B');
    expect(titles(moveSlide(d, 'c', -1))).toBe('ACB');
    expect(titles(moveSlide(d, 'a', -1))).toBe('ABC');
    expect(titles(moveSlide(d, 'a', 5))).toBe('BCA');
  });

  it('deletes with an undo that puts the slide back where it was', () => {
    const d = threeSlides();
    const r = removeSlide(d, 'b');
    expect(titles(r.deck)).toBe('AC');
    expect(r.removed).not.toBeNull();
    expect(titles(restoreSlide(r.deck, r.removed!))).toBe('ABC');
    expect(removeSlide(d, 'zz').removed).toBeNull();
  });
});

describe('reading a deck', () => {
  it('round-trips through its file form', () => {
    const d = updateSlide(threeSlides(), 'a', { notes: 'line 1\nline 2' });
    const back = deckFromText(JSON.stringify(deckToJson(d)));
    expect(back).toEqual({ deck: d });
  });

  it('refuses bad JSON, another format, another version and foreign addresses', () => {
    const code = (r: ReturnType<typeof parseDeck>) => ('problem' in r ? r.problem.code : 'ok');
    expect(code(deckFromText('{"format":'))).toBe('deckBadJson');
    expect(code(parseDeck([]))).toBe('deckBadFormat');
    expect(code(parseDeck({ format: 'other', version: 1, slides: [] }))).toBe('deckBadFormat');
    const v2 = parseDeck({ format: DECK_FORMAT, version: 2, slides: [] });
    expect(v2).toEqual({
      problem: { code: 'deckBadVersion', params: { version: '2', supported: 1 } },
    });
    const evil = parseDeck({
      format: DECK_FORMAT,
      version: 1,
      slides: [{ href: '#/' }, { title: 'x', href: 'javascript:alert(1)' }],
    });
    expect(evil).toEqual({
      problem: { code: 'deckBadHref', params: { k: 2, href: 'javascript:alert(1)' } },
    });
    const many = Array.from({ length: 201 }, () => ({ href: '#/' }));
    expect(code(parseDeck({ format: DECK_FORMAT, version: 1, slides: many }))).toBe('deckTooLarge');
  });

  it('fills missing texts and makes duplicate ids unique', () => {
    const r = parseDeck({
      format: DECK_FORMAT,
      version: 1,
      slides: [
        { id: 'x', href: '#/' },
        { id: 'x', href: '#/network', title: 7 },
      ],
    });
    if ('problem' in r) throw new Error(r.problem.code);
    expect(r.deck.slides.map((s) => s.title)).toEqual(['', '']);
    expect(new Set(r.deck.slides.map((s) => s.id)).size).toBe(2);
  });
});
