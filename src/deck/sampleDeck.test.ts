import { describe, expect, it } from 'vitest';
import { decodeStudy, LINK_PARAM } from '../share/linkCodec.ts';
import { decodeDeck, encodeDeck } from './deckCodec.ts';
import { isSafeSlideHref, routeOf } from './deckModel.ts';
import { sampleDeck } from './sampleDeck.ts';

describe('the sample deck', () => {
  it('follows the lecture on hyperparameter search, in English and Korean', () => {
    const en = sampleDeck('en');
    const ko = sampleDeck('ko');
    expect(en.slides.map((s) => routeOf(s.href))).toEqual([
      '#/network',
      '#/lab/coverage',
      '#/lab/trials',
      '#/lab/log-scale',
      '#/lab/coarse-to-fine',
      '#/',
      '#/',
      '#/',
      '#/lab/parallel',
      '#/lab/hyperband',
    ]);
    expect(ko.slides.map((s) => s.href)).toEqual(en.slides.map((s) => s.href));
    for (const [i, s] of en.slides.entries()) {
      expect(isSafeSlideHref(s.href)).toBe(true);
      expect(s.title).not.toBe('');
      const lines = s.notes.split('\n').length;
      expect(lines).toBeGreaterThanOrEqual(1);
      expect(lines).toBeLessThanOrEqual(3);
      expect(ko.slides[i]?.notes).not.toBe(s.notes);
    }
  });

  it('opens its BO slides on studies the app reads without a complaint', () => {
    const bo = sampleDeck('en').slides.filter((s) => routeOf(s.href) === '#/');
    expect(bo).toHaveLength(3);
    for (const s of bo) {
      const value = new URLSearchParams(s.href.split('#')[0]).get(LINK_PARAM) ?? '';
      const parsed = decodeStudy(value);
      expect(parsed.issues).toEqual([]);
      expect(parsed.objective.id).toBe('forrester');
      expect(parsed.study.observations).toHaveLength(4);
      // The values are the objective's own at those points.
      for (const o of parsed.study.observations) expect(o.y).toBe(parsed.objective.f(o.x));
    }
    expect(
      bo.map(
        (s) =>
          decodeStudy(new URLSearchParams(s.href.split('#')[0]).get('s')!).study.settings
            .acquisition,
      ),
    ).toEqual(['ei', 'ucb', 'ei']);
  });

  it('travels in a link', () => {
    const deck = sampleDeck('ko');
    const back = decodeDeck(encodeDeck(deck));
    expect('deck' in back && back.deck.slides.map((s) => s.href)).toEqual(
      deck.slides.map((s) => s.href),
    );
  });
});
