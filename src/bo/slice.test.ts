import { describe, expect, it } from 'vitest';
import { getObjective } from '../objectives/registry.ts';
import type { Objective } from '../objectives/types.ts';
import { analyze } from './analysis.ts';
import { defaultConfig } from './defaults.ts';
import { observe } from './loop.ts';
import { posteriorSlice, sliceLine } from './slice.ts';
import type { LoopState } from './types.ts';

const branin = getObjective('branin') as Objective;

/** Branin with a few hand-placed observations (no initial design left to run). */
function braninState(acquisition: LoopState['config']['acquisition']): LoopState {
  const bounds = { lower: [-5, 0], upper: [10, 15] };
  let state: LoopState = {
    config: { ...defaultConfig(bounds, 'minimize'), initPoints: 0, acquisition },
    observations: [],
  };
  for (const x of [
    [0, 5],
    [5, 10],
    [-2.5, 12.5],
    [7.5, 2.5],
    [2.5, 2.5],
  ]) {
    state = observe(state, x, { ok: true, value: branin.f(x) }, 'manual');
  }
  return state;
}

/** A side x side grid over the box, x fastest, as the plots use. */
function grid(side: number) {
  const data = new Float64Array(side * side * 2);
  for (let k = 0; k < side * side; k++) {
    data[2 * k] = -5 + (15 * (k % side)) / (side - 1);
    data[2 * k + 1] = (15 * Math.floor(k / side)) / (side - 1);
  }
  return { data, n: side * side, d: 2 };
}

describe('sliceLine', () => {
  it('runs across the box along one axis through the given point', () => {
    const s = braninState({ type: 'ei', xi: 0.01 });
    const { t, points } = sliceLine(s, 1, [2, 7], 4);
    expect(Array.from(t)).toEqual([0, 5, 10, 15]);
    expect(Array.from(points.data)).toEqual([2, 0, 2, 5, 2, 10, 2, 15]);
    expect(() => sliceLine(s, 2, [2, 7], 4)).toThrow(RangeError);
  });
});

describe('posteriorSlice', () => {
  it('agrees with the heatmap on a grid row: mean, std and acquisition', () => {
    const side = 11;
    const s = braninState({ type: 'ei', xi: 0.01 });
    const g = grid(side);
    const a = analyze(s, { grid: g });
    const row = 4;
    const y = (15 * row) / (side - 1);
    const slice = posteriorSlice(s, a, 0, [0, y], side);
    for (let i = 0; i < side; i++) {
      const k = row * side + i;
      expect(slice.mean?.[i]).toBeCloseTo(a.mean?.[k] as number, 9);
      expect(slice.std?.[i]).toBeCloseTo(a.std?.[k] as number, 9);
      expect(slice.acquisition?.[i]).toBeCloseTo(a.acquisition?.[k] as number, 9);
    }
  });

  it('passes through an observation: mean equals its value, std nearly 0, in the objective sign', () => {
    const s = braninState({ type: 'ucb', kappa: 2 });
    const a = analyze(s, { grid: grid(5) });
    // Observation [5, 10] lies on the vertical line x = 5 at t = 10, the 3rd of 4 points.
    const slice = posteriorSlice(s, a, 1, [5, 3], 4);
    expect(slice.mean?.[2]).toBeCloseTo(branin.f([5, 10]), 3);
    // alpha = 1e-6 leaves a std of about 1e-3 yStd at the data: tiny next to the line's largest.
    expect(slice.std?.[2]).toBeLessThan(0.01 * Math.max(...(slice.std ?? [])));
  });

  it('draws nothing without a model', () => {
    const s: LoopState = { ...braninState({ type: 'ei', xi: 0 }), observations: [] };
    const slice = posteriorSlice(
      s,
      { model: null, suggestion: analyze(s, { grid: grid(3) }).suggestion },
      0,
      [0, 0],
      5,
    );
    expect(slice.mean).toBeNull();
    expect(slice.acquisition).toBeNull();
    expect(slice.t).toHaveLength(5);
  });
});
