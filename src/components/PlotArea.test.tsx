// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlotArea } from './PlotArea.tsx';

afterEach(cleanup);

const seedPlot = (
  <PlotArea
    xDomain={[-2, 6]}
    yDomain={[0, 2]}
    xLabel="x"
    yLabel="target(x)"
    ariaLabel="Objective plot"
    hint="Press Step to start"
  />
);

const tickLabels = (root: Element, axis: string) =>
  Array.from(root.querySelectorAll(`.${axis} .tick text`), (t) => t.textContent);

describe('PlotArea', () => {
  it('is an image with an accessible name', () => {
    render(seedPlot);
    const plot = screen.getByRole('img', { name: 'Objective plot' });
    expect(plot.tagName.toLowerCase()).toBe('svg');
  });

  it('labels the x axis with round ticks across [-2, 6]', () => {
    render(seedPlot);
    const plot = screen.getByRole('img', { name: 'Objective plot' });
    // d3 writes negative numbers with a true minus sign (U+2212).
    expect(tickLabels(plot, 'axis-x')).toEqual(['−2', '−1', '0', '1', '2', '3', '4', '5', '6']);
    expect(tickLabels(plot, 'axis-y')[0]).toBe('0.0');
    expect(tickLabels(plot, 'axis-y').at(-1)).toBe('2.0');
  });

  it('spreads the x ticks from the left edge to the right edge of the frame', () => {
    render(seedPlot);
    const ticks = screen.getByRole('img').querySelectorAll('.axis-x .tick');
    const us = Array.from(ticks, (t) => {
      const m = /translate\(([-\d.]+),/.exec(t.getAttribute('transform') ?? '');
      return Number(m?.[1]);
    });
    // jsdom has no layout, so the plot uses its 640 px fallback width minus 5.7 em of margins.
    expect(us[0]).toBe(0);
    expect(us.at(-1)).toBeCloseTo(640 - 5.7 * 14, 6);
    expect(us.slice(1).every((u, i) => u > (us[i] ?? Infinity))).toBe(true);
  });

  it('shows the hint while the plot is empty', () => {
    render(seedPlot);
    expect(screen.getByText('Press Step to start')).toBeTruthy();
  });
});
