/**
 * Random Fourier feature bases for stationary kernels (used by thompson.ts): frequencies drawn
 * from the kernel's spectral density, and the evaluation of (cos, sin) of every frequency's phase
 * at many points, which is where sample paths spend their time.
 */
import { inverseLengthScales } from './kernels.ts';
import { normCdf, normQuantile } from './normal.ts';
import type { Rng } from './rng.ts';
import { sobol, SOBOL_MAX_DIMENSION } from './sobol.ts';
import type { KernelSpec, KernelType, PointSet } from './types.ts';

const TWO_POW_32 = 4294967296;
const SQRT_PI = Math.sqrt(Math.PI);

/** M frequencies omega_j, already divided by the length scales (M x d, row-major). */
export interface FourierBasis {
  readonly M: number;
  readonly d: number;
  readonly omega: Float64Array;
}

/** Degrees of freedom 2 nu of the Student-t spectral density, or 0 for RBF (Gaussian). */
function spectralDof(type: KernelType): number {
  switch (type) {
    case 'rbf':
      return 0;
    case 'matern12':
      return 1;
    case 'matern32':
      return 3;
    case 'matern52':
      return 5;
  }
}

/**
 * Upper tail Q(a, y) of the unit-scale gamma distribution for a = 1/2, 3/2, 5/2, in closed form:
 * Q(1/2, y) = erfc(sqrt y) and Q(a + 1, y) = Q(a, y) + y^a e^-y / Gamma(a + 1).
 */
function gammaUpperHalfInteger(a: number, y: number): number {
  const r = Math.sqrt(y);
  let q = 2 * normCdf(-Math.SQRT2 * r);
  if (a > 1) q += (2 / SQRT_PI) * r * Math.exp(-y);
  if (a > 2) q += (4 / (3 * SQRT_PI)) * r * y * Math.exp(-y);
  return q;
}

/**
 * Quantile of chi^2 with k = 1, 3 or 5 degrees of freedom at probability p, so that one uniform
 * coordinate gives the radial part of a Student-t frequency (quasi-random points then cover it
 * evenly, which a sum of k squared quasi-normals does not). k = 1 is closed form; 3 and 5 start
 * from Wilson-Hilferty and take safeguarded Newton steps in log y on the closed-form tail.
 */
export function chiSquareQuantile(k: number, p: number): number {
  if (k === 1) return normQuantile(0.5 + 0.5 * p) ** 2;
  const a = k / 2;
  const q = 1 - p;
  const c = 2 / (9 * k);
  const wh = k * (1 - c + normQuantile(p) * Math.sqrt(c)) ** 3;
  // Below Wilson-Hilferty's range use the small-y law P(a, y) ~ y^a / Gamma(a + 1).
  const gammaA1 = a === 1.5 ? (3 * SQRT_PI) / 4 : (15 * SQRT_PI) / 8;
  let t = Math.log(wh > 0.01 ? wh / 2 : (p * gammaA1) ** (1 / a));
  const logGammaA = Math.log(a === 1.5 ? SQRT_PI / 2 : (3 * SQRT_PI) / 4);
  for (let it = 0; it < 50; it++) {
    const y = Math.exp(t);
    // dQ/dt = -y g(y), g the gamma(a) density.
    const slope = Math.exp(a * t - y - logGammaA);
    if (!(slope > 0)) break;
    const step = Math.max(-1, Math.min(1, (gammaUpperHalfInteger(a, y) - q) / slope));
    t += step;
    if (Math.abs(step) < 1e-13) break;
  }
  return 2 * Math.exp(t);
}

/**
 * Draws M frequencies for a stationary kernel. RBF: omega ~ N(0, I). Matern nu: the spectral
 * density (in units of the length scale) is a multivariate Student-t with 2 nu degrees of freedom,
 * omega = z / sqrt(u / 2nu) with z ~ N(0, I) and u ~ chi^2_{2 nu} (2 nu = 1, 3 or 5). z and u
 * come from one scrambled Sobol' point of d (+ 1) coordinates through the normal and chi^2
 * quantiles: quasi-random, so the spectral integral is sampled evenly, and since each scrambled
 * point is uniform on its own the implied kernel stays unbiased. Past Sobol's dimension limit they
 * are pseudo-random.
 */
