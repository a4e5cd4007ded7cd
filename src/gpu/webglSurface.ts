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
import type * as TF from '@tensorflow/tfjs';
import { crossCovariance } from '../math/kernels.ts';
import type { PointwiseAcquisitionSpec } from '../math/acquisition.ts';
import type { KernelType } from '../math/types.ts';
import {
  gridCoordinate,
  validateSurfaceJob,
  type SurfaceJob,
  type SurfaceResult,
} from './surfaceTypes.ts';

type Tf = typeof TF;

/** Why the WebGL path is not used. */
export type WebGLUnavailableReason =
  'no-webgl' | 'software-only' | 'no-float32' | 'context-lost' | 'failed';

export type WebGLProbe =
  | { readonly ok: true; readonly renderer: string; readonly software: boolean }
  | { readonly ok: false; readonly reason: WebGLUnavailableReason; readonly message: string };

/** The WebGL path cannot run (or stopped running); reason says why. */
export class WebGLUnavailableError extends Error {
  constructor(
    readonly reason: WebGLUnavailableReason,
    message: string,
  ) {
    super(message);
    this.name = 'WebGLUnavailableError';
  }
}

/** The part of tfjs' MathBackendWebGL reached here: its GL context. */
interface WebGLBackendLike {
  readonly gpgpu?: { readonly gl?: WebGLRenderingContext | WebGL2RenderingContext };
}

/** Renderers that are CPU emulations of a GPU. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Largest n x (band points) intermediate, in numbers (16 MiB of float32). */
const BAND_ELEMENTS = 1 << 22;
/** Rows per block of the forward substitution (see the header). */
const BLOCK_ROWS = 16;
const VARIANCE_FLOOR = 1e-12;
const INV_SQRT2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

let tfModule: Promise<Tf> | null = null;
let tfLoaded: Tf | null = null;
let initialized: { renderer: string; software: boolean } | null = null;
let lost = false;
let lastFailure: { reason: WebGLUnavailableReason; message: string } | null = null;

function loadTf(): Promise<Tf> {
  tfModule ??= import('@tensorflow/tfjs').then((m) => {
    tfLoaded = m;
    return m;
  });
  return tfModule;
}

/** True where a WebGL canvas could exist at all (a DOM document or OffscreenCanvas). */
export function webglPossible(): boolean {
  return typeof document !== 'undefined' || typeof OffscreenCanvas !== 'undefined';
}

function glOf(tf: Tf): WebGLRenderingContext | WebGL2RenderingContext | null {
  return (tf.backend() as unknown as WebGLBackendLike).gpgpu?.gl ?? null;
}

function rendererOf(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = ext
    ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)
    : gl.getParameter(gl.RENDERER);
  return typeof name === 'string' ? name : 'unknown';
}

/**
 * Starts tfjs on WebGL (once per page) and says whether surfaces can be drawn with it. A software
 * renderer (SwiftShader, llvmpipe) counts as unavailable unless allowSoftware: there the float64
 * workers are faster. Needs float32 render targets: float16 would wreck the std near the data.
 */
export async function probeWebGL(opts: { allowSoftware: boolean }): Promise<WebGLProbe> {
  if (lost) return { ok: false, reason: 'context-lost', message: 'the WebGL context was lost' };
  if (lastFailure && lastFailure.reason !== 'software-only') return { ok: false, ...lastFailure };
  if (!initialized) {
    if (!webglPossible()) {
      return { ok: false, reason: 'no-webgl', message: 'no canvas in this environment' };
    }
    // A plain context says what renders before tfjs (about 1 MB of script) is loaded for nothing.
    const plain = inspectWebGL();
    if (plain && !plain.available) {
      lastFailure = { reason: 'no-webgl', message: 'this browser gives no WebGL context' };
      return { ok: false, ...lastFailure };
    }
    if (plain?.software && !opts.allowSoftware) {
      return {
        ok: false,
        reason: 'software-only',
        message: `only a software-rendered WebGL is available (${plain.renderer})`,
      };
    }
    let tf: Tf;
    try {
      tf = await loadTf();
    } catch (err) {
      lastFailure = { reason: 'failed', message: `tfjs failed to load: ${String(err)}` };
      return { ok: false, ...lastFailure };
    }
    // tfjs asks for failIfMajorPerformanceCaveat unless told software WebGL is fine; the flag is
    // read when the context is made, so it must be set first.
    tf.env().set('SOFTWARE_WEBGL_ENABLED', opts.allowSoftware);
    let ok: boolean;
    try {
      ok = tf.getBackend() === 'webgl' || (await tf.setBackend('webgl'));
    } catch {
      ok = false;
    }
    const gl = ok ? glOf(tf) : null;
    if (!gl) {
      lastFailure = { reason: 'no-webgl', message: 'WebGL could not be started' };
      return { ok: false, ...lastFailure };
    }
    if (!tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')) {
      lastFailure = { reason: 'no-float32', message: 'WebGL cannot render to float32 textures' };
      return { ok: false, ...lastFailure };
    }
    const renderer = rendererOf(gl);
    initialized = { renderer, software: SOFTWARE_RENDERER.test(renderer) };
    gl.canvas.addEventListener('webglcontextlost', () => markLost());
  }
  if (initialized.software && !opts.allowSoftware) {
    return {
      ok: false,
      reason: 'software-only',
      message: `only a software-rendered WebGL is available (${initialized.renderer})`,
    };
  }
  return { ok: true, ...initialized };
}

