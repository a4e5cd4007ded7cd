/**
 * The same study seen with its dimensions in another order, for drawing only: which two of three or
 * more searched dimensions the heatmaps show. A GP is unchanged by reordering its input columns
 * together with its per-dimension length scales (every kernel here depends on the scaled distance
 * only), so the permuted model predicts what the real one does at the permuted points, and the
 * decision (made on the real state) is only relabelled, never re-made.
 *
 * `order[k]` is the original dimension shown as dimension k.
 */
import type { KernelSpec, GPModel, PointSet } from '../math/types.ts';
import type { SamplePath } from '../math/thompson.ts';
import type { Suggestion } from './loop.ts';
import type { LoopState } from './types.ts';

/** Throws unless order is a permutation of 0..d-1. */
export function checkOrder(order: readonly number[], d: number): void {
  const seen = new Set(order);
  if (order.length !== d || seen.size !== d || order.some((k) => !(k >= 0 && k < d))) {
    throw new RangeError(`order must be a permutation of 0..${d - 1}, got [${order.join(', ')}]`);
  }
}

export function isIdentity(order: readonly number[]): boolean {
  return order.every((k, i) => k === i);
}

export function permuteVector<T>(v: readonly T[], order: readonly number[]): T[] {
  return order.map((k) => v[k] as T);
}

/** Rows of a point set with their columns reordered: column k of the result is column order[k]. */
export function permutePoints(p: PointSet, order: readonly number[]): PointSet {
  const { n, d } = p;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < d; k++) data[i * d + k] = p.data[i * d + (order[k] as number)] as number;
  }
  return { data, n, d };
}

/** The inverse permutation: inverse[order[k]] = k. */
export function inverseOrder(order: readonly number[]): number[] {
  const inv = new Array<number>(order.length);
  order.forEach((k, i) => (inv[k] = i));
  return inv;
}

function permuteKernel(kernel: KernelSpec, order: readonly number[]): KernelSpec {
  return typeof kernel.lengthScale === 'number'
    ? kernel
    : { ...kernel, lengthScale: permuteVector(kernel.lengthScale, order) };
}

export function permuteState(state: LoopState, order: readonly number[]): LoopState {
  checkOrder(order, state.config.bounds.lower.length);
  const { config } = state;
  return {
    config: {
      ...config,
      bounds: {
        lower: permuteVector(config.bounds.lower, order),
        upper: permuteVector(config.bounds.upper, order),
      },
      kernel: permuteKernel(config.kernel, order),
    },
    observations: state.observations.map((o) => ({ ...o, x: permuteVector(o.x, order) })),
  };
}

export function permuteModel(model: GPModel, order: readonly number[]): GPModel {
  checkOrder(order, model.X.d);
  return { ...model, X: permutePoints(model.X, order), kernel: permuteKernel(model.kernel, order) };
}

/** A sample path taking points in the permuted order (they are put back before it is evaluated). */
export function permutePath(path: SamplePath, order: readonly number[]): SamplePath {
  const back = inverseOrder(order);
  const d = order.length;
  const x0 = new Float64Array(d);
  const g0 = new Float64Array(d);
  return {
    evaluate: (Xs, out) => path.evaluate(permutePoints(Xs, back), out),
    evaluateWithGradient(x, outGrad) {
      for (let k = 0; k < d; k++) x0[order[k] as number] = x[k] as number;
      const v = path.evaluateWithGradient(x0, g0);
      for (let k = 0; k < d; k++) outGrad[k] = g0[order[k] as number] as number;
      return v;
    },
  };
}

export function permuteSuggestion(s: Suggestion, order: readonly number[]): Suggestion {
  return {
    ...s,
    proposal: { ...s.proposal, x: permuteVector(s.proposal.x, order) },
    model: s.model ? permuteModel(s.model, order) : null,
    ...(s.path ? { path: permutePath(s.path, order) } : {}),
  };
}
