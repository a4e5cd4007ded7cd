import { beforeEach, describe, expect, it } from 'vitest';
import { analysisFor } from './analysisCache.ts';
import { current } from './history.ts';
import { resetStore, useStore } from './store.ts';

const get = () => useStore.getState();
const state = () => current(get().history);

beforeEach(() => resetStore());

describe('study store', () => {
  it('opens on the seed example with the initial design evaluated, waiting for Step', () => {
    expect(get().objective.id).toBe('bayes-opt-1d');
    expect(state().observations).toHaveLength(2);
    expect(state().observations.every((o) => o.phase === 'init')).toBe(true);
    expect(get().history.cursor).toBe(0);
  });

  it('Step evaluates exactly the point the plots mark as next', () => {
    const shown = analysisFor(state()).analysis.suggestion.proposal.x;
    get().step();
    const last = state().observations.at(-1);
    expect(last?.x).toEqual(shown);
    expect(last?.phase).toBe('bo');
    expect(last?.y).toBeCloseTo(get().objective.f(shown), 12);
  });

  it('back and forward move through snapshots without recomputing them', () => {
    get().step();
    get().step();
    const after = state();
    get().back();
    expect(state().observations).toHaveLength(3);
    get().forward();
    expect(state()).toBe(after);
  });

  it('stepping from the past replaces the forward history, deterministically', () => {
    get().step();
    get().step();
    const x2 = state().observations.at(-1)?.x;
    get().back();
    get().step();
    expect(get().history.snapshots).toHaveLength(3);
    expect(state().observations.at(-1)?.x).toEqual(x2);
  });

  it('acquisition and kernel changes retune the current snapshot, not the history length', () => {
    get().step();
    const len = get().history.snapshots.length;
    get().setAcquisition('ucb');
    get().setKappa(1);
    expect(get().history.snapshots).toHaveLength(len);
    expect(state().config.acquisition).toEqual({ type: 'ucb', kappa: 1 });
    get().setLengthScale(0.3);
    expect(state().config.fitKernel).toBe(false);
    expect(state().config.kernel.lengthScale).toBe(0.3);
  });

  it('stops at the end of the budget and stops playback', () => {
    get().setIterations(3);
    for (let i = 0; i < 5; i++) get().step();
    expect(state().observations).toHaveLength(5);
    get().play();
    expect(get().playing).toBe(false);
  });

  it('a bad formula is rejected with a column and the old objective stays active', () => {
    const err = get().applyFormula(
      'x +* 2',
      [{ name: 'x', min: 0, max: 1, scale: 'linear' }],
      'maximize',
    );
    expect(err).toMatch(/column/i);
    expect(get().objective.id).toBe('bayes-opt-1d');
    const ok = get().applyFormula(
      '-(x-0.3)^2',
      [{ name: 'x', min: 0, max: 1, scale: 'linear' }],
      'maximize',
    );
    expect(ok).toBeNull();
    expect(get().objective.f([0.3])).toBeCloseTo(0, 12);
    expect(state().observations).toHaveLength(2);
  });

  it('probes, moves and deletes observations as new snapshots', () => {
    get().probe([1.5]);
    expect(state().observations.at(-1)).toMatchObject({ x: [1.5], phase: 'manual' });
    get().moveObservation(2, [0.6]);
    expect(state().observations[2]?.x).toEqual([0.6]);
    expect(state().observations[2]?.y).toBeCloseTo(get().objective.f([0.6]), 12);
    get().deleteObservation(0);
    expect(state().observations).toHaveLength(2);
    expect(get().history.snapshots).toHaveLength(4);
  });

  it('failed evaluations are kept as failed points and the study goes on', () => {
    const err = get().applyFormula(
      'sqrt(x)',
      [{ name: 'x', min: -1, max: 1, scale: 'linear' }],
      'maximize',
    );
    expect(err).toBeNull();
    for (let i = 0; i < 6; i++) get().step();
    const obs = state().observations;
    expect(obs).toHaveLength(8);
    for (const o of obs) {
      if ((o.x[0] as number) < 0) expect(o.y).toBeNull();
      else expect(o.y).toBeCloseTo(Math.sqrt(o.x[0] as number), 12);
    }
  });

  it('noise is seeded: the same settings give the same noisy values', () => {
    get().setNoise(0.1);
    const a = state().observations.map((o) => o.y);
    get().setNoise(0.1);
    expect(state().observations.map((o) => o.y)).toEqual(a);
    const clean = state().observations.map((o) => get().objective.f(o.x));
    expect(a.some((y, i) => Math.abs((y as number) - (clean[i] as number)) > 1e-6)).toBe(true);
  });
});
