/**
 * The decision-boundary thumbnail's frame for a 2D dataset: a square-celled grid over the data's
 * bounding box (in the dataset's own coordinates, what the thumbnail's axes show), and the same
 * points standardized with the training split's statistics (what the model is fed).
 */
import type { Dataset, SplitData } from '../data/types.ts';

/** Grid side of the thumbnail (side x side predictions per epoch). */
export const BOUNDARY_SIDE = 40;

export interface BoundaryFrame {
  readonly side: number;
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  /** side * side points, x fastest, standardized, interleaved (x0, y0, x1, y1, ...). */
  readonly grid: Float32Array;
}

export function boundaryFrame(raw: Dataset, split: SplitData, side = BOUNDARY_SIDE): BoundaryFrame {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < raw.n; i++) {
    const a = raw.x[2 * i] as number;
    const b = raw.x[2 * i + 1] as number;
    x0 = Math.min(x0, a);
    x1 = Math.max(x1, a);
    y0 = Math.min(y0, b);
    y1 = Math.max(y1, b);
  }
  // A square frame with a margin, so circles look round and no point sits on the edge.
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const half = (Math.max(x1 - x0, y1 - y0) / 2) * 1.08 || 1;
  const x: [number, number] = [cx - half, cx + half];
  const y: [number, number] = [cy - half, cy + half];
  const grid = new Float32Array(side * side * 2);
  const [mx, my] = [split.mean[0] as number, split.mean[1] as number];
  const [sx, sy] = [split.std[0] as number, split.std[1] as number];
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      const k = j * side + i;
      const px = x[0] + ((i + 0.5) / side) * (x[1] - x[0]);
      const py = y[0] + ((j + 0.5) / side) * (y[1] - y[0]);
      grid[2 * k] = (px - mx) / sx;
      grid[2 * k + 1] = (py - my) / sy;
    }
  }
  return { side, x, y, grid };
}
