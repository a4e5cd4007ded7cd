/**
 * The posterior surface with TensorFlow.js on the 'webgl' backend, in float32: for the picture only
 * (DESIGN.md, Numbers); decisions stay on the float64 CPU path.
 *
 *   k*   = variance * k(r)           n x m, r from per-dimension squared differences (no |a|^2 + |b|^2
 *                                    - 2ab, which cancels near the data where std matters most)
 *   mean = c^T k*                    c = (K + alpha I)^-1 yNorm, float64 on the CPU, then float32
 *   var  = variance - |L^-1 k*|^2, computed as below
 *
 * and EI / PI / UCB with tf.erf, all in normalized units. The affine map back to the units of y
 * (y = yNorm * yStd + yMean) is done on the CPU in float64, so a large yMean costs no digits.
 *
 * The variance is the hard part in float32. Near the data it is a tiny difference of numbers close
 * to the prior variance, and once K is ill-conditioned (many points, long length scales) L^-1 k*
 * has large intermediate terms. Two measures keep it usable:
 *
 * 1. Anchoring on the nearest training point j. With A = K + (alpha + jitter) I = L L^T and
 *    l_j = L^T e_j, write k* = A e_j + d and w = L^-1 d. Then L^-1 k* = l_j + w and, exactly
 *    (|l_j|^2 = A_jj = variance + alpha + jitter for a stationary kernel),
 *        var = -(alpha + jitter) - 2 l_j . w - |w|^2.
 *    Near x_j, d and w are small: the large terms cancel in the algebra instead of in float32,
 *    and rounding errors of w enter scaled by |w|.
 * 2. Blocked forward substitution for w (tfjs has no triangular solve): in row blocks of
 *    BLOCK_ROWS, w_b = D_b^-1 (d_b - L_b,<b w_<b), D_b^-1 the float64 inverse of one small
 *    diagonal block. L's entries are O(1); an explicit full inverse's grow like 1 / sqrt(alpha).
 *
 * (N = 300 with an ML-II length scale: one matMul with a float32 L^-1 puts the std off by 7% of its
 * maximum; blocks alone by 4%; both together, as here, see the e2e test and the report.)
 *
 * tfjs is imported on first use. Inputs are centred and scaled on the CPU in float64 before the
 * float32 upload. Work is split into bands of grid rows so that no n x m intermediate exceeds a few
 * million numbers, every band runs inside tf.tidy, the per-model tensors are cached (nine of them)
 * and replaced when the model changes, and results are read with `await data()`: the live tensor
 * count is the same after every call.
 */
import type * as TF from './tfjs.ts';
import type { PointwiseAcquisitionSpec } from '../math/acquisition.ts';
import {
  gridCoordinate,
  validateSurfaceJob,
  type SurfaceJob,
  type SurfaceResult,
} from './surfaceTypes.ts';

import { throwIfContextLost, webglTf } from './webglBackend.ts';
import { modelTensors, type ModelTensors } from './webglModelTensors.ts';
import { anchoredVariance, kernelOfSquared, pairDifferenceSquared } from './webglPosterior.ts';

type Tf = typeof TF;

/** Largest n x (band points) intermediate, in numbers (16 MiB of float32). */
const BAND_ELEMENTS = 1 << 22;
const VARIANCE_FLOOR = 1e-12;
const INV_SQRT2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * [mean, std, acquisition] of one band of rows in normalized units, shape (2 or 3) x (rows * side).
 * Call inside tf.tidy.
 */
