/**
 * The float32 tensor math of the WebGL posterior: squared scaled distances from hi/lo pairs, the
 * kernel, and the variance anchored on the nearest training point with a blocked forward
 * substitution (webglSurface.ts says why each is needed).
 */
import type * as TF from './tfjs.ts';
import type { KernelType } from '../math/types.ts';
import { BLOCK_ROWS, splitFloat, type ModelTensors } from './webglModelTensors.ts';

type Tf = typeof TF;

/**
 * Posterior variance in normalized units (before the floor), 1 x m, from k* and the squared scaled
 * distances r2 (both n x m), anchored on each point's nearest training point (see webglSurface.ts).
 * Each block step keeps only the rows of w solved so far; its temporaries are freed before the next.
 */
export function anchoredVariance(
  tf: Tf,
  mt: ModelTensors,
  k: TF.Tensor2D,
  r2: TF.Tensor2D,
  n: number,
): TF.Tensor2D {
  const m = k.shape[1];
  const [d, lj] = tf.tidy((): [TF.Tensor2D, TF.Tensor2D] => {
    const nearest = tf.argMin(r2, 0);
    const anchor = tf.gather(mt.covariance, nearest, 1); // A e_j per point, n x m
    // Entry j of d enters the variance to first order; float32 k* near 1 carries an absolute
    // error of an ulp (and the GPU's exp more), so it is replaced by
    // d_j = k(x, x_j) - A_jj = -variance * g(r_j^2) - noise, g = 1 - k / variance in closed form.
    const dj = tf.sub(
      tf.mul(oneMinusKernel(tf, mt.type, tf.min(r2, 0, true)), -mt.variance),
      mt.noise,
    );
    const rows = tf.reshape(tf.range(0, n, 1, 'int32'), [n, 1]);
    const mask = tf.cast(tf.equal(rows, tf.reshape(nearest, [1, m])), 'float32'); // e_j per point
    const dRaw = tf.sub(k, anchor);
    const dFixed = tf.add(tf.mul(dRaw, tf.sub(1, mask)), tf.mul(mask, dj));
    return [dFixed as TF.Tensor2D, tf.gather(mt.upper, nearest, 1) as TF.Tensor2D];
  });
  let solved: TF.Tensor2D | null = null;
  // Rows: sum of w^2, and l_j . w, accumulated block by block.
  let acc: TF.Tensor2D = tf.zeros([2, m]);
  for (let s = 0; s < n; s += BLOCK_ROWS) {
    const size = Math.min(BLOCK_ROWS, n - s);
    const prev: TF.Tensor2D | null = solved;
    const accPrev = acc;
    const last = s + size >= n;
    const [nextSolved, nextAcc] = tf.tidy((): [TF.Tensor2D, TF.Tensor2D] => {
      let rhs: TF.Tensor = tf.slice(d, [s, 0], [size, m]);
      if (prev) rhs = tf.sub(rhs, tf.matMul(tf.slice(mt.lower, [s, 0], [size, s]), prev));
      const w = tf.matMul(
        tf.slice(mt.blockInv, [s, s], [size, size]),
        rhs as TF.Tensor2D,
      ) as TF.Tensor2D;
      const parts = tf.concat(
        [
          tf.sum(tf.square(w), 0, true),
          tf.sum(tf.mul(tf.slice(lj, [s, 0], [size, m]), w), 0, true),
        ],
        0,
      );
      const accNext = tf.add(accPrev, parts) as TF.Tensor2D;
      return [last || !prev ? w : (tf.concat([prev, w], 0) as TF.Tensor2D), accNext];
    });
    prev?.dispose();
    accPrev.dispose();
    solved = nextSolved;
    acc = nextAcc;
  }
  solved?.dispose();
  const variance = tf.tidy(() => {
    const [ww, lw] = tf.split(acc, 2, 0) as [TF.Tensor2D, TF.Tensor2D];
    return tf.sub(tf.sub(-mt.noise, tf.mul(lw, 2)), ww) as TF.Tensor2D;
  });
  for (const t of [acc, d, lj]) t.dispose();
  return variance;
}

