/**
 * Calling an objective without letting a bad point stop a run (DESIGN.md, Reliability): a throw,
 * NaN or a non-number becomes a failed evaluation with a reason; +/-Infinity is a valid result
 * that the GP layer clips.
 */
import type { Dim, Objective } from './types.ts';

/** The outcome of one evaluation; `value` may be +/-Infinity. */
export type Evaluation = { ok: true; value: number } | { ok: false; error: string };

/**
 * Evaluates `obj` at `x` (search units) and never throws.
 *
 * Failed evaluations: a point of the wrong length or with a non-finite coordinate, an objective
 * that throws, returns something other than a number (e.g. a complex number object), or NaN.
 */
export function safeEvaluate(obj: Objective, x: readonly number[]): Evaluation {
  if (x.length !== obj.dims.length) {
    return {
      ok: false,
      error: `Expected ${obj.dims.length} coordinate${obj.dims.length === 1 ? '' : 's'}, got ${x.length}.`,
    };
  }
  for (let k = 0; k < x.length; k++) {
    const v = x[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      const name = obj.dims[k]?.name ?? String(k);
      return { ok: false, error: `Coordinate ${name} is not a finite number (${String(v)}).` };
    }
  }
  let value: unknown;
  try {
    value = obj.f(x);
  } catch (e) {
    return {
      ok: false,
      error: `The objective failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  if (typeof value !== 'number') {
    return {
      ok: false,
      error: `The objective returned a ${describeNonNumber(value)}, not a real number.`,
    };
  }
  if (Number.isNaN(value)) {
    return {
      ok: false,
      error: 'The objective is not a real number here (NaN), e.g. sqrt or log of a negative value.',
    };
  }
  return { ok: true, value };
}

function describeNonNumber(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    // mathjs complex numbers are the common case worth naming.
    return typeof name === 'string' && name !== 'Object' ? `${name} value` : 'object';
  }
  return `${typeof value} value`;
}

/** A coordinate in search units converted to the units a person reads (10^v for log10 dims). */
export function toNaturalValue(dim: Dim, v: number): number {
  return dim.scale === 'log10' ? 10 ** v : v;
}

/**
 * A coordinate in natural units converted to search units (log10 for log10 dims). A value <= 0
 * on a log10 dim has no exponent and gives NaN (or -Infinity for 0), which callers must reject.
 */
export function fromNaturalValue(dim: Dim, v: number): number {
  return dim.scale === 'log10' ? Math.log10(v) : v;
}

/** A point in search units converted to natural units, e.g. [-2, -4] -> [0.01, 0.0001]. */
export function toNaturalUnits(dims: readonly Dim[], x: readonly number[]): number[] {
  return x.map((v, k) => {
    const dim = dims[k];
    return dim === undefined ? v : toNaturalValue(dim, v);
  });
}

/** A point in natural units converted to search units; the inverse of `toNaturalUnits`. */
export function fromNaturalUnits(dims: readonly Dim[], x: readonly number[]): number[] {
  return x.map((v, k) => {
    const dim = dims[k];
    return dim === undefined ? v : fromNaturalValue(dim, v);
  });
}
