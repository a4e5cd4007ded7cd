import { describe, expect, it } from 'vitest';
import { getObjective } from '../../objectives/registry.ts';
import type { Objective } from '../../objectives/types.ts';
import { runTask } from '../sim/tasks.ts';
import { countDistinct, parallelTasks, roundPoints, summarizeParallel } from './parallel.ts';

describe('parallel summaries', () => {
  it('counts size x rounds evaluations for batches, rounds for sequential; regret falls by round', () => {
    const obj = getObjective('bayes-opt-1d') as Objective;
    const tasks = parallelTasks('bayes-opt-1d', 3, 4, 2);
    const summary = summarizeParallel(obj, tasks, tasks.map(runTask));
    expect(summary.map((s) => s.evaluations)).toEqual([4, 12, 12]);
    for (const s of summary) {
      expect(s.runs).toBe(2);
      expect(s.byRound.median).toHaveLength(4);
      for (let i = 1; i < 4; i++) {
        expect(s.byRound.median[i]).toBeLessThanOrEqual(s.byRound.median[i - 1] as number);
      }
      for (const m of s.byEvaluation.median) expect(m).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('one round of a study', () => {
  it('splits a study into earlier rounds and the round itself, and counts distinct points', () => {
    const obj = getObjective('bayes-opt-1d') as Objective;
    const tasks = parallelTasks('bayes-opt-1d', 3, 3, 1);
    const results = tasks.map(runTask);
    const { earlier, batch } = roundPoints(tasks, results, 'liar', 0, 2);
    expect(earlier).toHaveLength(3);
    expect(batch).toHaveLength(3);
    expect(countDistinct(obj, batch)).toBe(3);
    expect(countDistinct(obj, [[1], [1], [2]])).toBe(2);
  });
});