/** Taylor coefficients of g(a) = 1 - k(a) in a, from a^1 up (a = r, sqrt(3) r, sqrt(5) r). */
const G_SERIES: Readonly<Record<'exp' | 'matern32' | 'matern52', readonly number[]>> = {
  // 1 - e^-a
  exp: [1, -1 / 2, 1 / 6, -1 / 24, 1 / 120, -1 / 720, 1 / 5040, -1 / 40320, 1 / 362880],
  // 1 - (1 + a) e^-a
  matern32: [0, 1 / 2, -1 / 3, 1 / 8, -1 / 30, 1 / 144, -1 / 840, 1 / 5760, -1 / 45360],
  // 1 - (1 + a + a^2 / 3) e^-a
  matern52: [0, 1 / 6, 0, -1 / 24, 1 / 45, -1 / 144, 1 / 630, -1 / 3456, 1 / 22680],
};

/**
 * g = 1 - k / variance from r^2 with a small relative error also where g is tiny (1 - k would
 * cancel): the Taylor series up to a^9 for a <= 1 (truncation below 3e-7 of g), 1 - k beyond.
 */
function oneMinusKernel(tf: Tf, type: KernelType, r2: TF.Tensor): TF.Tensor {
  const [a, series] =
    type === 'rbf'
      ? [tf.mul(r2, 0.5), G_SERIES.exp]
      : type === 'matern12'
        ? [tf.sqrt(r2), G_SERIES.exp]
        : [tf.sqrt(tf.mul(r2, type === 'matern32' ? 3 : 5)), G_SERIES[type]];
  let poly: TF.Tensor = tf.fill(a.shape, series[series.length - 1] as number);
  for (let i = series.length - 2; i >= 0; i--) poly = tf.add(tf.mul(poly, a), series[i] as number);
  const viaSeries = tf.mul(poly, a);
  const direct = tf.sub(1, kernelOfSquared(tf, type, r2));
  return tf.where(tf.lessEqual(a, 1), viaSeries, direct);
}

/**
 * (g_c - x_i)^2 for grid coordinates g (1 x len) and training coordinates x (n x 1), both as hi/lo
 * pairs: (g_hi - x_hi) is exact for nearby values (Sterbenz), so the difference, and with it k* near
 * the data, is accurate to float32 relative to the difference rather than to the coordinates.
 */
export function pairDifferenceSquared(
  tf: Tf,
  g: Float64Array,
  x: readonly [TF.Tensor2D, TF.Tensor2D],
): TF.Tensor2D {
  const [hi, lo] = splitFloat(g);
  const gHi = tf.tensor2d(hi, [1, g.length]);
  const gLo = tf.tensor2d(lo, [1, g.length]);
  return tf.square(tf.add(tf.sub(gHi, x[0]), tf.sub(gLo, x[1])));
}

/** k(r) / variance from r^2, elementwise (the Matern exp(-a) underflows to 0 with a finite factor). */
export function kernelOfSquared(tf: Tf, type: KernelType, r2: TF.Tensor): TF.Tensor {
  switch (type) {
    case 'rbf':
      return tf.exp(tf.mul(r2, -0.5));
    case 'matern12':
      return tf.exp(tf.neg(tf.sqrt(r2)));
    case 'matern32': {
      const a = tf.sqrt(tf.mul(r2, 3));
      return tf.mul(tf.add(a, 1), tf.exp(tf.neg(a)));
    }
    case 'matern52': {
      const a = tf.sqrt(tf.mul(r2, 5));
      return tf.mul(tf.add(tf.add(a, 1), tf.mul(r2, 5 / 3)), tf.exp(tf.neg(a)));
    }
  }
}