/**
 * Whether any WebGL context can be had (software renderers included) and what renders it; null
 * where there is no document to make a canvas in. The context is released at once.
 */
function inspectWebGL(): { available: boolean; renderer: string; software: boolean } | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return { available: false, renderer: '', software: false };
  const renderer = rendererOf(gl);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { available: true, renderer, software: SOFTWARE_RENDERER.test(renderer) };
}

function markLost(): void {
  lost = true;
  releaseModelTensors();
}

/** True once the WebGL context was lost; the surfaces then stay on the CPU for the session. */
export function webglLost(): boolean {
  return lost;
}

/** Live tfjs tensors (null before tfjs is loaded): the same after every surface. */
export function liveTensorCount(): number | null {
  return tfLoaded ? tfLoaded.memory().numTensors : null;
}

interface ModelTensors {
  readonly L: Float64Array;
  readonly X: Float64Array;
  readonly weights: Float64Array;
  readonly kernelKey: string;
  readonly origin: readonly [number, number];
  readonly inv: readonly [number, number];
  /**
   * Training inputs, centred and scaled, n x 1 per dimension, each as a float32 pair hi + lo: the
   * differences to the grid then keep float64-like accuracy (see pairDifferenceSquared).
   */
  readonly xt0: readonly [TF.Tensor2D, TF.Tensor2D];
  readonly xt1: readonly [TF.Tensor2D, TF.Tensor2D];
  /** Weights as a 1 x n row. */
  readonly w: TF.Tensor2D;
  /** L in float32, n x n. */
  readonly lower: TF.Tensor2D;
  /** L^T: column j is l_j = L^T e_j. */
  readonly upper: TF.Tensor2D;
  /** A = K(X, X) + (alpha + jitter) I, the matrix L factors. */
  readonly covariance: TF.Tensor2D;
  /** alpha + jitter. */
  readonly noise: number;
  readonly type: KernelType;
  readonly variance: number;
  /** Block-diagonal: the float64 inverses of L's BLOCK_ROWS x BLOCK_ROWS diagonal blocks. */
  readonly blockInv: TF.Tensor2D;
}

let cached: ModelTensors | null = null;

/** Frees the cached per-model tensors (the next surface uploads them again). */
export function releaseModelTensors(): void {
  const c = cached;
  cached = null;
  if (!c) return;
  for (const t of [...c.xt0, ...c.xt1, c.w, c.lower, c.upper, c.covariance, c.blockInv]) {
    try {
      t.dispose();
    } catch {
      // A lost context cannot free its textures; they went with it.
    }
  }
}

/** L^-1 of a lower-triangular row-major n x n matrix, by rows (n^3 / 6 multiply-adds). */
export function lowerTriangularInverse(L: Float64Array, n: number): Float64Array {
  const M = new Float64Array(n * n);
  const acc = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    acc.fill(0, 0, i);
    // Row i of L M = e_i: sum_k L[i,k] M[k,j] = delta_ij, M[k,j] = 0 for j > k.
    for (let k = 0; k < i; k++) {
      const lik = L[i * n + k] as number;
      if (lik === 0) continue;
      const rk = k * n;
      for (let j = 0; j <= k; j++) acc[j] = (acc[j] as number) + lik * (M[rk + j] as number);
    }
    const d = 1 / (L[i * n + i] as number);
    for (let j = 0; j < i; j++) M[i * n + j] = -(acc[j] as number) * d;
    M[i * n + i] = d;
  }
  return M;
}

/** The inverses of L's diagonal blocks (BLOCK_ROWS square, the last one smaller), as one matrix. */
function blockDiagonalInverse(L: Float64Array, n: number): Float32Array {
  const out = new Float32Array(n * n);
  for (let s = 0; s < n; s += BLOCK_ROWS) {
    const size = Math.min(BLOCK_ROWS, n - s);
    const block = new Float64Array(size * size);
    for (let i = 0; i < size; i++) {
      for (let j = 0; j <= i; j++) block[i * size + j] = L[(s + i) * n + s + j] as number;
    }
    const inv = lowerTriangularInverse(block, size);
    for (let i = 0; i < size; i++) {
      for (let j = 0; j <= i; j++) out[(s + i) * n + s + j] = inv[i * size + j] as number;
    }
  }
  return out;
}

