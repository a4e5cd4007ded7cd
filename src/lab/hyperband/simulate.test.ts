import { describe, expect, it } from 'vitest';
import { finalLoss, sampleConfig, timeConstant, trueLoss } from './curves.ts';
import { bracketCount } from './schedule.ts';
import { randomSearchSameBudget, simulateHyperband } from './simulate.ts';

describe('synthetic learning curves', () => {
  it('fall from the same start to each configuration’s own final loss', () => {
    const c = { logLr: -2, dropout: 0.2 };
    expect(trueLoss(c, 0)).toBeCloseTo(2.3, 12);
    expect(trueLoss(c, 1e4)).toBeCloseTo(finalLoss(c), 9);
    for (let e = 1; e < 30; e++) expect(trueLoss(c, e)).toBeLessThan(trueLoss(c, e - 1));
  });

  it('cross: a fast learner leads early and loses late', () => {
    const fast = { logLr: -1.2, dropout: 0 };
    const slow = { logLr: -2.6, dropout: 0.35 };
    expect(timeConstant(fast)).toBeLessThan(timeConstant(slow));
    expect(trueLoss(fast, 1)).toBeLessThan(trueLoss(slow, 1));
    expect(trueLoss(fast, 81)).toBeGreaterThan(trueLoss(slow, 81));
  });
});

describe('Hyperband on the curves', () => {
  it('follows the schedule: trials per rung, epochs trained, epochs charged', () => {
    const run = simulateHyperband(27, 3, 0.02, 5);
    expect(run.brackets).toHaveLength(bracketCount(27, 3));
    run.brackets.forEach((b, i) => {
      const rungs = run.schedule.brackets[i]?.rungs ?? [];
      rungs.forEach((rung, r) => {
        const reached = b.trials.filter((t) => t.rung >= r);
        expect(reached).toHaveLength(rung.trials);
      });
      for (const t of b.trials) expect(t.curve).toHaveLength(t.epochs);
      const charged = b.trials.reduce((s, t) => s + t.epochs, 0);
      expect(b.epochs).toBe(charged);
    });
    expect(run.totalModels).toBe(run.brackets.reduce((s, b) => s + b.trials.length, 0));
  });

  it('keeps the best observed at each rung (no noise: promotion is by the true curve)', () => {
    const run = simulateHyperband(27, 3, 0, 1);
    const b = run.brackets[0];
    if (!b) throw new Error('no bracket');
    const atOne = (id: number) => b.trials.find((t) => t.id === id)?.curve[0] as number;
    const promoted = b.trials.filter((t) => t.rung >= 1).map((t) => atOne(t.id));
    const dropped = b.trials.filter((t) => t.rung === 0).map((t) => atOne(t.id));
    expect(Math.max(...promoted)).toBeLessThanOrEqual(Math.min(...dropped));
  });

  it('sometimes stops a model that would have won (the lesson), and is reproducible', () => {
    const errs = [1, 2, 3, 4, 5, 6].map(
      (seed) => simulateHyperband(27, 3, 0.05, seed).brackets[0]?.wronglyStopped ?? 0,
    );
    expect(errs.some((e) => e > 0)).toBe(true);
    expect(simulateHyperband(27, 3, 0.05, 3)).toEqual(simulateHyperband(27, 3, 0.05, 3));
    expect(sampleConfig(3, 0)).toEqual(sampleConfig(3, 0));
  });

  it('compares with random search on the same epoch budget', () => {
    const run = simulateHyperband(27, 3, 0.02, 2);
    const rs = randomSearchSameBudget(27, run.totalEpochs, 0.02, 2);
    expect(rs.models).toBe(Math.floor(run.totalEpochs / 27));
    expect(Number.isFinite(rs.bestObserved)).toBe(true);
  });
});
