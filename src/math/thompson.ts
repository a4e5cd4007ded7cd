/**
 * GP posterior sample paths that can be evaluated anywhere, for Thompson sampling and for drawing
 * sample curves: a random-Fourier-feature (RFF) draw from the prior, corrected by the pathwise
 * (Matheron) update of Wilson et al. 2020, "Efficiently sampling functions from Gaussian process
 * posteriors":
 *
 *   f_post(x) = sum_i w_i phi_i(x) + k(x, X) v,   v = (K + alpha I)^-1 (yNorm - Phi(X) w - eps)
 *
 * with w ~ N(0, I), eps ~ N(0, alpha I) and frequencies from the kernel's spectral density. The
 * prior part is approximate, the data part exact, so a path passes through the data up to the
 * noise however few features are used. A path is a fixed function: evaluating it twice at a point
 * gives the same value, which is what lets an optimizer maximize it.
 *
 * The features come in pairs sqrt(s^2 / M) (cos, sin)(omega_j . x / l), M = m / 2 frequencies,
 * rather than sqrt(2 s^2 / m) cos(omega . x / l + b): the implied kernel
 * (s^2 / M) sum_j cos(omega_j . (x - x') / l) is then exact at x = x' and free of the random-phase
 * term, and the frequencies are quasi-random (fourierFeatures.ts).
 *
 * One basis still misstates the posterior std near the data by up to ~15% at m = 1024 (the
 * variance left there lives in the sparsely sampled spectral tails), so by default every path gets
 * its own basis: then the paths' spread matches the GP's. Grids stay cheap because phases on a
 * lattice are factored per dimension (no trigonometry per point).
 */
import {
  coordinateLattice,
  dot,
  drawFourierBasis,
  featureSums,
  type CoordinateLattice,
  type FourierBasis,
} from './fourierFeatures.ts';
import { inverseLengthScales, kernelGradFactor, kernelOfDistance } from './kernels.ts';
import { cholSolveInPlace } from './linalg.ts';
import type { Rng } from './rng.ts';
import type { GPModel, KernelSpec, PointSet } from './types.ts';

/** A function drawn from a GP (posterior or prior), in the units of y. */
export interface SamplePath {
  /** Writes the path's value at every point of Xs into out (at least Xs.n long). */
  evaluate(Xs: PointSet, out: Float64Array): void;
  /** The value at one point x (length d); writes d(path)/dx into outGrad (length d). */
  evaluateWithGradient(x: Float64Array, outGrad: Float64Array): number;
}

/** Options of samplePosteriorPaths and samplePriorPaths. */
export interface SamplePathOptions {
  /** Number of Fourier features m, in cos/sin pairs (default 1024; odd m is rounded up). */
  readonly features?: number;
  /**
   * Share one feature basis among the paths of this call (default false). Faster for many paths
   * at scattered points (the trigonometry is done once for all), but the paths then share that
   * basis' approximation error: their spread near the data can be off by up to ~15%.
   */
  readonly sharedFeatures?: boolean;
}

/**
 * Everything that defines a path, for evaluating it elsewhere (e.g. on the GPU):
 * value(x) = (sum_j weights[2j] cos(omega_j . x) + weights[2j + 1] sin(omega_j . x)
 *            + sum_i v[i] k(x, X_i)) * yStd + yMean,
 * with k the kernel including its variance. X and v are null for prior paths.
 */
export interface SamplePathParameters {
  readonly kernel: KernelSpec;
  /** M x d frequencies, already divided by the length scales. */
  readonly omega: Float64Array;
  /** 2M weights, (cos, sin) interleaved. */
  readonly weights: Float64Array;
  readonly X: PointSet | null;
  readonly v: Float64Array | null;
  readonly yMean: number;
  readonly yStd: number;
}

const DEFAULT_FEATURES = 1024;

/** The exact data part of posterior paths: k(x, X) v_c. */
interface DataPart {
  readonly X: PointSet;
  readonly inv: Float64Array;
  /** count x n: row c is path c's v. */
  readonly v: Float64Array;
}

/**
 * Paths sharing a basis: path c is sum_j (amp[c, 2j] cos + amp[c, 2j + 1] sin)(phase_j), plus
 * k(x, X) v_c for posterior paths, scaled to the units of y.
 */
class PathGroup {
  constructor(
    readonly basis: FourierBasis,
    /** count x 2M: sqrt(s^2 / M) w_c. */
    readonly amp: Float64Array,
    readonly kernel: KernelSpec,
    readonly data: DataPart | null,
    readonly yMean: number,
    readonly yStd: number,
  ) {}