function transposed(M: Float64Array, n: number): Float32Array {
  const out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[j * n + i] = M[i * n + j] as number;
  return out;
}

/** K(X, X) + noise I in float64, rounded once to float32. */
function noisyCovariance(job: SurfaceJob, noise: number): Float32Array {
  const { X, kernel } = job.model;
  const n = X.n;
  const K = crossCovariance(kernel, X, X);
  for (let i = 0; i < n; i++) K[i * n + i] = (K[i * n + i] as number) + noise;
  return Float32Array.from(K);
}

/**
 * Posterior variance in normalized units (before the floor), 1 x m, from k* and the squared scaled
 * distances r2 (both n x m), anchored on each point's nearest training point (see the header).
 * Each block step keeps only the rows of w solved so far; its temporaries are freed before the next.
 */
function anchoredVariance(
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

function kernelKey(job: SurfaceJob): string {
  const k = job.model.kernel;
  return `${k.type}|${String(k.lengthScale)}|${k.variance}`;
}

function inverseScales(job: SurfaceJob): [number, number] {
  const ls = job.model.kernel.lengthScale;
  const l0 = typeof ls === 'number' ? ls : (ls[0] as number);
  const l1 = typeof ls === 'number' ? ls : (ls[1] as number);
  return [1 / l0, 1 / l1];
}

function modelTensors(tf: Tf, job: SurfaceJob): ModelTensors {
  const { model } = job;
  const key = kernelKey(job);
  if (
    cached &&
    cached.L === model.L &&
    cached.X === model.X.data &&
    cached.weights === model.weights &&
    cached.kernelKey === key
  ) {
    return cached;
  }
  releaseModelTensors();
  const n = model.X.n;
  const X = model.X.data;
  // Centre of the data's bounding box: differences are formed in float64 before rounding.
  const origin: [number, number] = [0, 0];
  for (const k of [0, 1] as const) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = X[i * 2 + k] as number;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    origin[k] = (lo + hi) / 2;
  }
  const inv = inverseScales(job);
  const noise = model.alpha + model.jitter;
  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x0[i] = ((X[i * 2] as number) - origin[0]) * inv[0];
    x1[i] = ((X[i * 2 + 1] as number) - origin[1]) * inv[1];
  }
  const column = (v: Float64Array): [TF.Tensor2D, TF.Tensor2D] => {
    const [hi, lo] = splitFloat(v);
    return [tf.tensor2d(hi, [n, 1]), tf.tensor2d(lo, [n, 1])];
  };
  cached = {
    L: model.L,
    X: model.X.data,
    weights: model.weights,
    kernelKey: key,
    origin,
    inv,
    xt0: column(x0),
    xt1: column(x1),
    w: tf.tensor2d(Float32Array.from(model.weights), [1, n]),
    lower: tf.tensor2d(Float32Array.from(model.L), [n, n]),
    upper: tf.tensor2d(transposed(model.L, n), [n, n]),
    covariance: tf.tensor2d(noisyCovariance(job, noise), [n, n]),
    noise,
    type: model.kernel.type,
    variance: model.kernel.variance,
    blockInv: tf.tensor2d(blockDiagonalInverse(model.L, n), [n, n]),
  };
  return cached;
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

/** v = hi + lo with hi = float32(v) and lo = float32(v - hi): about 48 bits of v in two floats. */
function splitFloat(v: Float64Array): [Float32Array, Float32Array] {
  const hi = Float32Array.from(v);
  const lo = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) lo[i] = (v[i] as number) - (hi[i] as number);
  return [hi, lo];
}

/**
 * (g_c - x_i)^2 for grid coordinates g (1 x len) and training coordinates x (n x 1), both as hi/lo
 * pairs: (g_hi - x_hi) is exact for nearby values (Sterbenz), so the difference, and with it k* near
 * the data, is accurate to float32 relative to the difference rather than to the coordinates.
 */
function pairDifferenceSquared(
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
function kernelOfSquared(tf: Tf, type: KernelType, r2: TF.Tensor): TF.Tensor {
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
  if (lost) throw new WebGLUnavailableError('context-lost', 'the WebGL context was lost');
  if (!initialized || !tfLoaded) {
    throw new WebGLUnavailableError('failed', 'probeWebGL has not succeeded');
  }
  const tf = tfLoaded;
  if (tf.getBackend() !== 'webgl' && !(await tf.setBackend('webgl'))) {
    throw new WebGLUnavailableError('failed', 'the webgl backend could not be selected');
  }
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
  const gl = glOf(tf);
  if (lost || (gl && gl.isContextLost())) {
    markLost();
    throw new WebGLUnavailableError('context-lost', 'the WebGL context was lost');
  }
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
