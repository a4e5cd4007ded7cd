// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BandPlot, formatRegret, type BandSeries } from './BandPlot.tsx';

afterEach(cleanup);

const regret: BandSeries = {
  key: 'bo',
  label: 'BO',
  className: 's-bo',
  xs: [1, 2, 3, 4],
  median: [10, 1, 0.01, 0],
  q25: [5, 0.5, 0.001, 0],
  q75: [20, 2, 0.1, 0.001],
};

describe('BandPlot', () => {
  it('draws regret on a log axis labelled 10^k, with a band and a median per series', () => {
    render(
      <BandPlot
        width={480}
        height={300}
        fontSize={14}
        series={[regret, { ...regret, key: 'random', label: 'Random', className: 's-random' }]}
        xLabel="evaluation"
        yLabel="regret (log)"
        log
        floor={1e-6}
        ariaLabel="Regret plot"
      />,
    );
    const svg = screen.getByRole('img', { name: 'Regret plot' });
    const labels = Array.from(svg.querySelectorAll('.axis-y .tick text')).map((t) => t.textContent);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const l of labels) expect(l).toMatch(/^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
    // A regret of 0 is drawn at the floor (10⁻⁶), so the axis reaches down to it.
    expect(labels).toContain('10⁻⁶');
    expect(svg.querySelectorAll('.band-series')).toHaveLength(2);
    for (const p of svg.querySelectorAll('.band-series path')) {
      expect(p.getAttribute('d')).not.toMatch(/NaN/);
    }
    expect(svg.querySelectorAll('.legend-item')).toHaveLength(2);
  });

  it('formats regret for the tables', () => {
    expect(formatRegret(0)).toBe('0');
    expect(formatRegret(0.000123)).toBe('1.23×10⁻⁴');
    expect(formatRegret(Infinity)).toBe('—');
  });
});
