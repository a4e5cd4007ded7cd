/**
 * Every box the one rule accepts (objectives/dims.ts) plots with ticks a person can read: distinct
 * labels that do not run into each other. The boxes tried are those at the rule's edges.
 */
import { describe, expect, it } from 'vitest';
import { boundsProblem, leastWidth } from '../objectives/dims.ts';
import { textWidthEm } from './layout.ts';
import { axisTicks, linearScale, tickCountFor } from './scales.ts';

const EM = 14;

/** Boxes at the edges of what the rule accepts, in search units. */
const EDGES: readonly (readonly [number, number, 'linear' | 'log10'])[] = [
  [0, 1e-100, 'linear'],
  [0, 1e-12, 'linear'],
  [1, 1 + leastWidth(1, 2), 'linear'],
  [1e6, 1e6 + leastWidth(1e6, 1.0001e6) * 1.0001, 'linear'],
  [-1e100, 1e100, 'linear'],
  [-3.7e7, -3.7e7 + 38, 'linear'],
  [-5, -4.99, 'log10'],
  [-300, 300, 'log10'],
];

describe('ticks of accepted boxes', () => {
  it.each(EDGES)('[%d, %d] %s: distinct labels with room between them', (lo, hi, scale) => {
    expect(boundsProblem(lo, hi, scale)).toBeUndefined();
    for (const widthPx of [240, 640]) {
      const x = linearScale([lo, hi], [0, widthPx]);
      const ticks = axisTicks(x, scale, tickCountFor(widthPx, 6 * EM), EM);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      const labels = ticks.map((t) => t.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const l of labels) expect(l).not.toMatch(/NaN|∞|undefined|e[+-]/);
      for (let i = 1; i < ticks.length; i++) {
        const room =
          x((ticks[i] as { value: number }).value) - x((ticks[i - 1] as { value: number }).value);
        const need = ((textWidthEm(labels[i] ?? '') + textWidthEm(labels[i - 1] ?? '')) / 2) * EM;
        expect(room).toBeGreaterThan(need);
      }
    }
  });
});
