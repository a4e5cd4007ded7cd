// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AcquisitionPlot1D,
  acquisitionDomain,
  valueAt,
  withNextPoint,
  type AcquisitionPlot1DProps,
} from './AcquisitionPlot1D.tsx';
import { plotMargins } from './layout.ts';
import { grid } from './testing/fixtures.ts';
import { serializeSvg, translateOf } from './testing/svg.ts';

afterEach(cleanup);

const ei = grid.map((x) => 0.2 * Math.exp(-((x - 1.5) ** 2)));

const baseProps: AcquisitionPlot1DProps = {
  width: 640,
  height: 200,
  xDomain: [-2, 6],
  scale: 'linear',
  grid,
  values: ei,
  label: 'EI (ξ = 0.01)',
  next: { x: 1.5, value: 0.2 },
  ariaLabel: 'Acquisition plot',
};

const plot = () => screen.getByRole('img', { name: 'Acquisition plot' });
const outsideLegend = (selector: string) =>
  Array.from(plot().querySelectorAll(selector)).filter((el) => !el.closest('.legend'));

describe('AcquisitionPlot1D', () => {
  it('is an image with an accessible name, labelled with the acquisition', () => {
    render(<AcquisitionPlot1D {...baseProps} />);
    expect(plot().querySelector('title')?.textContent).toBe('Acquisition plot');
    expect(plot().querySelector('.legend-acq')?.textContent).toBe('EI (ξ = 0.01)');
    expect(plot().querySelector('.curves path.acq')?.getAttribute('d')).toMatch(/^M/);
  });

  it('shares the objective plot x pixels and stars the maximum', () => {
    render(<AcquisitionPlot1D {...baseProps} />);
    const m = plotMargins();
    const inner = 640 - m.left - m.right;
    const [star] = outsideLegend('path.next-star');
    const [u, v] = translateOf(star ?? null) ?? [NaN, NaN];
    expect(u).toBeCloseTo(((1.5 + 2) / 8) * inner, 6);
    // The star sits on the curve's maximum, below the top edge (the domain has headroom).
    expect(v).toBeGreaterThan(0);
  });

  it('puts the star on the curve when the next value is unknown', () => {
    const { rerender } = render(<AcquisitionPlot1D {...baseProps} />);
    const [known] = outsideLegend('path.next-star');
    const expected = translateOf(known ?? null);
    rerender(<AcquisitionPlot1D {...baseProps} next={{ x: 1.5, value: NaN }} />);
    const [star] = outsideLegend('path.next-star');
    expect(translateOf(star ?? null)?.[1]).toBeCloseTo(expected?.[1] ?? NaN, 6);
  });

  it('says "≈ 0 everywhere" when the acquisition has vanished (EI of 1e-30)', () => {
    render(<AcquisitionPlot1D {...baseProps} values={grid.map(() => 1e-30)} next={null} />);
    expect(plot().querySelector('.plot-note')?.textContent).toBe('≈ 0 everywhere');
    const yTicks = Array.from(plot().querySelectorAll('.axis-y .tick text'), (t) => t.textContent);
    expect(yTicks).toEqual(['0']);
  });

  it('does not show the note for a small but real acquisition', () => {
    render(<AcquisitionPlot1D {...baseProps} values={ei.map((v) => v * 1e-6)} />);
    expect(plot().querySelector('.plot-note')).toBeNull();
    const yTicks = Array.from(plot().querySelectorAll('.axis-y .tick text'), (t) => t.textContent);
    expect(yTicks.at(-1)).toMatch(/×10⁻⁷$/);
  });

  it('spans negative values (UCB) and marks zero', () => {
    const ucb = grid.map((x) => Math.sin(x) - 0.5);
    render(<AcquisitionPlot1D {...baseProps} values={ucb} label="UCB (κ = 2.576)" />);
    expect(plot().querySelector('line.zero-line')).not.toBeNull();
    const yTicks = Array.from(plot().querySelectorAll('.axis-y .tick text'), (t) =>
      Number((t.textContent ?? '').replace('−', '-')),
    );
    expect(Math.min(...yTicks)).toBeLessThanOrEqual(-1.4);
  });

  it('draws nothing but axes before there is a model', () => {
    render(<AcquisitionPlot1D {...baseProps} values={null} next={null} />);
    expect(plot().querySelector('.curves')).toBeNull();
    expect(plot().querySelector('.plot-note')).toBeNull();
  });

  it('in compact form has a title and no legend', () => {
    render(<AcquisitionPlot1D {...baseProps} compact />);
    expect(plot().querySelector('.legend')).toBeNull();
    expect(plot().querySelector('.plot-title')?.textContent).toBe('EI (ξ = 0.01)');
  });

  it('matches its SVG snapshot', () => {
    render(<AcquisitionPlot1D {...baseProps} xLabel="x" />);
    expect(serializeSvg(plot())).toMatchSnapshot();
  });
});

