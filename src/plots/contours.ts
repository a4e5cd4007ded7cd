/**
 * Contour lines of a gridded surface as SVG path strings (d3-contour's marching squares). Pure,
 * so the geometry is tested without a DOM.
 */
import { contours, quantileSorted } from 'd3';

/**
 * Levels at evenly spaced quantiles of the finite values. Benchmarks such as Branin or
 * Goldstein-Price span several orders of magnitude with the interesting part at the bottom; evenly
 * spaced values would put every line on the steep walls and none in the valleys.
 */
export function quantileThresholds(values: ArrayLike<number>, count: number): number[] {
  const sorted = Array.from(Float64Array.from(values).filter(Number.isFinite).sort());
  if (sorted.length === 0 || count <= 0) return [];
  const levels: number[] = [];
  for (let k = 1; k <= count; k++) {
    const q = quantileSorted(sorted, k / (count + 1));
    // Plateaus give repeated quantiles; one line per level is enough.
    if (q !== undefined && levels.at(-1) !== q) levels.push(q);
  }
  return levels;
}

/** Grid position (column i, row j, fractional) to pixels. */
export type GridToPixel = (i: number, j: number) => readonly [number, number];

/**
 * One path per threshold, each the boundary of {value >= threshold}. Non-finite values are treated
 * as -Infinity (outside every level) so a failed region gets no lines of its own. d3 places value
 * (i, j) at (i + 0.5, j + 0.5) in its own coordinates; that half cell is taken off before toPixel.
 * The outline along the grid's edge lies half a cell beyond the plotted box: clip it away.
 */
export function contourPaths(
  values: ArrayLike<number>,
  side: number,
  thresholds: readonly number[],
  toPixel: GridToPixel,
): string[] {
  if (side < 2 || thresholds.length === 0) return [];
  const clean = Array.from({ length: side * side }, (_, k) => {
    const v = values[k] as number;
    return Number.isFinite(v) ? v : -Infinity;
  });
  const generator = contours().size([side, side]).thresholds(thresholds.slice());
  return generator(clean).map((multi) => {
    let d = '';
    for (const polygon of multi.coordinates) {
      for (const ring of polygon) {
        ring.forEach(([ci, cj], k) => {
          const [u, v] = toPixel((ci as number) - 0.5, (cj as number) - 0.5);
          d += `${k === 0 ? 'M' : 'L'}${round(u)},${round(v)}`;
        });
        d += 'Z';
      }
    }
    return d;
  });
}

/** Two decimals: sub-pixel precision without megabytes of digits in the DOM. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}
