import { describe, expect, it } from 'vitest';
import type { LoopState } from '../bo/types.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { draftDim, draftFrom, withDimCount } from './FormulaForm.tsx';
import { formatPoint } from '../widgets/format.ts';
import {
  boxOf,
  observationsNearSlice,
  observations2D,
  panelColors,
  readoutAt,
} from './heatmapData.ts';
import { getObjective } from '../objectives/registry.ts';
import type { Objective } from '../objectives/types.ts';

const lrWd = getObjective('synthetic-lr-wd') as Objective;
const branin = getObjective('branin') as Objective;

describe('panel colours', () => {
  it('spans the mean and the observations, reversed when minimizing', () => {
    const c = panelColors([1, 2, 3], [0.5, 1], [0, 0.2], [0, NaN, 5], 'minimize');
    expect(c.mean).toEqual({ domain: [0, 5], reverse: true });
    expect(c.std.domain).toEqual([0, 1]);
    expect(c.acquisition.domain).toEqual([0, 0.2]);
    expect(c.acquisitionNearZero).toBe(false);
  });

  it('starts a signed acquisition at its minimum and flags one that is zero to rounding', () => {
    expect(panelColors(null, null, [-2, 1], null, 'maximize').acquisition.domain).toEqual([-2, 1]);
    const flat = panelColors(null, null, [0, 1e-20], null, 'maximize');
    expect(flat.acquisitionNearZero).toBe(true);
    expect(flat.acquisition.domain).toEqual([0, 1]);
  });
});

describe('readout and slice helpers', () => {
  it('reads each surface at a cell, NaN where one is missing', () => {
    expect(readoutAt(1, { mean: [1, 2], std: [3, 4], acquisition: null })).toEqual({
      mean: 2,
      std: 4,
      acquisition: NaN,
    });
  });

  it('keeps the observations near a line, as 1D points along it', () => {
    const state = {
      observations: [
        { x: [0, 5], y: 1, phase: 'init' },
        { x: [3, 5.2], y: null, phase: 'bo' },
        { x: [3, 9], y: 2, phase: 'bo' },
      ],
    } as unknown as LoopState;
    const near = observationsNearSlice(
      observations2D(state),
      0,
      { x: 1, y: 5 },
      boxOf(branin.dims),
    );
    expect(near).toEqual([
      { x: 0, y: 1, index: 1, phase: 'init' },
      { x: 3, y: null, index: 2, phase: 'bo' },
    ]);
  });

  it('formats a point with its dims, log10 dims in natural units', () => {
    expect(formatPoint([-3, -2], lrWd.dims)).toBe('lr = 0.001, wd = 0.01');
  });
});

describe('the formula form draft', () => {
  const t = MESSAGES.en;

  it('adds a y row like the x row and drops it again', () => {
    const d1 = draftFrom(getObjective('forrester') as Objective);
    const d2 = withDimCount(d1, 2);
    expect(d2.dims.map((d) => d.name)).toEqual(['x', 'y']);
    expect(d2.dims[1]).toMatchObject({ min: d1.dims[0]?.min, max: d1.dims[0]?.max });
    expect(withDimCount(d2, 1).dims).toHaveLength(1);
    // Up to 10 dims: new rows are x3, x4... beside x and y.
    expect(withDimCount(d1, 4).dims.map((d) => d.name)).toEqual(['x', 'y', 'x3', 'x4']);
  });

  it("keeps a 2D objective's own names and natural bounds", () => {
    const d = draftFrom(lrWd);
    expect(d.dims.map((r) => [r.name, r.min, r.max, r.scale])).toEqual([
      ['lr', '0.00001', '0.1', 'log10'],
      ['wd', '0.00001', '0.1', 'log10'],
    ]);
    expect(draftDim(d.dims[1] as (typeof d.dims)[number], t)).toMatchObject({
      name: 'wd',
      min: -5,
      max: -1,
    });
  });
});

describe('panelColors of an acquisition whose lowest point is chosen', () => {
  it('spans its values in f units, reversed so the chosen minimum is bright', () => {
    const c = panelColors(null, null, [12, 40, 3], null, 'minimize', true);
    expect(c.acquisition).toEqual({ domain: [3, 40], reverse: true });
    expect(c.acquisitionNearZero).toBe(false);
  });
});
