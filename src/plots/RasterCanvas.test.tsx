// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordPaintedImagesPerTest } from './testing/canvas.ts';
import { RasterCanvas } from './RasterCanvas.tsx';

const painted = recordPaintedImagesPerTest();

const box = { left: 40, top: 30, width: 200, height: 100 };
const red = (px: Uint8ClampedArray) => {
  for (let o = 0; o < px.length; o += 4) {
    px[o] = 255;
    px[o + 3] = 255;
  }
};

describe('RasterCanvas', () => {
  it('paints one pixel per cell, once per paint function, not on every render', () => {
    const { container, rerender } = render(
      <RasterCanvas box={box} columns={4} rows={3} paint={red} />,
    );
    rerender(<RasterCanvas box={box} columns={4} rows={3} paint={red} />);
    expect(painted).toHaveLength(1);
    expect([painted[0]?.width, painted[0]?.height]).toEqual([4, 3]);
    expect(painted[0]?.data[0]).toBe(255);
    const canvas = container.querySelector('.heatmap-raster canvas') as HTMLCanvasElement;
    expect([canvas.width, canvas.height]).toEqual([4, 3]);
    // Cells tile the box edge to edge.
    expect(canvas.style.width).toBe('200px');
    expect(canvas.style.left).toBe('0px');
    rerender(<RasterCanvas box={box} columns={4} rows={3} paint={(px) => red(px)} />);
    expect(painted).toHaveLength(2);
  });

  it('centres pixels on grid points when the values are samples at them', () => {
    const { container } = render(
      <RasterCanvas box={box} columns={5} rows={3} paint={red} pointSampled />,
    );
    const wrapper = container.querySelector('.heatmap-raster') as HTMLElement;
    expect([wrapper.style.left, wrapper.style.top, wrapper.style.width]).toEqual([
      '40px',
      '30px',
      '200px',
    ]);
    const canvas = wrapper.querySelector('canvas') as HTMLCanvasElement;
    // Half a cell (200 / 4 wide, 100 / 2 tall) hangs over each edge.
    expect([canvas.style.left, canvas.style.top]).toEqual(['-25px', '-25px']);
    expect([canvas.style.width, canvas.style.height]).toEqual(['250px', '150px']);
  });

  it('leaves the box empty and paints nothing without data', () => {
    const { container } = render(<RasterCanvas box={box} columns={4} rows={3} paint={null} />);
    expect(container.querySelector('.heatmap-raster')).not.toBeNull();
    expect(container.querySelector('canvas')).toBeNull();
    expect(painted).toHaveLength(0);
  });
});
