import { describe, expect, it } from 'vitest';
import { contourPaths, quantileThresholds } from './contours.ts';
import {
  cellCentre,
  colorLut,
  gridArgmax,
  nearestCell,
  nearestIndex,
  paintRaster,
  rampPosition,
  SCHEMES,
} from './heatmapRaster.ts';

const grey = (t: number) => `rgb(${Math.round(255 * t)}, ${Math.round(255 * t)}, 0)`;

describe('colour ramps', () => {
  it('samples the interpolator end to end', () => {
    const lut = colorLut(grey, 3);
    expect(Array.from(lut)).toEqual([0, 0, 0, 128, 128, 0, 255, 255, 0]);
  });

  it('maps a domain onto [0, 1], clamped, reversed on request, NaN for non-finite', () => {
    const m = { domain: [10, 20] as const };
    expect(rampPosition(15, m)).toBe(0.5);
    expect(rampPosition(5, m)).toBe(0);
    expect(rampPosition(25, m)).toBe(1);
    expect(rampPosition(12, { ...m, reverse: true })).toBeCloseTo(0.8, 12);
    expect(rampPosition(Number.NaN, m)).toBeNaN();
    expect(rampPosition(Infinity, m)).toBeNaN();
    // A flat surface gets the middle colour rather than a division by zero.
    expect(rampPosition(3, { domain: [3, 3] })).toBe(0.5);
  });

  it('keeps every scheme dark to bright (bright means more in all three panels)', () => {
    for (const scheme of Object.values(SCHEMES)) {
      const lut = colorLut(scheme, 2);
      const sum = (k: number) =>
        (lut[3 * k] as number) + (lut[3 * k + 1] as number) + (lut[3 * k + 2] as number);
      expect(sum(1)).toBeGreaterThan(sum(0));
    }
  });
});

describe('paintRaster', () => {
  it('puts the largest y on the top row and leaves non-finite cells transparent', () => {
    // 2 x 2 grid, x fastest: (0,0)=0, (1,0)=1, (0,1)=2, (1,1)=NaN.
    const out = new Uint8ClampedArray(16);
    paintRaster([0, 1, 2, Number.NaN], 2, { domain: [0, 2] }, colorLut(grey, 3), out);
    // Top row is grid row 1: value 2 (brightest), then NaN (transparent).
    expect(Array.from(out.subarray(0, 8))).toEqual([255, 255, 0, 255, 0, 0, 0, 0]);
    // Bottom row is grid row 0: value 0, then 1.
    expect(Array.from(out.subarray(8, 16))).toEqual([0, 0, 0, 255, 128, 128, 0, 255]);
  });
});

describe('grid lookups', () => {
  const box = { x: [-5, 10] as const, y: [0, 15] as const };

  it('finds the argmax, ignoring non-finite values', () => {
    expect(gridArgmax([1, Number.NaN, 3, Infinity, 2])).toBe(2);
    expect(gridArgmax([Number.NaN])).toBe(-1);
  });

  it('snaps to the nearest grid line, clamped to the box', () => {
    expect(nearestIndex(2.4, 0, 10, 11)).toBe(2);
    expect(nearestIndex(2.6, 0, 10, 11)).toBe(3);
    expect(nearestIndex(-4, 0, 10, 11)).toBe(0);
    expect(nearestIndex(40, 0, 10, 11)).toBe(10);
  });

  it('round-trips a cell index through its centre', () => {
    const side = 16;
    for (const index of [0, 17, 100, side * side - 1]) {
      const c = cellCentre(index, box, side);
      expect(nearestCell(c.x, c.y, box, side).index).toBe(index);
    }
    expect(cellCentre(side - 1, box, side)).toEqual({ x: 10, y: 0 });
  });
});

describe('contours', () => {
  it('levels at quantiles, one per distinct value', () => {
    expect(quantileThresholds([1, 2, 3, 4, 5, Number.NaN], 3)).toEqual([2, 3, 4]);
    expect(quantileThresholds([7, 7, 7, 7], 3)).toEqual([7]);
    expect(quantileThresholds([], 3)).toEqual([]);
  });

  it('puts the line of a ramp where the values cross the level, in data positions', () => {
    // Values rise along x: v(i, j) = i on a 5 x 5 grid; the level 2 lies on column 2.
    const side = 5;
    const values = Array.from({ length: side * side }, (_, k) => k % side);
    const [d] = contourPaths(values, side, [2], (i, j) => [i * 10, j * 10]);
    const points = Array.from((d ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g), (m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    // Between the rows the boundary runs along i = 2 (pixel 20), or along the outline half a cell
    // beyond the last column (pixel 45), which the plot clips away.
    const inner = points.filter(([, v]) => (v as number) > 0 && (v as number) < 40);
    expect(inner.some(([u]) => u === 20)).toBe(true);
    for (const [u] of inner) expect([20, 45]).toContain(u);
  });
});