  /** Path members[r] at every point of Xs goes to out[rows[r] * Xs.n + p]. */
  evaluateMembers(
    members: readonly number[],
    rows: readonly number[],
    Xs: PointSet,
    out: Float64Array,
    lattice: CoordinateLattice | null,
  ): void {
    const d = this.basis.d;
    if (Xs.d !== d) throw new RangeError(`points have ${Xs.d} dims, the paths ${d}`);
    const data = this.data;
    const nv = data ? data.X.n : 0;
    const kBuf = new Float64Array(nv);
    const { yStd, yMean } = this;
    const feature = featureSums(this.basis, this.amp, members, Xs, lattice);
    for (let p = 0; p < Xs.n; p++) {
      if (data) this.kernelRow(Xs.data, p * d, kBuf, null);
      for (let r = 0; r < members.length; r++) {
        let s = feature(p, r);
        if (data) s += dot(data.v, (members[r] as number) * nv, kBuf, 0, nv);
        out[(rows[r] as number) * Xs.n + p] = s * yStd + yMean;
      }
    }
  }

  valueAndGradient(c: number, x: Float64Array, outGrad: Float64Array): number {
    const { M, d, omega } = this.basis;
    if (x.length !== d || outGrad.length !== d) {
      throw new RangeError(
        `x and outGrad need ${d} entries, got ${x.length} and ${outGrad.length}`,
      );
    }
    outGrad.fill(0);
    const amp = this.amp;
    const base = c * 2 * M;
    let s = 0;
    for (let j = 0; j < M; j++) {
      let t = 0;
      for (let k = 0; k < d; k++) t += (omega[j * d + k] as number) * (x[k] as number);
      const a = amp[base + 2 * j] as number;
      const b = amp[base + 2 * j + 1] as number;
      const ct = Math.cos(t);
      const st = Math.sin(t);
      s += a * ct + b * st;
      const ds = b * ct - a * st;
      for (let k = 0; k < d; k++) {
        outGrad[k] = (outGrad[k] as number) + ds * (omega[j * d + k] as number);
      }
    }
    const data = this.data;
    if (data) {
      const n = data.X.n;
      const kBuf = new Float64Array(n);
      const gBuf = new Float64Array(n);
      this.kernelRow(x, 0, kBuf, gBuf);
      for (let i = 0; i < n; i++) {
        const vi = data.v[c * n + i] as number;
        s += vi * (kBuf[i] as number);
        // dk/dx_k = -g(r) (x_k - X_ik) / l_k^2 with g = -k'(r) / r (kernelGradFactor).
        const g = vi * (gBuf[i] as number);
        for (let k = 0; k < d; k++) {
          const ik = data.inv[k] as number;
          const dx = (x[k] as number) - (data.X.data[i * d + k] as number);
          outGrad[k] = (outGrad[k] as number) - g * dx * ik * ik;
        }
      }
    }
    for (let k = 0; k < d; k++) outGrad[k] = (outGrad[k] as number) * this.yStd;
    return s * this.yStd + this.yMean;
  }

  /** k(x, X_i) for every training point into kBuf; variance * g(r_i) into gBuf when given. */
  private kernelRow(
    xs: Float64Array,
    o: number,
    kBuf: Float64Array,
    gBuf: Float64Array | null,
  ): void {
    const { X, inv } = this.data as DataPart;
    const { type, variance } = this.kernel;
    const d = X.d;
    for (let i = 0; i < X.n; i++) {
      let r2 = 0;
      for (let k = 0; k < d; k++) {
        const t = ((xs[o + k] as number) - (X.data[i * d + k] as number)) * (inv[k] as number);
        r2 += t * t;
      }
      const r = Math.sqrt(r2);
      kBuf[i] = variance * kernelOfDistance(type, r);
      if (gBuf) gBuf[i] = variance * kernelGradFactor(type, r);
    }
  }
}

/** One path: a member of a group. */
class GroupPath implements SamplePath {
  constructor(
    readonly group: PathGroup,
    readonly member: number,
  ) {}

  evaluate(Xs: PointSet, out: Float64Array): void {
    if (out.length < Xs.n) throw new RangeError(`out has ${out.length} entries, need ${Xs.n}`);
    this.group.evaluateMembers([this.member], [0], Xs, out, coordinateLattice(Xs));
  }

  evaluateWithGradient(x: Float64Array, outGrad: Float64Array): number {
    return this.group.valueAndGradient(this.member, x, outGrad);
  }
}

/**
 * Evaluates several paths at the same points, path-major: path r's values go to
 * out[r * Xs.n .. (r + 1) * Xs.n). Paths that share a basis are evaluated together, with each
 * point's trigonometry done once for all of them; a grid's lattice is found once for all paths.
 */
export function evaluatePaths(paths: readonly SamplePath[], Xs: PointSet, out: Float64Array): void {
  if (out.length < paths.length * Xs.n) {
    throw new RangeError(`out has ${out.length} entries, need ${paths.length * Xs.n}`);
  }
  const lattice = coordinateLattice(Xs);
  const groups = new Map<PathGroup, { members: number[]; rows: number[] }>();
  const scratch = new Float64Array(Xs.n);
  paths.forEach((path, r) => {
    if (path instanceof GroupPath) {
      const entry = groups.get(path.group) ?? { members: [], rows: [] };
      entry.members.push(path.member);
      entry.rows.push(r);
      groups.set(path.group, entry);
    } else {
      path.evaluate(Xs, scratch);
      out.set(scratch, r * Xs.n);
    }
  });
  for (const [group, { members, rows }] of groups) {
    group.evaluateMembers(members, rows, Xs, out, lattice);
  }
}

