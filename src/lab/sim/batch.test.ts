import { describe, expect, it } from 'vitest';
import { observe } from '../../bo/loop.ts';
import { safeEvaluate } from '../../objectives/evaluate.ts';
import { getObjective } from '../../objectives/registry.ts';
import type { Objective } from '../../objectives/types.ts';
import { batchIsDistinct, bestByRound, proposeBatch, runBatched } from './batch.ts';
import { labConfig } from './strategies.ts';
import type { LoopState } from '../../bo/types.ts';

const forrester = getObjective('forrester') as Objective;
const branin = getObjective('branin') as Objective;
const seedExample = getObjective('bayes-opt-1d') as Objective;

function stateWith(obj: Objective, xs: number[][]): LoopState {
  let s: LoopState = { config: labConfig(obj, 'bo', 20, 4), observations: [] };
  for (const x of xs) s = observe(s, x, safeEvaluate(obj, x), 'init');
  return s;
}

describe('batch proposals', () => {
  it('constant liar and Thompson give distinct points inside the box', () => {
    const s = stateWith(branin, [
      [0, 5],
      [5, 10],
      [-3, 2],
      [8, 1],
      [2, 14],
    ]);
    for (const mode of ['liar', 'thompson'] as const) {
      const batch = proposeBatch(s, 5, mode);
      expect(batch).toHaveLength(5);
      expect(batchIsDistinct(s, batch)).toBe(true);
      for (const x of batch) {
        expect(x[0]).toBeGreaterThanOrEqual(-5);
        expect(x[0]).toBeLessThanOrEqual(10);
      }
    }
  });

  it('the liar spreads its batch: no two points within 1% of the range', () => {
    // Enough data for a sensible length scale (with 3 points ML-II may pick its lower bound).
    const s = stateWith(seedExample, [[-1.5], [-0.5], [1], [2.5], [4], [5.5]]);
    const batch = proposeBatch(s, 4, 'liar')
      .map((x) => x[0] as number)
      .sort((a, b) => a - b);
    for (let i = 1; i < batch.length; i++) {
      expect((batch[i] as number) - (batch[i - 1] as number)).toBeGreaterThan(0.08);
    }
  });

  it('a batch run spends size x rounds evaluations, sequential one per round', () => {
    const seq = runBatched(forrester, 'sequential', 3, 5, 1);
    const ts = runBatched(forrester, 'thompson', 3, 5, 1);
    expect(seq.ys).toHaveLength(5);
    expect(ts.ys).toHaveLength(15);
    expect(ts.rounds.filter((r) => r === 2)).toHaveLength(3);
    const best = bestByRound(ts, 5, 'minimize');
    expect(best).toHaveLength(5);
    for (let i = 1; i < best.length; i++) {
      expect(best[i] as number).toBeLessThanOrEqual(best[i - 1] as number);
    }
  });
});
