// The sample deck's lab slides (src/deck/sampleDeck.json) open in the state their notes describe,
// written in the figures' own link format. Here, not in src/deck: it reads the lab figures'
// schemas, which the deck layer may not import.
import { describe, expect, it } from 'vitest';
import { routeOf } from '../../src/deck/deckModel.ts';
import { sampleDeck } from '../../src/deck/sampleDeck.ts';
import { COVERAGE_LINK } from '../../src/lab/gridrandom/CoverageFigure.tsx';
import { decodeLab, encodeLab, LAB_LINK_PARAM } from '../../src/lab/labLink.ts';
import { readLinkParam } from '../../src/share/linkAddress.ts';

describe('the sample deck', () => {
  it("opens its lab slides in the state their notes describe, in the figures' own link format", () => {
    const slides = sampleDeck('en').slides;
    for (const s of slides.filter((x) => routeOf(x.href).startsWith('#/lab/'))) {
      const [search = '', hash = ''] = s.href.split('#');
      const l = readLinkParam(LAB_LINK_PARAM, search, `#${hash}`);
      // A lab slide's state, where it has one, is for the figure its route opens.
      if (l !== null) expect(`#/lab/${l.split('_')[0]}`).toBe(routeOf(s.href));
    }
    const coverage = slides.find((s) => routeOf(s.href) === '#/lab/coverage')!;
    const l = readLinkParam(LAB_LINK_PARAM, coverage.href.split('#')[0]!, '');
    const decoded = decodeLab('coverage', COVERAGE_LINK, l);
    expect(decoded?.reset).toEqual([]);
    // Written as the figure itself writes it (so the figure reads every value back).
    expect(encodeLab('coverage', COVERAGE_LINK, decoded!.values)).toBe(l);
    // The notes' "k×k grid … k² distinct values" is the grid the slide opens on, one important
    // parameter (x) and one that barely matters (y).
    const { k, wx, wy } = decoded!.values;
    expect(coverage.notes).toContain(`${k}×${k} grid`);
    expect(coverage.notes).toContain(`${k * k} distinct values`);
    expect(wx).toBeGreaterThan(10 * wy);
  });
});