/** The parameters of a path drawn by this module (throws for other SamplePath implementations). */
export function samplePathParameters(path: SamplePath): SamplePathParameters {
  if (!(path instanceof GroupPath)) throw new TypeError('not a path drawn by thompson.ts');
  const { basis, amp, kernel, data, yMean, yStd } = path.group;
  const m = 2 * basis.M;
  const c = path.member;
  const n = data ? data.X.n : 0;
  return {
    kernel,
    omega: basis.omega.slice(),
    weights: amp.slice(c * m, (c + 1) * m),
    X: data ? data.X : null,
    v: data ? data.v.slice(c * n, (c + 1) * n) : null,
    yMean,
    yStd,
  };
}

/** Validates count and returns the number of frequencies M (features / 2, rounded up). */
function checkArgs(count: number, opts: SamplePathOptions): number {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  const m = opts.features ?? DEFAULT_FEATURES;
  if (!Number.isInteger(m) || m < 1) {
    throw new RangeError(`features must be a positive integer, got ${m}`);
  }
  return Math.ceil(m / 2);
}

/**
 * Bases with their paths' weights amp = sqrt(s^2 / M) w, w ~ N(0, I_2M): one basis for all paths
 * when shared, else one per path. Draws in a fixed order (a basis, then its paths' weights) so the
 * rng stream is reproducible.
 */
function drawGroups(
  kernel: KernelSpec,
  d: number,
  count: number,
  M: number,
  shared: boolean,
  rng: Rng,
): { basis: FourierBasis; amp: Float64Array; members: number }[] {
  const scale = Math.sqrt(kernel.variance / M);
  const draw = (members: number) => {
    const basis = drawFourierBasis(kernel, d, M, rng);
    const amp = new Float64Array(members * 2 * M);
    for (let i = 0; i < amp.length; i++) amp[i] = scale * rng.normal();
    return { basis, amp, members };
  };
  if (count === 0) return [];
  if (shared) return [draw(count)];
  return Array.from({ length: count }, () => draw(1));
}

/**
 * count sample paths from the posterior of model, in the units of y (yNorm * yStd + yMean). Works
 * in normalized units with the model's Cholesky factor L of K + (alpha + jitter) I; the noise eps
 * has that same variance, so the update is exact for the factorization the model holds. Consumes
 * the rng deterministically: the same model, count, options and rng state give the same paths.
 */
export function samplePosteriorPaths(
  model: GPModel,
  count: number,
  rng: Rng,
  opts: SamplePathOptions = {},
): SamplePath[] {
  const M = checkArgs(count, opts);
  const { X, L, yNorm, kernel } = model;
  const n = X.n;
  const d = X.d;
  const noiseSd = Math.sqrt(model.alpha + model.jitter);
  const inv = inverseLengthScales(kernel, d);
  const lattice = coordinateLattice(X);
  const paths: SamplePath[] = [];
  const shared = opts.sharedFeatures ?? false;
  for (const { basis, amp, members } of drawGroups(kernel, d, count, M, shared, rng)) {
    // The prior draws at the training inputs, Phi(X) w, for every member at once.
    const prior = new PathGroup(basis, amp, kernel, null, 0, 1);
    const atData = new Float64Array(members * n);
    const all = Array.from({ length: members }, (_, c) => c);
    prior.evaluateMembers(all, all, X, atData, lattice);
    const v = new Float64Array(members * n);
    for (let c = 0; c < members; c++) {
      const row = v.subarray(c * n, (c + 1) * n);
      for (let i = 0; i < n; i++) {
        row[i] = (yNorm[i] as number) - (atData[c * n + i] as number) - noiseSd * rng.normal();
      }
      cholSolveInPlace(L, n, row);
    }
    const group = new PathGroup(basis, amp, kernel, { X, inv, v }, model.yMean, model.yStd);
    for (let c = 0; c < members; c++) paths.push(new GroupPath(group, c));
  }
  return paths;
}

/**
 * count paths from the zero-mean GP prior with this kernel on d-dimensional inputs (RFF only):
 * prior samples for teaching, and the check that the features reproduce the kernel.
 */
export function samplePriorPaths(
  kernel: KernelSpec,
  d: number,
  count: number,
  rng: Rng,
  opts: SamplePathOptions = {},
): SamplePath[] {
  const M = checkArgs(count, opts);
  if (!Number.isInteger(d) || d < 1) throw new RangeError(`d must be a positive integer, got ${d}`);
  const paths: SamplePath[] = [];
  const shared = opts.sharedFeatures ?? false;
  for (const { basis, amp, members } of drawGroups(kernel, d, count, M, shared, rng)) {
    const group = new PathGroup(basis, amp, kernel, null, 0, 1);
    for (let c = 0; c < members; c++) paths.push(new GroupPath(group, c));
  }
  return paths;
}