function bandTensor(
  tf: Tf,
  job: SurfaceJob,
  mt: ModelTensors,
  gx: Float64Array,
  rowStart: number,
  rowEnd: number,
): TF.Tensor2D {
  const { model, spec, side } = job;
  const n = model.X.n;
  const rows = rowEnd - rowStart;
  const gy = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    gy[r] = (gridCoordinate(job.bounds, 1, rowStart + r, side) - mt.origin[1]) * mt.inv[1];
  }
  const dx2 = pairDifferenceSquared(tf, gx, mt.xt0); // n x side
  const dy2 = pairDifferenceSquared(tf, gy, mt.xt1); // n x rows
  const r2 = tf.reshape(tf.add(tf.reshape(dy2, [n, rows, 1]), tf.reshape(dx2, [n, 1, side])), [
    n,
    rows * side,
  ]);
  const variance = model.kernel.variance;
  const k = tf.mul(kernelOfSquared(tf, model.kernel.type, r2), variance) as TF.Tensor2D;
  const mean = tf.matMul(mt.w, k); // 1 x m
  const std = tf.sqrt(
    tf.maximum(anchoredVariance(tf, mt, k, r2 as TF.Tensor2D, n), VARIANCE_FLOOR),
  );
  if (!spec) return tf.concat([mean, std], 0) as TF.Tensor2D;
  // A switch with no default: a new acquisition leaves acq unassigned, which the compiler reports,
  // so it is never drawn as EI.
  let acq: TF.Tensor;
  switch (spec.type) {
    case 'ucb':
      acq = tf.add(mean, tf.mul(std, spec.kappa));
      break;
    case 'ei':
    case 'pi': {
      // best + xi in normalized units: EI scales with yStd, PI is unit-free.
      const target = (job.best + spec.xi - model.yMean) / model.yStd;
      const imp = tf.sub(mean, target);
      const z = tf.div(imp, std);
      const cdf = tf.mul(tf.add(tf.erf(tf.mul(z, INV_SQRT2)), 1), 0.5);
      if (spec.type === 'pi') {
        acq = cdf;
      } else {
        const pdf = tf.mul(tf.exp(tf.mul(tf.square(z), -0.5)), INV_SQRT_2PI);
        acq = tf.relu(tf.add(tf.mul(imp, cdf), tf.mul(std, pdf)));
      }
      break;
    }
  }
  return tf.concat([mean, std, acq], 0) as TF.Tensor2D;
}

/**
 * How each acquisition computed on standardized targets returns to the objective's units: EI scales
 * with the targets' spread, UCB is a value of f (spread and mean), PI is a probability.
 */
const TO_OBJECTIVE_UNITS = {
  ei: { scaled: true, shifted: false },
  pi: { scaled: false, shifted: false },
  ucb: { scaled: true, shifted: true },
} as const satisfies Record<
  PointwiseAcquisitionSpec['type'],
  { scaled: boolean; shifted: boolean }
>;

/**
 * The job's surface on WebGL. probeWebGL must have succeeded. Throws WebGLUnavailableError when the
 * context is (or gets) lost, RangeError on a bad job.
 */
export async function computeWebGLSurface(job: SurfaceJob): Promise<SurfaceResult> {
  const t0 = performance.now();
  validateSurfaceJob(job);
  const tf = await webglTf();
  const { side, model } = job;
  const n = model.X.n;
  const m = side * side;
  const mt = modelTensors(tf, job);
  const gx = new Float64Array(side);
  for (let ix = 0; ix < side; ix++) {
    gx[ix] = (gridCoordinate(job.bounds, 0, ix, side) - mt.origin[0]) * mt.inv[0];
  }
  const rowsPerBand = Math.max(1, Math.min(side, Math.floor(BAND_ELEMENTS / (n * side))));
  const out = tf.tidy(() => {
    const bands: TF.Tensor2D[] = [];
    for (let r = 0; r < side; r += rowsPerBand) {
      const end = Math.min(side, r + rowsPerBand);
      // Each band in its own scope, so its n x m intermediates are freed before the next.
      bands.push(tf.tidy(() => bandTensor(tf, job, mt, gx, r, end)));
    }
    return bands.length === 1 ? (bands[0] as TF.Tensor2D) : tf.concat(bands, 1);
  });
  let data: Float32Array;
  try {
    data = (await out.data()) as Float32Array;
  } finally {
    out.dispose();
  }
  throwIfContextLost(tf);
  const { yMean, yStd } = model;
  const sign = job.sign;
  const mean = new Float64Array(m);
  const std = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    mean[i] = sign * ((data[i] as number) * yStd + yMean);
    std[i] = (data[m + i] as number) * yStd;
  }
  let acquisition: Float64Array | null = null;
  if (job.spec) {
    acquisition = new Float64Array(m);
    const { scaled, shifted } = TO_OBJECTIVE_UNITS[job.spec.type];
    const scale = scaled ? yStd : 1;
    const shift = shifted ? yMean : 0;
    for (let i = 0; i < m; i++) acquisition[i] = (data[2 * m + i] as number) * scale + shift;
  }
  return { mean, std, acquisition, side, backend: 'webgl', ms: performance.now() - t0 };
}
