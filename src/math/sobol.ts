/**
 * Sobol' low-discrepancy points in the unit cube, with the direction numbers of Joe and Kuo
 * (new-joe-kuo-6.21201, the same table scipy.stats.qmc.Sobol uses) for the first 21 dimensions,
 * generated in Gray-code order with 32-bit integers. Unscrambled, the sequence starts at the origin
 * and equals scipy's Sobol(d, scramble=False) point for point.
 *
 * Scrambling is a random linear matrix scramble plus a digital shift (Matousek; scipy's default):
 * each coordinate's bits go through a random invertible lower-triangular binary matrix and are
 * XORed with a random mask. The top k bits of a coordinate then depend only on its top k unscrambled
 * bits, bijectively, so the balance of every 2^k-point block over dyadic intervals survives.
 */
import type { Rng } from './rng.ts';
import type { PointSet } from './types.ts';

const BITS = 32;
const TWO_POW_32 = 4294967296;

/**
 * Joe-Kuo [s, a, m_1..m_s] for dimensions 2..21: s the degree of the primitive polynomial, a its
 * interior coefficients as bits, m the initial direction integers. Dimension 1 is van der Corput.
 */
const JOE_KUO: readonly (readonly [number, number, readonly number[]])[] = [
  [1, 0, [1]],
  [2, 1, [1, 3]],
  [3, 1, [1, 3, 1]],
  [3, 2, [1, 1, 1]],
  [4, 1, [1, 1, 3, 3]],
  [4, 4, [1, 3, 5, 13]],
  [5, 2, [1, 1, 5, 5, 17]],
  [5, 4, [1, 1, 5, 5, 5]],
  [5, 7, [1, 1, 7, 11, 19]],
  [5, 11, [1, 1, 5, 1, 1]],
  [5, 13, [1, 1, 1, 3, 11]],
  [5, 14, [1, 3, 5, 5, 31]],
  [6, 1, [1, 3, 3, 9, 7, 49]],
  [6, 13, [1, 1, 1, 15, 21, 21]],
  [6, 16, [1, 3, 1, 13, 27, 49]],
  [6, 19, [1, 1, 1, 15, 7, 5]],
  [6, 22, [1, 3, 1, 15, 13, 25]],
  [6, 25, [1, 1, 5, 5, 19, 61]],
  [7, 1, [1, 3, 7, 11, 23, 15, 103]],
  [7, 4, [1, 3, 7, 13, 13, 15, 69]],
];

/** How many dimensions sobol() supports. */
export const SOBOL_MAX_DIMENSION = JOE_KUO.length + 1;

/** The largest number of points (skip included) before 32-bit Gray-code indices run out. */
export const SOBOL_MAX_POINTS = TWO_POW_32;

/** Direction numbers V_1..V_32 of one dimension (0-based), as 32-bit integers. */
function directionNumbers(dim: number): Uint32Array {
  const V = new Uint32Array(BITS);
  if (dim === 0) {
    for (let i = 0; i < BITS; i++) V[i] = 2 ** (BITS - 1 - i);
    return V;
  }
  const entry = JOE_KUO[dim - 1];
  if (entry === undefined) throw new RangeError(`no direction numbers for dimension ${dim + 1}`);
  const [s, a, m] = entry;
  for (let i = 0; i < s; i++) V[i] = (m[i] as number) * 2 ** (BITS - 1 - i);
  // Joe-Kuo recurrence on the shifted integers: V_i = V_{i-s} ^ (V_{i-s} >> s) ^ sum_k a_k V_{i-k}.
  for (let i = s; i < BITS; i++) {
    const vs = V[i - s] as number;
    let v = vs ^ (vs >>> s);
    for (let k = 1; k < s; k++) {
      if ((a >>> (s - 1 - k)) & 1) v ^= V[i - k] as number;
    }
    V[i] = v >>> 0;
  }
  return V;
}

function parity32(x: number): number {
  let t = x ^ (x >>> 16);
  t ^= t >>> 8;
  t ^= t >>> 4;
  t ^= t >>> 2;
  t ^= t >>> 1;
  return t & 1;
}

function randomUint32(rng: Rng): number {
  return Math.floor(rng.next() * TWO_POW_32) >>> 0;
}

/** Applies a random unit lower-triangular binary matrix (MSB first) to each direction number. */
function scrambleDirections(V: Uint32Array, rng: Rng): void {
  const rows = new Uint32Array(BITS);
  for (let r = 0; r < BITS; r++) {
    const diag = 2 ** (BITS - 1 - r);
    // Bits strictly more significant than the diagonal are random; the rest are 0.
    const above = r === 0 ? 0 : randomUint32(rng) & ~(diag * 2 - 1);
    rows[r] = (above | diag) >>> 0;
  }
  for (let i = 0; i < BITS; i++) {
    const v = V[i] as number;
    let out = 0;
    for (let r = 0; r < BITS; r++) {
      if (parity32((rows[r] as number) & v)) out |= 2 ** (BITS - 1 - r);
    }
    V[i] = out >>> 0;
  }
}

/** Options of sobol(). */
export interface SobolOptions {
  /** Index of the first point returned (default 0: the sequence's start, the origin unscrambled). */
  readonly skip?: number;
  /** When given, the points are scrambled (linear matrix scramble + digital shift) with this rng. */
  readonly scramble?: Rng;
}

/**
 * n Sobol' points in [0, 1)^d, points skip .. skip + n - 1 of the sequence. For the balance
 * properties take n (and skip) a multiple of a power of 2: then every dyadic interval of length
 * 1/2^k (2^k <= n) in every coordinate holds exactly n / 2^k points.
 */
export function sobol(n: number, d: number, opts: SobolOptions = {}): PointSet {
  const skip = opts.skip ?? 0;
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(d) || d < 1 || d > SOBOL_MAX_DIMENSION) {
    throw new RangeError(`d must be an integer in [1, ${SOBOL_MAX_DIMENSION}], got ${d}`);
  }
  if (!Number.isInteger(skip) || skip < 0 || skip + n > SOBOL_MAX_POINTS) {
    throw new RangeError(`skip + n must stay within 2^32 with skip >= 0, got skip ${skip}, n ${n}`);
  }
  const V: Uint32Array[] = [];
  const X = new Uint32Array(d);
  for (let k = 0; k < d; k++) {
    const v = directionNumbers(k);
    if (opts.scramble) {
      scrambleDirections(v, opts.scramble);
      X[k] = randomUint32(opts.scramble);
    }
    V.push(v);
  }
  // Jump to index skip: its point is the XOR of V_j over the set bits j of gray(skip).
  const gray = (skip ^ Math.floor(skip / 2)) >>> 0;
  for (let j = 0; j < BITS; j++) {
    if ((gray >>> j) & 1) {
      for (let k = 0; k < d; k++)
        X[k] = ((X[k] as number) ^ ((V[k] as Uint32Array)[j] as number)) >>> 0;
    }
  }
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < d; k++) data[i * d + k] = (X[k] as number) / TWO_POW_32;
    if (i + 1 === n) break;
    // Gray-code step: flip the direction number of the lowest zero bit of the current index.
    let idx = skip + i;
    let c = 0;
    while (idx % 2 === 1) {
      idx = (idx - 1) / 2;
      c++;
    }
    for (let k = 0; k < d; k++)
      X[k] = ((X[k] as number) ^ ((V[k] as Uint32Array)[c] as number)) >>> 0;
  }
  return { data, n, d };
}
