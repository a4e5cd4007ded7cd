import { beforeEach, describe, expect, it } from 'vitest';
import { analysisFor } from './analysisCache.ts';
import { current } from './history.ts';
import { resetStore, useStore } from './store.ts';

const get = () => useStore.getState();
const state = () => current(get().history);

beforeEach(() => resetStore());

describe('2D studies', () => {
  it('a 2D objective starts with 3 initial points and 27 iterations, 1D again with 2 + 14', () => {
    get().setObjective('synthetic-lr-wd');
    expect(get().settings).toMatchObject({ initPoints: 3, iterations: 27 });
    expect(state().observations).toHaveLength(3);
    get().setObjective('forrester');
    expect(get().settings).toMatchObject({ initPoints: 2, iterations: 14 });
  });

  it('keeps a budget the user chose when the objective changes', () => {
    get().setIterations(9);
    get().setObjective('branin');
    expect(get().settings).toMatchObject({ initPoints: 2, iterations: 9 });
    get().reset();
    expect(get().settings.iterations).toBe(9);
  });

  it('a 2D formula follows the same defaults', () => {
    const dims = [
      { name: 'x', min: 0, max: 1, scale: 'linear' as const },
      { name: 'y', min: 0, max: 1, scale: 'linear' as const },
    ];
    expect(get().applyFormula('x * y', dims, 'maximize')).toBeNull();
    expect(get().objective.dims).toHaveLength(2);
    expect(get().settings).toMatchObject({ initPoints: 3, iterations: 27 });
  });

  it('ARD makes the kernel one length scale per dim, fitted per dim; 1D ignores it', () => {
    get().setObjective('branin');
    get().setArd(true);
    expect(state().config.kernel.lengthScale).toEqual([1, 1]);
    const model = analysisFor(state()).analysis.model;
    const fitted = model?.kernel.lengthScale;
    expect(Array.isArray(fitted) && fitted.length).toBe(2);
    get().setObjective('forrester');
    expect(state().config.kernel.lengthScale).toBe(1);
  });

  it('steps evaluate the marked point, which is at least the grid maximum of the acquisition', () => {
    get().setObjective('branin');
    for (let i = 0; i < 3; i++) {
      const { analysis } = analysisFor(state());
      const shown = analysis.suggestion.proposal;
      const gridMax = Math.max(...(analysis.acquisition ?? [NaN]));
      expect(shown.acquisitionValue).toBeGreaterThanOrEqual(gridMax);
      get().step();
      expect(state().observations.at(-1)?.x).toEqual(shown.x);
    }
  });

  it('the slice view is a view setting', () => {
    expect(get().slice).toBe('off');
    get().setSlice('vertical');
    expect(get().slice).toBe('vertical');
  });
});
