// The lab's descriptions read the numbers their figures draw: distinct values per dimension, the
// chance curve at n, the share of samples low on the axis, each strategy's median curve.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import {
  describeBands,
  describeBoxMap,
  describeCoverage,
  describeHistogram,
  describeHyperband,
  describeTrials,
  lowestTenthShare,
} from './describeLab.ts';

const en = MESSAGES.en;
const ko = MESSAGES.ko;

describe('describeCoverage', () => {
  it('names the dimension that matters first, with its distinct values', () => {
    const facts = { design: 'Grid', trials: 25, distinctX: 5, distinctY: 5, best: 0.97 };
    expect(describeCoverage({ ...facts, important: 'x' }, en)).toBe(
      'Grid: 25 trials cover 5 distinct values of x, the dimension that matters, and 5 of y, best 0.97',
    );
    expect(describeCoverage({ ...facts, distinctY: 25, important: 'y' }, en)).toBe(
      'Grid: 25 trials cover 25 distinct values of y, the dimension that matters, and 5 of x, best 0.97',
    );
    expect(describeCoverage({ ...facts, important: 'x' }, ko)).toContain('시행 25번');
  });
});

describe('describeTrials', () => {
  it('reads the chance at n and the trials needed for the confidence', () => {
    // 1 - 0.95^20 = 0.6415
    const chance = 1 - 0.95 ** 20;
    expect(describeTrials({ p: 0.05, n: 20, chance, confidence: 0.95, needed: 59 }, en)).toBe(
      'With 20 random trials, the chance that one is in the top 5% is 64.2%; 59 trials reach 95%',
    );
  });
});

describe('describeHistogram', () => {
  it('counts the share in the lowest tenth of the axis, in axis units', () => {
    expect(lowestTenthShare([0, 0.05, 0.1, 0.5, 1], [0, 1])).toBeCloseTo(3 / 5);
    expect(lowestTenthShare([], [0, 1])).toBeNaN();
    // On a log axis over 10^-4..10^-1 the lowest tenth is 10^-4..10^-3.7: 1e-4 and 1.5e-4 are in.
    const values = Float64Array.from([1e-4, 1.5e-4, 1e-3, 1e-2, 0.05]);
    expect(describeHistogram({ name: 'rate', values, axis: 'log10', domain: [-4, -1] }, en)).toBe(
      '5 samples of rate over [1×10⁻⁴, 0.1] on a log axis, 40% of them in the lowest tenth of the axis',
    );
    const linear = describeHistogram(
      { name: 'rate', values, axis: 'linear', domain: [0, 0.1] },
      en,
    );
    expect(linear).toContain('on a linear axis, 80% of them');
  });
});

describe('describeBands', () => {
  it('gives each series its first and last finite median', () => {
    const series = [
      { label: 'Random', xs: [1, 2, 3], median: [1.2, 0.8, 0.3] },
      { label: 'BO', xs: [1, 2, 3], median: [Number.NaN, 0.9, 0.01] },
      { label: 'Empty', xs: [1], median: [Number.NaN] },
    ];
    expect(describeBands({ xLabel: 'evaluations', yLabel: 'regret', series }, en)).toBe(
      'Median regret against evaluations: Random from 1.2 to 0.3 at 3; BO from 0.9 to 0.01 at 3',
    );
    expect(describeBands({ xLabel: 'x', yLabel: 'y', series: [] }, en)).toBe(
      'Median y against x: not computed yet',
    );
  });
});

describe('describeBoxMap', () => {
  it('counts the trials, names the best and the box', () => {
    const points = [
      { x: 0.1, y: 0.9 },
      { x: 0.31, y: 0.72 },
    ];
    const box = { lower: [0.2, 0.6], upper: [0.4, 0.8] };
    expect(describeBoxMap({ points, best: 1, box }, en)).toBe(
      '2 trials, best at (0.31, 0.72), box x in [0.2, 0.4] and y in [0.6, 0.8]',
    );
    expect(describeBoxMap({ points: points.slice(0, 1), best: -1, box: null }, en)).toBe('1 trial');
  });
});

describe('describeHyperband', () => {
  it('lists the selected bracket rung by rung', () => {
    const rungs = [
      { trials: 9, epochs: 1 },
      { trials: 3, epochs: 3 },
      { trials: 1, epochs: 9 },
    ];
    expect(describeHyperband({ maxEpochs: 9, factor: 3, brackets: 3, rungs }, en)).toBe(
      '3 brackets, up to 9 epochs, factor 3; the selected bracket runs models × epochs 9 × 1 → 3 × 3 → 1 × 9',
    );
    expect(describeHyperband({ maxEpochs: 9, factor: 3, brackets: 3, rungs }, ko)).toContain(
      '9 × 1 → 3 × 3 → 1 × 9',
    );
  });
});
