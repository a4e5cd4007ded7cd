import { describe, expect, it } from 'vitest';
import { objectiveYDomain } from './plotDomain.ts';

describe('objectiveYDomain', () => {
  it('fits the truth and the observations, with room above for labels', () => {
    const [lo, hi] = objectiveYDomain({ truth: [0, 1, 2], observations: [1, null], z: 1.96 });
    expect(lo).toBeCloseTo(-0.1, 12);
    expect(hi).toBeCloseTo(2.2, 12);
  });

  it('lets a wide band extend the range by at most half of it on each side', () => {
    const mean = [0.5, 0.5];
    const std = [100, 100];
    const [lo, hi] = objectiveYDomain({ truth: [0, 1], observations: [], mean, std, z: 1 });
    // [0, 1] grows to [-0.5, 1.5], then 5% / 10% of margin.
    expect(lo).toBeCloseTo(-0.5 - 0.1, 12);
    expect(hi).toBeCloseTo(1.5 + 0.2, 12);
  });
});
