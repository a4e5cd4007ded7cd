import { describe, expect, it } from 'vitest';
import { createRng } from '../math/rng.ts';
import { drawOnGrid } from './analysis.ts';
import { defaultConfig } from './defaults.ts';
import { fitStateModel, suggest } from './loop.ts';
import {
  checkOrder,
  inverseOrder,
  isIdentity,
  permutePoints,
  permuteState,
  permuteSuggestion,
} from './permute.ts';
import type { LoopState } from './types.ts';

/** A 3D study with very different ranges per dimension and ARD length scales, as the network's. */
function study(acquisition: LoopState['config']['acquisition']): LoopState {
  const lower = [-5, -5, 4];
  const upper = [-1, -1, 64];
  const rng = createRng(7);
  const f = (x: number[]) => {
    const [a = 0, b = 0, c = 0] = x;
    return Math.exp(-((a + 2.5) ** 2)) - 0.3 * (b + 3) ** 2 + 0.01 * c;
  };
  const observations = Array.from({ length: 9 }, () => {
    const x = lower.map((lo, k) => rng.uniform(lo, upper[k] as number));
    return { x, y: f(x), phase: 'init' as const };
  });
  const config = defaultConfig({ lower, upper }, 'maximize');
  return {
    config: {
      ...config,
      acquisition,
      initPoints: 3,
      kernel: { ...config.kernel, lengthScale: [1, 1, 15] },
    },
    observations,
  };
}

function gridOf(state: LoopState, n: number): { data: Float64Array; n: number; d: number } {
  const rng = createRng(3);
  const { lower, upper } = state.config.bounds;
  const d = lower.length;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < d; k++)
      data[i * d + k] = rng.uniform(lower[k] as number, upper[k] as number);
  return { data, n, d };
}

function expectClose(a: Float64Array | null, b: Float64Array | null, tol: number) {
  expect(a).not.toBeNull();
  expect(b).not.toBeNull();
  const x = a as Float64Array;
  const y = b as Float64Array;
  expect(x.length).toBe(y.length);
  let scale = 0;
  for (const v of y) scale = Math.max(scale, Math.abs(v));
  for (let i = 0; i < x.length; i++)
    expect(Math.abs((x[i] as number) - (y[i] as number))).toBeLessThanOrEqual(
      tol * Math.max(1, scale),
    );
}

describe('permuting a study for drawing', () => {
  const order = [2, 0, 1];

  it('checks and inverts orders', () => {
    expect(() => checkOrder([0, 0, 1], 3)).toThrow(/permutation of 0..2/);
    expect(() => checkOrder([0, 1], 3)).toThrow(RangeError);
    expect(inverseOrder(order)).toEqual([1, 2, 0]);
    expect(isIdentity([0, 1, 2])).toBe(true);
    expect(isIdentity(order)).toBe(false);
    const s = study({ type: 'ei', xi: 0.01 });
    expect(permuteState(permuteState(s, order), inverseOrder(order))).toEqual(s);
  });

  for (const acquisition of [{ type: 'ei', xi: 0.01 }, { type: 'thompson' }] as const) {
    it(`draws what the real model says at the same points (${acquisition.type})`, () => {
      const state = study(acquisition);
      const model = fitStateModel(state);
      expect(model).not.toBeNull();
      const grid = gridOf(state, 400);
      const suggestion = suggest(state, { extraCandidates: grid, ...(model ? { model } : {}) });
      const real = drawOnGrid(state, suggestion, model, grid, 0);

      const view = permuteState(state, order);
      const viewSuggestion = permuteSuggestion(suggestion, order);
      const drawn = drawOnGrid(
        view,
        viewSuggestion,
        viewSuggestion.model,
        permutePoints(grid, order),
        0,
      );
      expectClose(drawn.mean, real.mean, 1e-10);
      expectClose(drawn.std, real.std, 1e-10);
      expectClose(drawn.acquisition, real.acquisition, 1e-10);
      // The decision is relabelled, not made again.
      expect(drawn.suggestion.proposal.x).toEqual(order.map((k) => suggestion.proposal.x[k]));
    });
  }

  it('puts a Thompson path’s gradient back in the permuted order', () => {
    const state = study({ type: 'thompson' });
    const model = fitStateModel(state);
    const suggestion = suggest(state, { ...(model ? { model } : {}) });
    const path = suggestion.path;
    expect(path).toBeDefined();
    const x = new Float64Array([-2.2, -3.1, 30]);
    const g = new Float64Array(3);
    const v = path?.evaluateWithGradient(x, g) as number;
    const px = new Float64Array(order.map((k) => x[k] as number));
    const pg = new Float64Array(3);
    const pv = permuteSuggestion(suggestion, order).path?.evaluateWithGradient(px, pg) as number;
    expect(pv).toBe(v);
    expect(Array.from(pg)).toEqual(order.map((k) => g[k]));
  });
});
