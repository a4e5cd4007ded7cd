/**
 * The per-model tensors of the WebGL surface, prepared in float64 on the CPU and uploaded once per
 * model (nine tensors, replaced when the model changes): centred and scaled training inputs as
 * hi/lo float32 pairs, the weights, L, L^T, the noisy covariance and the block-diagonal inverse
 * the blocked forward substitution uses (see webglSurface.ts).
 */
import type * as TF from './tfjs.ts';
import { crossCovariance } from '../math/kernels.ts';
import type { KernelType } from '../math/types.ts';
import type { SurfaceJob } from './surfaceTypes.ts';

type Tf = typeof TF;

/** Rows per block of the forward substitution (see webglSurface.ts). */
export const BLOCK_ROWS = 16;

export interface ModelTensors {
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

/** The job's model as tensors: the cached ones while the model is the same, else uploaded anew. */
export function modelTensors(tf: Tf, job: SurfaceJob): ModelTensors {
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

/** v = hi + lo with hi = float32(v) and lo = float32(v - hi): about 48 bits of v in two floats. */
export function splitFloat(v: Float64Array): [Float32Array, Float32Array] {
  const hi = Float32Array.from(v);
  const lo = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) lo[i] = (v[i] as number) - (hi[i] as number);
  return [hi, lo];
}
