import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { axisTicks, finiteExtent, linearTicks, log10Ticks, padExtent } from './scales.ts';

const labels = (ticks: { label: string }[]) => ticks.map((t) => t.label);

describe('log10Ticks', () => {
  it('puts ticks at integer exponents labelled as powers of ten', () => {
    const ticks = log10Ticks([-5, -1], 10);
    expect(ticks.map((t) => t.value)).toEqual([-5, -4, -3, -2, -1]);
    expect(labels(ticks)).toEqual(['10⁻⁵', '10⁻⁴', '10⁻³', '10⁻²', '10⁻¹']);
  });

  it('thins crowded decades to round steps', () => {
    const ticks = log10Ticks([-10, 2], 4);
    expect(ticks.map((t) => t.value)).toEqual([-10, -5, 0]);
    expect(log10Ticks([-8, 1], 4).map((t) => t.value)).toEqual([-6, -3, 0]);
    expect(labels(ticks)).toContain('10⁰');
  });

  it('falls back to decimal labels on a narrow range, placed at their exponents', () => {
    const ticks = log10Ticks([-2.5, -2], 6);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(labels(ticks).every((l) => /^0\.0\d+$/.test(l))).toBe(true);
    for (const t of ticks) {
      expect(t.value).toBeGreaterThanOrEqual(-2.5);
      expect(t.value).toBeLessThanOrEqual(-2 + 1e-12);
      expect(10 ** t.value).toBeCloseTo(Number(t.label), 12);
    }
  });

  it('prefers 1-2-5 values when two decades are in view', () => {
    const ticks = log10Ticks([-2.2, -0.8], 5);
    expect(labels(ticks)).toEqual(['0.01', '0.02', '0.05', '0.1']);
  });
});

describe('linearTicks', () => {
  it('uses d3 labels for ordinary ranges', () => {
    expect(labels(linearTicks(scaleLinear().domain([-2, 6]), 5))).toEqual([
      '−2',
      '0',
      '2',
      '4',
      '6',
    ]);
  });

  it('switches to ×10ⁿ for tiny steps', () => {
    expect(labels(linearTicks(scaleLinear().domain([0, 3e-8]), 3))).toEqual([
      '0',
      '1×10⁻⁸',
      '2×10⁻⁸',
      '3×10⁻⁸',
    ]);
  });
});

describe('extents', () => {
  it('skips non-finite values', () => {
    expect(finiteExtent([[1, NaN, 3], null, Float64Array.of(-Infinity, 2)])).toEqual([1, 3]);
    expect(finiteExtent([[NaN]])).toBeNull();
  });

  it('pads, and gives a flat extent a span', () => {
    expect(padExtent([0, 10], 0.1, 0.2)).toEqual([-1, 12]);
    expect(padExtent([5, 5])).toEqual([4.5, 5.5]);
    expect(padExtent(null)).toEqual([0, 1]);
  });
});

describe('axisTicks on a log axis', () => {
  // Widths a 1D plot or a heatmap gives an axis, at the count the plots ask for (one per 6 em).
  const domains: [number, number][] = [
    [0, 1.5],
    [0, 2],
    [-2, 0.5],
    [-5, 0],
    [-1, 1],
    [-3, -1],
  ];
  it.each([250, 320, 480])('shows three or more ticks across one to five decades at %i px', (w) => {
    for (const d of domains) {
      const s = scaleLinear().domain(d).range([0, w]);
      const ticks = axisTicks(s, 'log10', Math.max(2, Math.floor(w / (6 * 14))), 14);
      expect(ticks.length, `${d.join('..')} at ${w} px`).toBeGreaterThanOrEqual(3);
      for (const t of ticks) {
        expect(t.value).toBeGreaterThanOrEqual(d[0] - 1e-9);
        expect(t.value).toBeLessThanOrEqual(d[1] + 1e-9);
      }
    }
  });

  it('labels a decade and a half with round 1-2-5 values', () => {
    const s = scaleLinear().domain([0, 1.5]).range([0, 250]);
    const shown = labels(axisTicks(s, 'log10', 2, 14));
    expect(shown.length).toBeGreaterThanOrEqual(3);
    for (const l of shown) expect(l).toMatch(/^[125]0?$/);
  });
});