export function drawFourierBasis(kernel: KernelSpec, d: number, M: number, rng: Rng): FourierBasis {
  const inv = inverseLengthScales(kernel, d);
  const dof = spectralDof(kernel.type);
  const D = d + (dof > 0 ? 1 : 0);
  const quasi = D <= SOBOL_MAX_DIMENSION ? sobol(M, D, { scramble: rng }).data : null;
  // Sobol' values are multiples of 2^-32, 0 and 0.5 included; the half-step offset keeps the
  // quantiles finite and u > 0.
  const uniformAt = (i: number, k: number): number =>
    quasi ? (quasi[i * D + k] as number) + 0.5 / TWO_POW_32 : rng.next() + 0.5 / TWO_POW_32;
  const omega = new Float64Array(M * d);
  for (let i = 0; i < M; i++) {
    const factor = dof > 0 ? Math.sqrt(dof / chiSquareQuantile(dof, uniformAt(i, d))) : 1;
    for (let k = 0; k < d; k++) {
      omega[i * d + k] = normQuantile(uniformAt(i, k)) * factor * (inv[k] as number);
    }
  }
  return { M, d, omega };
}

/**
 * The distinct coordinate values of a point set whose coordinates repeat (a grid, in any order):
 * values[k] lists dimension k's distinct values, index[p * d + k] says which one point p has.
 */
export interface CoordinateLattice {
  readonly values: readonly Float64Array[];
  readonly index: Int32Array;
}

/**
 * The lattice of Xs when it pays off: when the distinct values of all dimensions together number
 * at most half the points, the phases factor per dimension (see latticeTrigTables); otherwise
 * null. A 100 x 100 grid has 200 distinct values for 10,000 points.
 */
export function coordinateLattice(Xs: PointSet): CoordinateLattice | null {
  const { n, d, data } = Xs;
  const budget = Math.floor(n / 2);
  if (budget < d) return null;
  const index = new Int32Array(n * d);
  const values: Float64Array[] = [];
  let total = 0;
  for (let k = 0; k < d; k++) {
    const seen = new Map<number, number>();
    const list: number[] = [];
    for (let p = 0; p < n; p++) {
      const v = data[p * d + k] as number;
      let id = seen.get(v);
      if (id === undefined) {
        if (++total > budget) return null;
        id = list.length;
        seen.set(v, id);
        list.push(v);
      }
      index[p * d + k] = id;
    }
    values.push(Float64Array.from(list));
  }
  return { values, index };
}

/**
 * Per-dimension trigonometry tables of a basis on a lattice: tables[k][u * 2M + 2j .. + 1] =
 * (cos, sin)(omega_jk * values[k][u]). Phases add over dimensions, so products of table entries
 * (angle addition) give every lattice point's features without trigonometry per point.
 */
export function latticeTrigTables(basis: FourierBasis, lattice: CoordinateLattice): Float64Array[] {
  const { M, d, omega } = basis;
  return lattice.values.map((vals, k) => {
    const t = new Float64Array(vals.length * 2 * M);
    for (let u = 0; u < vals.length; u++) {
      const x = vals[u] as number;
      for (let j = 0; j < M; j++) {
        const a = (omega[j * d + k] as number) * x;
        t[u * 2 * M + 2 * j] = Math.cos(a);
        t[u * 2 * M + 2 * j + 1] = Math.sin(a);
      }
    }
    return t;
  });
}

/** (cos, sin) of every frequency's phase omega_j . x at x = xs[o .. o + d), interleaved in buf. */
export function phasesAt(
  basis: FourierBasis,
  xs: Float64Array,
  o: number,
  buf: Float64Array,
): void {
  const { M, d, omega } = basis;
  if (d === 1) {
    const x0 = xs[o] as number;
    for (let j = 0; j < M; j++) {
      const t = (omega[j] as number) * x0;
      buf[2 * j] = Math.cos(t);
      buf[2 * j + 1] = Math.sin(t);
    }
    return;
  }
  for (let j = 0; j < M; j++) {
    let t = 0;
    for (let k = 0; k < d; k++) t += (omega[j * d + k] as number) * (xs[o + k] as number);
    buf[2 * j] = Math.cos(t);
    buf[2 * j + 1] = Math.sin(t);
  }
}

/**
 * Feature sums F(p, r) = sum_j amp[c, 2j] cos(t_j) + amp[c, 2j + 1] sin(t_j), t_j = omega_j . x_p,
 * for the members c = members[r] (rows of amp, each 2M long) at the points of Xs. Call it for p in
 * order with r innermost: at scattered points the (cos, sin) of point p are computed once for all
 * members. On a lattice, a cos t + b sin t = Re[(a - ib) e^{it}] with e^{it} = prod_k e^{i t_k}, so
 * each member's weights are folded into the dimension-0 table once (z = (a - ib) e^{i t_0}, kept as
 * (Re z, -Im z)); a point then costs d - 2 complex multiplications per frequency and one dot
 * product with the last dimension's table, with no trigonometry.
 */
