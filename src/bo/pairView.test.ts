import { describe, expect, it } from 'vitest';
import { createRng } from '../math/rng.ts';
import { analyze } from './analysis.ts';
import { defaultConfig } from './defaults.ts';
import { bestIndex } from './modelData.ts';
import { fullPoint, pairView, viewOrder } from './pairView.ts';
import { heldPoint, plotGrid, plotGridKey } from './plotGrid.ts';
import type { LoopState } from './types.ts';

/** A 4D study with different ranges per dim; its best trial is not at the box's middle. */
function study(n: number): LoopState {
  const lower = [-5, 0, 4, -1];
  const upper = [-1, 1, 64, 1];
  const rng = createRng(11);
  const f = (x: number[]) => -((x[0]! + 2) ** 2) - (x[1]! - 0.8) ** 2 - 0.001 * (x[2]! - 50) ** 2;
  const observations = Array.from({ length: n }, () => {
    const x = lower.map((lo, k) => rng.uniform(lo, upper[k] as number));
    return { x, y: f(x), phase: 'init' as const };
  });
  return {
    config: { ...defaultConfig({ lower, upper }, 'maximize'), initPoints: 3 },
    observations,
  };
}

describe('the plot grid of a study of three or more dims', () => {
  it('holds the dims beyond the first two at the best trial, the middle before any', () => {
    const empty = study(0);
    expect(heldPoint(empty)).toEqual([-3, 0.5, 34, 0]);
    const s = study(8);
    const best = s.observations[bestIndex(s.observations, 'maximize')]!.x;
    const g = plotGrid(s, 8);
    expect(g.d).toBe(4);
    for (let i = 0; i < g.n; i++) {
      expect(g.data[i * 4 + 2]).toBe(best[2]);
      expect(g.data[i * 4 + 3]).toBe(best[3]);
    }
    // The first two still span the box.
    expect(g.data[0]).toBe(-5);
    expect(g.data[(g.n - 1) * 4 + 1]).toBe(1);
    expect(plotGridKey(s)).toBe(best.join(','));
  });

  it('skips failed trials and follows the goal', () => {
    const s = study(6);
    const failed = { x: [-2, 0.2, 10, 0.9], y: null, phase: 'bo' as const };
    const min: LoopState = {
      config: { ...s.config, goal: 'minimize' },
      observations: [...s.observations, failed],
    };
    const worst = s.observations.reduce((a, b) => ((b.y ?? 0) < (a.y ?? 0) ? b : a));
    expect(heldPoint(min)).toEqual(worst.x);
  });

  it('is unchanged in 1D and 2D (keyed by the box alone)', () => {
    const s2: LoopState = {
      config: defaultConfig({ lower: [0, 0], upper: [1, 2] }, 'maximize'),
      observations: [],
    };
    expect(plotGridKey(s2)).toBe('');
    const g = plotGrid(s2, 4);
    expect(Array.from(g.data.subarray(0, 4))).toEqual([0, 0, 1 / 3, 0]);
  });
});

describe('a pair view', () => {
  it('orders the chosen pair first and falls back to the first two', () => {
    const names = ['lr', 'wd', 'dropout', 'units'];
    expect(viewOrder(names, ['dropout', 'lr'])).toEqual([2, 0, 1, 3]);
    expect(viewOrder(names, ['lr', 'lr'])).toEqual([0, 1, 2, 3]);
    expect(viewOrder(names, ['gone', 'lr'])).toEqual([0, 1, 2, 3]);
    expect(viewOrder(names, null)).toEqual([0, 1, 2, 3]);
  });

  it('draws the chosen pair through the same best trial, and completes a clicked point', () => {
    const s = study(8);
    const grid = plotGrid(s);
    const analysis = analyze(s, { grid, samples: 0 });
    const order = [2, 3, 0, 1];
    const view = pairView(s, analysis, grid, order);
    const best = heldPoint(s);
    // The view's grid holds its own dims 2 and 3 (the study's 0 and 1) at the same best trial.
    expect(view.grid.data[2]).toBe(best[0]);
    expect(view.grid.data[3]).toBe(best[1]);
    // The decision is relabelled, not re-made.
    expect(view.analysis.suggestion.proposal.x).toEqual(
      order.map((k) => analysis.suggestion.proposal.x[k]),
    );
    expect(fullPoint(s, order, [20, 0.5])).toEqual([best[0], best[1], 20, 0.5]);
    expect(pairView(s, analysis, grid, [0, 1, 2, 3]).analysis).toBe(analysis);
  });
});
