// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordPaintedImages } from '../../plots/testing/canvas.ts';
import type { Dataset } from '../data/types.ts';
import type { Boundary } from '../train/trainer.ts';
import { BoundaryThumb } from './BoundaryThumb.tsx';

let painted: ImageData[] = [];
beforeEach(() => {
  painted = recordPaintedImages();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const frame = { side: 2, x: [0, 1], y: [0, 1], grid: new Float32Array(8) } as const;
const data: Dataset = {
  x: Float32Array.from([0, 0, 1, 1, 0.5, 0.5]),
  y: Int32Array.from([0, 1, 2]),
  n: 3,
  d: 2,
  classes: 3,
  classNames: ['a', 'b', 'c'],
};

/** The thumb of the fixture's points over `boundary`, as its labelled SVG. */
function thumb(boundary: Boundary | null) {
  render(
    <BoundaryThumb
      frame={frame}
      boundary={boundary}
      data={data}
      size={102}
      label="Decision boundary"
    />,
  );
  return screen.getByRole('img', { name: 'Decision boundary' });
}

describe('BoundaryThumb', () => {
  it('draws the training points as shapes by class, the boundary as a raster under them', () => {
    const boundary = {
      classes: Int32Array.from([0, 1, 2, 0]),
      confidence: Float32Array.from([1, 1, 1, 1 / 3]),
    } as unknown as Boundary;
    const svg = thumb(boundary);
    // A circle at the bottom-left corner, a square at the top-right, a triangle in the middle.
    expect(svg.querySelector('circle')?.getAttribute('cy')).toBe('100');
    // Points keep a radius of at least 1.6 px on a small thumb.
    expect(svg.querySelector('rect')?.getAttribute('x')).toBe(String(100 - 1.6));
    expect(svg.querySelector('path')?.getAttribute('d')).toMatch(/^M50,/);
    expect(painted).toHaveLength(1);
    const px = painted[0]?.data ?? new Uint8ClampedArray();
    // Grid cell (0, 0) (bottom-left, class 0, sure) is image row 1: blue, strong.
    expect(Array.from(px.slice(8, 12))).toEqual([0, 114, 178, 180]);
    // Cell (1, 1) (top-right, unsure) is image row 0: faint.
    expect(px[7]).toBe(40);
  });

  it('shows the points alone before the first epoch', () => {
    expect(thumb(null).querySelectorAll('circle, rect, path')).toHaveLength(3);
    expect(painted).toHaveLength(0);
  });
});