export function featureSums(
  basis: FourierBasis,
  amp: Float64Array,
  members: readonly number[],
  Xs: PointSet,
  lattice: CoordinateLattice | null,
): (p: number, r: number) => number {
  const { M, d } = basis;
  const m = 2 * M;
  if (!lattice && members.length === 1) {
    // One path (Thompson sampling's case): a cos t + b sin t = A cos(t - beta) halves the
    // trigonometry, which is all the cost at scattered points.
    const c = members[0] as number;
    const A = new Float64Array(M);
    const beta = new Float64Array(M);
    for (let j = 0; j < M; j++) {
      const a = amp[c * m + 2 * j] as number;
      const b = amp[c * m + 2 * j + 1] as number;
      A[j] = Math.hypot(a, b);
      beta[j] = Math.atan2(b, a);
    }
    const { omega } = basis;
    const xs = Xs.data;
    return (p) => {
      const o = p * d;
      let s = 0;
      for (let j = 0; j < M; j++) {
        let t = -(beta[j] as number);
        for (let k = 0; k < d; k++) t += (omega[j * d + k] as number) * (xs[o + k] as number);
        s += (A[j] as number) * Math.cos(t);
      }
      return s;
    };
  }
  if (!lattice) {
    const trig = new Float64Array(m);
    let current = -1;
    return (p, r) => {
      if (p !== current) {
        phasesAt(basis, Xs.data, p * d, trig);
        current = p;
      }
      return dot(amp, (members[r] as number) * m, trig, 0, m);
    };
  }
  const tables = latticeTrigTables(basis, lattice);
  const t0 = tables[0] as Float64Array;
  const u0 = (lattice.values[0] as Float64Array).length;
  const folded = members.map((c) => {
    const z = new Float64Array(u0 * m);
    for (let u = 0; u < u0; u++) {
      for (let j = 0; j < m; j += 2) {
        const a = amp[c * m + j] as number;
        const b = amp[c * m + j + 1] as number;
        const co = t0[u * m + j] as number;
        const si = t0[u * m + j + 1] as number;
        z[u * m + j] = a * co + b * si;
        z[u * m + j + 1] = b * co - a * si;
      }
    }
    return z;
  });
  const index = lattice.index;
  if (d === 1) {
    // Re z summed over frequencies, once per distinct value.
    const sums = folded.map((z) =>
      Float64Array.from({ length: u0 }, (_, u) => {
        let s = 0;
        for (let j = 0; j < m; j += 2) s += z[u * m + j] as number;
        return s;
      }),
    );
    return (p, r) => (sums[r] as Float64Array)[index[p] as number] as number;
  }
  const last = tables[d - 1] as Float64Array;
  const w = new Float64Array(m);
  return (p, r) => {
    const z = folded[r] as Float64Array;
    const zo = (index[p * d] as number) * m;
    const lo = (index[p * d + d - 1] as number) * m;
    if (d === 2) return dot(z, zo, last, lo, m);
    w.set(z.subarray(zo, zo + m));
    for (let k = 1; k < d - 1; k++) {
      const tk = tables[k] as Float64Array;
      const o = (index[p * d + k] as number) * m;
      for (let j = 0; j < m; j += 2) {
        // (P, Q) = (Re z, -Im z) times e^{i t_k}.
        const P = w[j] as number;
        const Q = w[j + 1] as number;
        const co = tk[o + j] as number;
        const si = tk[o + j + 1] as number;
        w[j] = P * co + Q * si;
        w[j + 1] = Q * co - P * si;
      }
    }
    return dot(w, 0, last, lo, m);
  };
}

/** sum_i a[ao + i] b[bo + i] for i < len, four accumulators to shorten the dependency chain. */
export function dot(a: Float64Array, ao: number, b: Float64Array, bo: number, len: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    s0 += (a[ao + i] as number) * (b[bo + i] as number);
    s1 += (a[ao + i + 1] as number) * (b[bo + i + 1] as number);
    s2 += (a[ao + i + 2] as number) * (b[bo + i + 2] as number);
    s3 += (a[ao + i + 3] as number) * (b[bo + i + 3] as number);
  }
  for (; i < len; i++) s0 += (a[ao + i] as number) * (b[bo + i] as number);
  return s0 + s1 + (s2 + s3);
}
