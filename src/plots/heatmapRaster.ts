/**
 * The numbers behind a heatmap, kept apart from the DOM so they are tested directly: colour ramps
 * as lookup tables, values painted into RGBA pixels, the grid's argmax and nearest cell.
 *
 * Grids are side x side values over a box, dim 0 (x) fastest, as analysisCache.plotGrid lays them
 * out: value k sits at x = lo + (k % side) h, y = lo + floor(k / side) h, h = (hi - lo) / (side - 1).
 * Images have their first row at the top, so painting flips the rows: y grows upward on screen.
 */
import { interpolateBlues, interpolateInferno, interpolateViridis, rgb } from 'd3';

/** A colour map from [0, 1] to a CSS colour (d3's interpolators). */
export type Interpolator = (t: number) => string;

/** Entries of a lookup table: enough that neighbouring colours are indistinguishable. */
export const LUT_SIZE = 256;

/**
 * The colour schemes of the 2D screen, all perceptually ordered and readable with the common
 * colour-vision deficiencies: viridis for values of f, a single hue for σ, inferno for the
 * acquisition. Each runs dark to bright, so "bright" means "more" in all three panels.
 */
export const SCHEMES = {
  mean: interpolateViridis,
  // Blues runs pale to dark; reversed so high uncertainty reads as bright fog over unexplored
  // ground, and stopped at 0.15 so the brightest σ is not paper-white (glaring on a dark page).
  std: (t: number) => interpolateBlues(1 - 0.85 * t),
  // Inferno's last tenth is a pale yellow that would swallow white marks.
  acquisition: (t: number) => interpolateInferno(0.92 * t),
} as const satisfies Record<string, Interpolator>;

/** A colour ramp sampled at LUT_SIZE points: r, g, b per entry. */
export function colorLut(interpolator: Interpolator, size = LUT_SIZE): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(size * 3);
  for (let i = 0; i < size; i++) {
    const c = rgb(interpolator(size === 1 ? 0 : i / (size - 1)));
    lut[3 * i] = c.r;
    lut[3 * i + 1] = c.g;
    lut[3 * i + 2] = c.b;
  }
  return lut;
}

/** How values map onto a ramp: linearly from domain[0] (first colour) to domain[1] (last). */
export interface ColorMapping {
  readonly domain: readonly [number, number];
  /** Flip the ramp: domain[0] gets the last colour (a minimized f, where low is good and bright). */
  readonly reverse?: boolean;
}

/** Position in [0, 1] along the ramp for v; NaN for a non-finite v. */
export function rampPosition(v: number, { domain, reverse }: ColorMapping): number {
  if (!Number.isFinite(v)) return NaN;
  const [lo, hi] = domain;
  const span = hi - lo;
  // A flat surface (all values equal) is drawn in the middle colour rather than dividing by 0.
  let t = span > 0 ? (v - lo) / span : 0.5;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return reverse ? 1 - t : t;
}

/**
 * Paints side x side values into `out` (RGBA, side * side * 4 bytes), rows flipped so the image's
 * top row is the grid's largest y. Non-finite values (a failed objective, a Thompson path not
 * drawn) become transparent, so the page shows through instead of a made-up colour.
 */
export function paintRaster(
  values: ArrayLike<number>,
  side: number,
  mapping: ColorMapping,
  lut: Uint8ClampedArray,
  out: Uint8ClampedArray,
): void {
  const entries = lut.length / 3;
  for (let row = 0; row < side; row++) {
    const gridRow = side - 1 - row;
    for (let col = 0; col < side; col++) {
      const t = rampPosition(values[gridRow * side + col] as number, mapping);
      const o = 4 * (row * side + col);
      if (Number.isNaN(t)) {
        out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
        continue;
      }
      const e = 3 * Math.round(t * (entries - 1));
      out[o] = lut[e] as number;
      out[o + 1] = lut[e + 1] as number;
      out[o + 2] = lut[e + 2] as number;
      out[o + 3] = 255;
    }
  }
}

// In scales.ts, beside finiteExtent: the 1D descriptions use it without the colour ramps.
export { gridArgmax } from './scales.ts';

/** The grid coordinate of index i (0..side-1) along [lo, hi]. */
export function cellCoordinate(i: number, lo: number, hi: number, side: number): number {
  return side > 1 ? lo + ((hi - lo) * i) / (side - 1) : (lo + hi) / 2;
}

/** The index (0..side-1) of the grid line nearest to v along [lo, hi], clamped. */
export function nearestIndex(v: number, lo: number, hi: number, side: number): number {
  if (side <= 1 || !(hi > lo)) return 0;
  const i = Math.round(((v - lo) / (hi - lo)) * (side - 1));
  return i < 0 ? 0 : i > side - 1 ? side - 1 : i;
}

/** A 2D box: x along dim 0, y along dim 1, in search units. */
export interface Box2D {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** The grid cell nearest to (x, y): its flat index and its centre. */
export function nearestCell(
  x: number,
  y: number,
  box: Box2D,
  side: number,
): { index: number; x: number; y: number } {
  const i = nearestIndex(x, box.x[0], box.x[1], side);
  const j = nearestIndex(y, box.y[0], box.y[1], side);
  return {
    index: j * side + i,
    x: cellCoordinate(i, box.x[0], box.x[1], side),
    y: cellCoordinate(j, box.y[0], box.y[1], side),
  };
}

/** The centre of cell `index`. */
export function cellCentre(index: number, box: Box2D, side: number): { x: number; y: number } {
  return {
    x: cellCoordinate(index % side, box.x[0], box.x[1], side),
    y: cellCoordinate(Math.floor(index / side), box.y[0], box.y[1], side),
  };
}