describe('valueAt', () => {
  it('interpolates on the grid and is NaN outside it', () => {
    expect(valueAt([0, 1, 2], [0, 10, 30], 1.5)).toBe(20);
    expect(valueAt([0, 1, 2], [0, 10, 30], 0)).toBe(0);
    expect(valueAt([0, 1, 2], [0, 10, 30], 2)).toBe(30);
    expect(valueAt([0, 1, 2], [0, 10, 30], 3)).toBeNaN();
    expect(valueAt([0, 1, 2], null, 1)).toBeNaN();
  });
});

describe('acquisitionDomain', () => {
  it('starts non-negative acquisitions at zero', () => {
    expect(acquisitionDomain([0, 0.5, 1])).toEqual({ domain: [0, 1.1], nearZero: false });
  });
  it('treats vanishing values as zero everywhere', () => {
    expect(acquisitionDomain([0, 1e-30, 3e-13]).nearZero).toBe(true);
    expect(acquisitionDomain([NaN, Infinity]).nearZero).toBe(false);
  });
  it('spans min to max when values go negative', () => {
    const { domain } = acquisitionDomain([-2, 1]);
    expect(domain[0]).toBeLessThan(-2);
    expect(domain[1]).toBeGreaterThan(1);
  });
});

describe('an acquisition whose lowest point is chosen (LCB of a minimized f)', () => {
  it('spans its values in f units, with room below the minimum, never pinned at zero', () => {
    const { domain, nearZero } = acquisitionDomain([3, 10], true);
    expect(domain[0]).toBeCloseTo(2.3, 12);
    expect(domain[1]).toBeCloseTo(10.42, 12);
    expect(nearZero).toBe(false);
  });

  it('puts the star at the curve minimum and says which end is chosen', () => {
    const lcb = grid.map((x) => 5 + (x - 1.5) ** 2);
    render(
      <AcquisitionPlot1D
        {...baseProps}
        values={lcb}
        label="LCB (κ = 2.58)"
        next={{ x: 1.5, value: 5 }}
        lowestChosen
      />,
    );
    const svg = plot();
    expect(svg.getAttribute('data-best-end')).toBe('lowest');
    expect(svg.textContent).toContain('LCB (κ = 2.58)');
    // The minimum sits low in the plot, below the middle of the frame (y grows downwards).
    const starY =
      translateOf([...svg.querySelectorAll('path.next-star')].at(-1) ?? null)?.[1] ?? NaN;
    const frameH = Number(svg.querySelector('clipPath rect')?.getAttribute('height'));
    expect(starY).toBeGreaterThan(frameH / 2);
  });
});

describe('withNextPoint', () => {
  it('inserts the next point so a spike narrower than the grid is drawn under the star', () => {
    const { grid, values } = withNextPoint([0, 1, 2], [0.1, 0.1, 0.1], { x: 1.5, value: 0.9 });
    expect(Array.from(grid)).toEqual([0, 1, 1.5, 2]);
    expect(Array.from(values ?? [])).toEqual([0.1, 0.1, 0.9, 0.1]);
  });

  it('leaves the curve alone without a finite next value or when x is a grid point', () => {
    const g = [0, 1, 2];
    const v = [0, 1, 0];
    expect(withNextPoint(g, v, { x: 1, value: 1 }).grid).toBe(g);
    expect(withNextPoint(g, v, { x: 0.5, value: Number.NaN }).grid).toBe(g);
    expect(withNextPoint(g, null, { x: 0.5, value: 1 }).values).toBeNull();
  });
});
