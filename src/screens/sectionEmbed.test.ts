import { describe, expect, it } from 'vitest';
import { FIGURES } from '../lab/figures.ts';
import { parseViewMode, SECTION_FIGURE_IDS } from '../store/viewMode.ts';

describe('embed ids of the other sections', () => {
  it('name every lab figure, and the network study', () => {
    expect([...SECTION_FIGURE_IDS].sort()).toEqual([...FIGURES.map((f) => f.id), 'network'].sort());
  });

  it('open as that section, not as an unknown BO figure', () => {
    for (const id of SECTION_FIGURE_IDS) {
      expect(parseViewMode(`?embed=1&figure=${id}`)).toEqual({
        kind: 'embed',
        figure: null,
        section: id,
      });
    }
    expect(parseViewMode('?embed=1&figure=objective')).toEqual({
      kind: 'embed',
      figure: 'objective',
    });
  });
});
