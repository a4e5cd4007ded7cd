import { describe, expect, it } from 'vitest';
import { defaultNetSettings, netLoopConfig } from './settings.ts';

describe('netLoopConfig', () => {
  it('gives each searched hyperparameter its own length scale, a quarter of its range', () => {
    const s = defaultNetSettings();
    const three = { ...s, searched: [...s.searched, 'units' as const] };
    const { kernel, bounds } = netLoopConfig(three);
    const ranges = bounds.lower.map((lo, k) => (bounds.upper[k] as number) - lo);
    expect(kernel.lengthScale).toEqual(ranges.map((r) => r / 4));
    // log10 learning rate and weight decay over (-5, -1); hidden units over a much wider span.
    expect((kernel.lengthScale as number[]).slice(0, 2)).toEqual([1, 1]);
    expect((kernel.lengthScale as number[])[2]).toBeGreaterThan(5);
    expect(kernel.type).toBe('matern52');
  });
});
