// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { recordPaintedImagesPerTest } from './testing/canvas.ts';
import { Heatmap2D, heatmapLayout, type Heatmap2DProps } from './Heatmap2D.tsx';
import { SCHEMES } from './heatmapRaster.ts';
import { serializeSvg } from './testing/svg.ts';

const side = 5;
// A bump peaking at grid cell (3, 1): x = 3/4 of the way, y = 1/4.
const values = Float64Array.from({ length: side * side }, (_, k) => {
  const i = k % side;
  const j = Math.floor(k / side);
  return Math.exp(-((i - 3) ** 2 + (j - 1) ** 2));
});

const base: Heatmap2DProps = {
  width: 400,
  height: 420,
  fontSize: 14,
  box: { x: [0, 8], y: [-2, 2] },
  xScale: 'linear',
  yScale: 'linear',
  xLabel: 'x',
  yLabel: 'y',
  side,
  values,
  scheme: SCHEMES.acquisition,
  mapping: { domain: [0, 1] },
  title: 'EI',
  observations: [
    { x: 1, y: 0, value: 0.5, index: 1, phase: 'init' },
    { x: 6, y: -1, value: 0.9, index: 2, phase: 'bo' },
    { x: 4, y: 1, value: null, index: 3, phase: 'bo' },
  ],
  bestIndex: 2,
  next: { x: 6.1, y: -1 },
  nextValue: 1.01,
  formatPoint: (x, y) => `x = ${x}, y = ${y}`,
  ariaLabel: 'Acquisition',
};

const painted = recordPaintedImagesPerTest();

const plot = () => screen.getByRole('img', { name: 'Acquisition' });

describe('Heatmap2D', () => {
  it('paints the grid once into a side x side canvas under the SVG', () => {
    render(<Heatmap2D {...base} />);
    expect(painted).toHaveLength(1);
    expect(painted[0]?.width).toBe(side);
    const canvas = document.querySelector('.heatmap-raster canvas') as HTMLCanvasElement;
    expect([canvas.width, canvas.height]).toEqual([side, side]);
  });

  it('exposes the grid argmax and the next point for tests and tools', () => {
    render(<Heatmap2D {...base} />);
    const el = plot();
    expect(Number(el.getAttribute('data-argmax-x'))).toBe(6);
    expect(Number(el.getAttribute('data-argmax-y'))).toBe(-1);
    expect(Number(el.getAttribute('data-max'))).toBe(1);
    expect(Number(el.getAttribute('data-next-x'))).toBe(6.1);
    expect(Number(el.getAttribute('data-next-value'))).toBe(1.01);
    expect(Number(el.getAttribute('data-cell-x'))).toBe(2);
  });

  it('numbers the observations, rings the best, crosses out the failed one, marks the next', () => {
    render(<Heatmap2D {...base} />);
    const el = plot();
    expect(el.querySelectorAll('.observation')).toHaveLength(3);
    expect(el.querySelector('[data-index="2"] .hm-best')).not.toBeNull();
    expect(el.querySelector('[data-index="3"] .hm-failed')).not.toBeNull();
    expect(el.querySelector('[data-index="3"]')?.getAttribute('aria-label')).toBe(
      'Observation 3: x = 4, y = 1, evaluation failed',
    );
    expect(Array.from(el.querySelectorAll('.heatmap-labels text'), (t) => t.textContent)).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(el.querySelector('.next-mark')).not.toBeNull();
  });

  it('reports the pointer in data units and draws the shared crosshair and slice', () => {
    const onHover = vi.fn();
    const onProbe = vi.fn();
    const { rerender } = render(<Heatmap2D {...base} onHover={onHover} onProbe={onProbe} />);
    const { size, left, top } = heatmapLayout(base.width, base.height, 14);
    const target = plot().querySelector('.plot-background') as Element;
    // jsdom puts the SVG at (0, 0): the middle of the square is the middle of the box.
    fireEvent.pointerMove(target, { clientX: left + size / 2, clientY: top + size / 2 });
    expect(onHover).toHaveBeenLastCalledWith({ x: 4, y: 0 });
    fireEvent.click(target, { clientX: left + size, clientY: top });
    expect(onProbe).toHaveBeenLastCalledWith({ x: 8, y: 2 });
    fireEvent.pointerLeave(target);
    expect(onHover).toHaveBeenLastCalledWith(null);

    rerender(
      <Heatmap2D
        {...base}
        hover={{ x: 2, y: 1 }}
        slice={{ mode: 'vertical', at: { x: 2, y: 1 } }}
      />,
    );
    expect(plot().querySelector('.crosshair')?.getAttribute('data-x')).toBe('2');
    expect(plot().querySelector('.slice-path')?.getAttribute('d')).toBe(`M${size / 4},0V${size}`);
  });

  it('draws an empty panel with a note when there is no surface yet', () => {
    render(<Heatmap2D {...base} values={null} note="no model yet" next={null} />);
    expect(painted).toHaveLength(0);
    expect(plot().hasAttribute('data-argmax-x')).toBe(false);
    expect(screen.getByText('no model yet')).toBeTruthy();
  });
  it('matches its SVG snapshot (title, colour bar, contours, axes, marks, crosshair, slice)', () => {
    const contours = { values, side, thresholds: [0.3, 0.6] };
    render(
      <Heatmap2D
        {...base}
        contours={contours}
        hover={{ x: 2, y: 1 }}
        slice={{ mode: 'horizontal', at: { x: 2, y: 1 } }}
        xLabel="log10 learning rate"
      />,
    );
    expect(serializeSvg(plot())).toMatchSnapshot();
  });

  it('leaves the y axis to the panel beside it when shared, and gives the map that width', () => {
    render(<Heatmap2D {...base} height={900} sharedY />);
    const texts = Array.from(plot().querySelectorAll('text'), (t) => t.textContent);
    expect(texts).not.toContain('y');
    expect(texts).toContain('x');
    const own = heatmapLayout(base.width, 900, 14);
    const shared = heatmapLayout(base.width, 900, 14, true);
    expect(shared.size - own.size).toBe(3 * 14);
    expect(Number(plot().querySelector('.heatmap-frame')?.getAttribute('width'))).toBe(shared.size);
  });
});
