/**
 * The fixed, seeded train/validation split and standardization with the training split's statistics
 * only (the validation rows must not leak into the mean and standard deviation the model sees).
 */
import { createRng, type Rng } from '../../math/rng.ts';
import type { Dataset, SplitData } from './types.ts';

/** Fisher-Yates permutation of 0..n-1 from a seeded generator. */
export function permutation(n: number, rng: Rng): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i] as number;
    p[i] = p[j] as number;
    p[j] = t;
  }
  return p;
}

/** The rows of ds at the given indices, in that order. */
export function takeRows(ds: Dataset, rows: ArrayLike<number>): Dataset {
  const n = rows.length;
  const x = new Float32Array(n * ds.d);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i] as number;
    x.set(ds.x.subarray(r * ds.d, (r + 1) * ds.d), i * ds.d);
    y[i] = ds.y[r] as number;
  }
  return { ...ds, x, y, n };
}

/**
 * Splits ds into train and validation (valFraction of the rows, at least one each) by a permutation
 * that depends only on the seed, then standardizes both with the training mean and std. A feature
 * that is constant on the training split (digits' blank corner pixels) gets std 1, so it stays 0
 * instead of becoming NaN.
 */
export function splitAndStandardize(ds: Dataset, valFraction: number, seed: number): SplitData {
  if (!(valFraction > 0 && valFraction < 1))
    throw new RangeError(`valFraction must be in (0, 1), got ${valFraction}`);
  if (ds.n < 2) throw new RangeError('a dataset needs at least 2 rows to split');
  const perm = permutation(ds.n, createRng(seed));
  const nVal = Math.min(ds.n - 1, Math.max(1, Math.round(ds.n * valFraction)));
  const val = takeRows(ds, perm.subarray(0, nVal));
  const train = takeRows(ds, perm.subarray(nVal));
  const { mean, std } = columnStats(train);
  return { train: standardize(train, mean, std), val: standardize(val, mean, std), mean, std };
}

/** Per-column mean and population standard deviation (float64), std 1 for constant columns. */
export function columnStats(ds: Dataset): { mean: Float64Array; std: Float64Array } {
  const { n, d, x } = ds;
  const mean = new Float64Array(d);
  const std = new Float64Array(d);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < d; k++) mean[k] = (mean[k] as number) + (x[i * d + k] as number);
  for (let k = 0; k < d; k++) mean[k] = (mean[k] as number) / n;
  for (let i = 0; i < n; i++)
    for (let k = 0; k < d; k++) {
      const e = (x[i * d + k] as number) - (mean[k] as number);
      std[k] = (std[k] as number) + e * e;
    }
  for (let k = 0; k < d; k++) {
    const s = Math.sqrt((std[k] as number) / n);
    std[k] = s > 1e-12 ? s : 1;
  }
  return { mean, std };
}

export function standardize(ds: Dataset, mean: Float64Array, std: Float64Array): Dataset {
  const { n, d } = ds;
  const x = new Float32Array(n * d);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < d; k++)
      x[i * d + k] = ((ds.x[i * d + k] as number) - (mean[k] as number)) / (std[k] as number);
  return { ...ds, x };
}

/** Rows per class, for the split summary shown to the user. */
export function classCounts(ds: Dataset): number[] {
  const c = new Array<number>(ds.classes).fill(0);
  for (let i = 0; i < ds.n; i++) c[ds.y[i] as number] = (c[ds.y[i] as number] as number) + 1;
  return c;
}
