import { describe, expect, it } from 'vitest';
import { analyze } from '../bo/analysis.ts';
import { observe } from '../bo/loop.ts';
import { plotGrid } from '../bo/plotGrid.ts';
import type { LoopState } from '../bo/types.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import type { Objective } from '../objectives/types.ts';
import { DEFAULT_OBJECTIVE_ID, getObjective } from '../objectives/registry.ts';
import { DEFAULT_SETTINGS, toLoopConfig } from '../store/settings.ts';
import { thompsonSample } from './thompsonSample.ts';

const seed = getObjective(DEFAULT_OBJECTIVE_ID);
if (!seed) throw new Error('no seed example');
const objective: Objective = seed;

/** The seed example run with Thompson sampling for `steps` evaluations, as the app runs it. */
function* run(goal: 'maximize' | 'minimize', steps: number) {
  const config = {
    ...toLoopConfig({ ...DEFAULT_SETTINGS, acquisition: 'thompson' }, objective),
    goal,
  };
  let state: LoopState = { config, observations: [] };
  for (let k = 0; k < steps; k++) {
    const grid = plotGrid(state);
    const analysis = analyze(state, { grid });
    yield { state, grid, analysis };
    const x = analysis.suggestion.proposal.x;
    state = observe(state, x, safeEvaluate(objective, x), analysis.suggestion.proposal.phase);
  }
}

describe('the Thompson sample drawn on the objective plot', () => {
  it.each(['maximize', 'minimize'] as const)(
    'is the loop’s own path: its optimum on the grid is the proposal (%s)',
    (goal) => {
      let checked = 0;
      for (const { state, grid, analysis } of run(goal, 12)) {
        const drawn = thompsonSample(state.config, analysis, true);
        const path = analysis.suggestion.path;
        if (analysis.suggestion.proposal.phase === 'init') {
          expect(drawn).toBeNull();
          continue;
        }
        expect(path).toBeDefined();
        expect(drawn).not.toBeNull();
        if (!drawn?.optimum || !path) continue;
        const sign = goal === 'minimize' ? -1 : 1;
        // The marked optimum is the path's value at the proposal, in f's units.
        const at = new Float64Array(1);
        path.evaluate({ data: Float64Array.from(analysis.suggestion.proposal.x), n: 1, d: 1 }, at);
        expect(drawn.optimum.y).toBeCloseTo(sign * (at[0] as number), 9);
        expect(drawn.optimum.x).toBe(analysis.suggestion.proposal.x[0]);
        // The drawn curve's best grid point is the proposal, within a grid step (the loop refines
        // the grid's best point locally), and no grid point beats the marked optimum.
        let bestI = 0;
        for (let i = 1; i < grid.n; i++)
          if (sign * (drawn.values[i] as number) > sign * (drawn.values[bestI] as number))
            bestI = i;
        const step = (grid.data[1] as number) - (grid.data[0] as number);
        expect(Math.abs((grid.data[bestI] as number) - drawn.optimum.x)).toBeLessThanOrEqual(
          step * 1.0001,
        );
        expect(sign * drawn.optimum.y).toBeGreaterThanOrEqual(
          sign * (drawn.values[bestI] as number) - 1e-9,
        );
        checked += 1;
      }
      expect(checked).toBeGreaterThanOrEqual(5);
    },
  );

  it('is not drawn for another acquisition or when no next point is shown', () => {
    const [first] = run('maximize', 1);
    if (!first) throw new Error('no step');
    const { state, analysis } = first;
    expect(
      thompsonSample({ ...state.config, acquisition: { type: 'ei', xi: 0 } }, analysis, true),
    ).toBeNull();
    expect(thompsonSample(state.config, analysis, false)).toBeNull();
  });
});
