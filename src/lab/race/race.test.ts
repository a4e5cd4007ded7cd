import { describe, expect, it } from 'vitest';
import { getObjective } from '../../objectives/registry.ts';
import type { Objective } from '../../objectives/types.ts';
import { runTask } from '../sim/tasks.ts';
import { RACE_DEFAULTS, raceTasks, summarizeRace } from './race.ts';

const forrester = getObjective('forrester') as Objective;

describe('race summaries', () => {
  it('runs every strategy for every seed and summarizes regret >= 0 with q25 <= median <= q75', () => {
    const tasks = raceTasks('forrester', 8, 3);
    expect(tasks).toHaveLength(12);
    const results = tasks.map(runTask);
    const summary = summarizeRace(forrester, tasks, results);
    for (const s of summary) {
      expect(s.runs).toBe(3);
      expect(s.regret.median).toHaveLength(8);
      s.regret.median.forEach((m, i) => {
        expect(m).toBeGreaterThanOrEqual(0);
        expect(s.regret.q25[i]).toBeLessThanOrEqual(m);
        expect(s.regret.q75[i]).toBeGreaterThanOrEqual(m);
      });
    }
  });

  it('a larger budget never raises random search’s median regret (the same seeds see more points)', () => {
    const at = (budget: number) => {
      const tasks = raceTasks('forrester', budget, 5).filter(
        (t) => t.kind === 'race' && t.strategy === 'random',
      );
      const s = summarizeRace(forrester, tasks, tasks.map(runTask))[1];
      return s?.regret.median.at(-1) as number;
    };
    expect(at(20)).toBeLessThanOrEqual(at(8));
  });

  it('summarizes partial results (a cancelled run) from the studies that finished', () => {
    const tasks = raceTasks('forrester', 6, 2);
    const results = tasks.map((t, i) => (i < 3 ? runTask(t) : undefined));
    const summary = summarizeRace(forrester, tasks, results);
    expect(summary.map((s) => s.runs)).toEqual([1, 1, 1, 0]);
  });
});

describe('the race as it opens', () => {
  it('shows BO ahead of grid search from evaluation 10 on (median regret)', () => {
    const { objective, budget, seeds } = RACE_DEFAULTS;
    const obj = getObjective(objective) as Objective;
    const tasks = raceTasks(objective, budget, seeds).filter(
      (t) => t.kind === 'race' && (t.strategy === 'bo' || t.strategy === 'grid'),
    );
    const summary = summarizeRace(obj, tasks, tasks.map(runTask));
    const median = (s: string) => summary.find((x) => x.strategy === s)?.regret.median ?? [];
    const bo = median('bo');
    const grid = median('grid');
    for (let i = 9; i < budget; i++)
      expect(bo[i], `evaluation ${i + 1}`).toBeLessThan(grid[i] as number);
  }, 300_000);
});
