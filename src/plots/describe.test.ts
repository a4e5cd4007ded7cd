// The plots' descriptions read the same numbers the plots draw: the domain, the observations, the
// best one, the acquisition's maximum on the drawn grid, the map's range and the next point.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { describeAcquisition1D, describeHeatmap, describeObjective1D } from './describe.ts';

const en = MESSAGES.en;
const ko = MESSAGES.ko;
const axis = { name: 'x', domain: [-2, 6] as const, scale: 'linear' as const };
const observations = [
  { x: -1, y: 0.5, index: 1 },
  { x: 2.5, y: 0.2, index: 2 },
  { x: 0.6, y: 1.6991, index: 3 },
  { x: 4, y: null, index: 4 },
  { x: 5, y: 0.1, index: 5 },
];

describe('describeObjective1D', () => {
  it('names the band, the domain, the count, the best and the next point', () => {
    const text = describeObjective1D(
      { axis, band: 'ci95', hasModel: true, observations, bestIndex: 3, next: { x: 0.63 } },
      en,
    );
    expect(text).toBe(
      'GP mean and 95% band over x in [−2, 6], 5 observations, best 1.699 at x = 0.6, next point x = 0.63',
    );
  });

  it('says when there is no model and no next point; one observation is singular', () => {
    const text = describeObjective1D(
      { axis, band: 'sigma1', hasModel: false, observations: observations.slice(0, 1) },
      en,
    );
    expect(text).toBe('Objective over x in [−2, 6], no model yet, 1 observation');
  });

  it('writes log10 axes in real values, and speaks Korean', () => {
    const log = { name: 'lr', domain: [-4, -1] as const, scale: 'log10' as const };
    const text = describeObjective1D(
      { axis: log, band: 'sigma1', hasModel: true, observations: [], next: { x: -2 } },
      ko,
    );
    expect(text).toBe('lr ∈ [1×10⁻⁴, 0.1]에서 GP 평균과 ±1σ 띠, 관측 0개, 다음 점 lr = 0.01');
  });
});

describe('describeAcquisition1D', () => {
  it('finds the maximum on the grid the plot draws', () => {
    const grid = [-2, 0, 0.63, 2, 6];
    const values = [0, 0.05, 0.21, Number.NaN, 0.01];
    const text = describeAcquisition1D(
      { axis, name: 'Expected improvement', grid, values, next: { x: 0.63 } },
      en,
    );
    expect(text).toBe(
      'Expected improvement over x in [−2, 6], maximum 0.21 at x = 0.63, next point x = 0.63',
    );
  });

  it('says when the curve is not computed yet', () => {
    const text = describeAcquisition1D({ axis, name: 'UCB', grid: [0, 1], values: null }, en);
    expect(text).toBe('UCB over x in [−2, 6], not computed yet');
  });
});

describe('describeHeatmap', () => {
  it('names both axes, the range of the values drawn, the count and the next point', () => {
    const text = describeHeatmap(
      {
        name: 'GP mean',
        x: { name: 'x', domain: [-5, 10], scale: 'linear' },
        y: { name: 'y', domain: [0, 15], scale: 'linear' },
        values: new Float64Array([3, -1.5, Number.POSITIVE_INFINITY, 250]),
        observationCount: 12,
        next: { x: 3.14, y: 2.27 },
        formatPoint: (x, y) => `(${x}, ${y})`,
      },
      en,
    );
    expect(text).toBe(
      'GP mean over x in [−5, 10] and y in [0, 15], values from −1.5 to 250, 12 observations, next point (3.14, 2.27)',
    );
  });
});
