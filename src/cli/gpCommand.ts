/**
 * The `gp` command of the headless CLI (DESIGN.md): fit a GP to X, y (optionally fitting the
 * length scales by ML-II, as scikit-learn) and predict at Xs. Input is validated field by field so
 * that a bad request names the exact field, e.g. "X[3][1]" or "kernel.lengthScale".
 */
import { fitGP, GPError, predict } from '../math/gp.ts';
import { fitGPWithHyperparameters } from '../math/gpFit.ts';
import { createRng } from '../math/rng.ts';
import type { KernelSpec, KernelType, PointSet } from '../math/types.ts';
import { CliInputError } from './errors.ts';

export interface GpCommandOutput {
  mean: number[];
  std: number[];
  kernel: { type: KernelType; lengthScale: number | number[]; variance: number };
  logMarginalLikelihood: number;
  /**
   * What the Cholesky factorization added to the diagonal on top of alpha (DESIGN.md: "report the
   * jitter used"): 0 for a covariance that factors as given; > 0 where scikit-learn would refuse,
   * e.g. a repeated point with alpha = 0, so the caller sees that the fit is not of alpha alone.
   */
  jitter: number;
}

const KERNEL_TYPES: readonly KernelType[] = ['matern52', 'matern32', 'matern12', 'rbf'];
const TOP_FIELDS = [
  'X',
  'y',
  'Xs',
  'kernel',
  'alpha',
  'normalizeY',
  'optimize',
  'restarts',
  'seed',
];
const KERNEL_FIELDS = ['type', 'lengthScale', 'variance'];
/** Caps that keep a request from tying up the CLI for minutes (dense O(n^3) algebra). */
const MAX_POINTS = 5000;
const MAX_PREDICT = 1_000_000;
const MAX_DIMS = 100;
const MAX_RESTARTS = 100;

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string')
    return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '...' : v)}`;
  if (typeof v === 'number') return String(v);
  return typeof v;
}

function finiteNumber(v: unknown, field: string, what = 'a finite number'): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new CliInputError(field, `expected ${what}, got ${describe(v)}`);
  return v;
}

function rejectUnknown(obj: Obj, allowed: readonly string[], prefix: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      throw new CliInputError(prefix + key, `unknown field; expected one of ${allowed.join(', ')}`);
    }
  }
}

/** Rows of numbers, all of length d (taken from the first row when not given). */
function readPoints(
  v: unknown,
  field: string,
  d: number | undefined,
  allowEmpty: boolean,
): PointSet {
  if (!Array.isArray(v))
    throw new CliInputError(
      field,
      `expected an array of points (arrays of numbers), got ${describe(v)}`,
    );
  if (!allowEmpty && v.length === 0)
    throw new CliInputError(field, 'expected at least one point, got an empty array');
  const cap = field === 'X' ? MAX_POINTS : MAX_PREDICT;
  if (v.length > cap)
    throw new CliInputError(field, `at most ${cap} points are accepted, got ${v.length}`);
  let dim = d;
  const rows: unknown[] = v;
  rows.forEach((row, i) => {
    if (!Array.isArray(row))
      throw new CliInputError(
        `${field}[${i}]`,
        `expected an array of numbers, got ${describe(row)}`,
      );
    if (dim === undefined) {
      if (row.length === 0 || row.length > MAX_DIMS) {
        throw new CliInputError(
          `${field}[${i}]`,
          `expected 1 to ${MAX_DIMS} coordinates, got ${row.length}`,
        );
      }
      dim = row.length;
    }
    if (row.length !== dim) {
      throw new CliInputError(
        `${field}[${i}]`,
        `expected ${dim} coordinates (the dimension of X), got ${row.length}`,
      );
    }
  });
  const dd = dim ?? 0;
  const data = new Float64Array(rows.length * dd);
  rows.forEach((row, i) => {
    (row as unknown[]).forEach((c, k) => {
      data[i * dd + k] = finiteNumber(c, `${field}[${i}][${k}]`);
    });
  });
  return { data, n: rows.length, d: dd };
}

function readKernel(v: unknown, d: number): KernelSpec {
  if (v === undefined) return { type: 'matern52', lengthScale: 1, variance: 1 };
  if (!isObject(v))
    throw new CliInputError(
      'kernel',
      `expected an object {type, lengthScale, variance}, got ${describe(v)}`,
    );
  rejectUnknown(v, KERNEL_FIELDS, 'kernel.');
  const t = v.type ?? 'matern52';
  if (typeof t !== 'string' || !KERNEL_TYPES.includes(t as KernelType)) {
    throw new CliInputError(
      'kernel.type',
      `expected one of ${KERNEL_TYPES.join(', ')}, got ${describe(t)}`,
    );
  }
  const positive = 'a finite number > 0';
  const checkLs = (x: unknown, field: string): number => {
    const n = finiteNumber(x, field, positive);
    if (!(n > 0)) throw new CliInputError(field, `expected ${positive}, got ${n}`);
    return n;
  };
  const lsRaw = v.lengthScale ?? 1;
  let lengthScale: number | number[];
  if (Array.isArray(lsRaw)) {
    if (lsRaw.length !== d) {
      throw new CliInputError(
        'kernel.lengthScale',
        `expected one number or an array of ${d} (one per dimension of X), got an array of ${lsRaw.length}`,
      );
    }
    lengthScale = lsRaw.map((x: unknown, k) => checkLs(x, `kernel.lengthScale[${k}]`));
  } else {
    lengthScale = checkLs(lsRaw, 'kernel.lengthScale');
  }
  const variance = checkLs(v.variance ?? 1, 'kernel.variance');
  return { type: t as KernelType, lengthScale, variance };
}

function readBoolean(v: unknown, field: string, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v !== 'boolean')
    throw new CliInputError(field, `expected true or false, got ${describe(v)}`);
  return v;
}

function readInteger(v: unknown, field: string, dflt: number, min: number, max: number): number {
  if (v === undefined) return dflt;
  const n = finiteNumber(v, field, `an integer in [${min}, ${max}]`);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliInputError(field, `expected an integer in [${min}, ${max}], got ${n}`);
  }
  return n;
}

/**
 * Runs the `gp` command on parsed JSON. Throws CliInputError naming the offending field for bad
 * input (including a covariance that cannot be factored, reported against "X").
 */
export function gpCommand(input: unknown): GpCommandOutput {
  if (!isObject(input))
    throw new CliInputError('input', `expected a JSON object, got ${describe(input)}`);
  rejectUnknown(input, TOP_FIELDS, '');
  const X = readPoints(input.X, 'X', undefined, false);
  if (!Array.isArray(input.y))
    throw new CliInputError('y', `expected an array of ${X.n} numbers, got ${describe(input.y)}`);
  const yRaw: unknown[] = input.y;
  if (yRaw.length !== X.n) {
    throw new CliInputError('y', `expected ${X.n} values (one per point of X), got ${yRaw.length}`);
  }
  const y = Float64Array.from(yRaw, (v, i) => finiteNumber(v, `y[${i}]`));
  const Xs = readPoints(input.Xs ?? [], 'Xs', X.d, true);
  const kernel = readKernel(input.kernel, X.d);
  let alpha = 1e-6;
  if (input.alpha !== undefined) {
    alpha = finiteNumber(input.alpha, 'alpha', 'a finite number >= 0');
    if (alpha < 0) throw new CliInputError('alpha', `expected a finite number >= 0, got ${alpha}`);
  }
  const normalizeY = readBoolean(input.normalizeY, 'normalizeY', true);
  const optimize = readBoolean(input.optimize, 'optimize', true);
  const restarts = readInteger(input.restarts, 'restarts', 5, 0, MAX_RESTARTS);
  const seed = readInteger(input.seed, 'seed', 0, 0, 2 ** 53 - 1);

  let model;
  try {
    model = optimize
      ? fitGPWithHyperparameters(X, y, {
          kernel,
          alpha,
          normalizeY,
          restarts,
          rng: createRng(seed),
        })
      : fitGP(X, y, { kernel, alpha, normalizeY });
  } catch (e) {
    // Targets too large to model are y's fault; a covariance that cannot be factored is X's.
    if (e instanceof GPError)
      throw new CliInputError(e.reason === 'overflow' ? 'y' : 'X', e.message);
    throw e;
  }
  const mean = new Float64Array(Xs.n);
  const std = new Float64Array(Xs.n);
  predict(model, Xs, mean, std);
  checkRepresentable(mean, std, model.logMarginalLikelihood);
  const ls = model.kernel.lengthScale;
  return {
    mean: Array.from(mean),
    std: Array.from(std),
    kernel: {
      type: model.kernel.type,
      lengthScale: typeof ls === 'number' ? ls : Array.from(ls),
      variance: model.kernel.variance,
    },
    logMarginalLikelihood: model.logMarginalLikelihood,
    jitter: model.jitter,
  };
}

/**
 * JSON has no Infinity (JSON.stringify writes null), and a null mean reads as "no answer" rather
 * than "beyond float64". A model of finite targets only gets there when the targets leave it no
 * headroom (|y| near 1.8e308), so the fault is reported against y, with what to do.
 */
function checkRepresentable(mean: Float64Array, std: Float64Array, lml: number): void {
  const where = (arr: Float64Array, what: string): void => {
    const i = arr.findIndex((v) => !Number.isFinite(v));
    if (i >= 0) {
      throw new CliInputError(
        'y',
        `the posterior ${what} at Xs[${i}] is ${arr[i]}: it lies beyond the float64 range ` +
          '(about 1.8e308) that the targets leave no room for; rescale y (e.g. divide it by a power of 10)',
      );
    }
  };
  where(mean, 'mean');
  where(std, 'std');
  if (!Number.isFinite(lml)) {
    throw new CliInputError(
      'y',
      `the log marginal likelihood is ${lml}, beyond the float64 range; rescale y or set normalizeY`,
    );
  }
}
