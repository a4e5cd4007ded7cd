import { describe, expect, it } from 'vitest';
import { getObjective } from '../../objectives/registry.ts';
import type { Objective } from '../../objectives/types.ts';
import { bestSoFar } from './stats.ts';
import {
  boxAround,
  coarseStage,
  fineStage,
  proposeBox,
  runCoarseToFine,
  runDomainReduction,
  runLoopStrategy,
} from './strategies.ts';

const branin = getObjective('branin') as Objective;
const forrester = getObjective('forrester') as Objective;

describe('lab strategies', () => {
  it('keeps a proposed box inside the domain at the requested size', () => {
    const b = boxAround({ lower: [-5, 0], upper: [10, 15] }, [9.5, 0.2], 0.3);
    expect(b.lower[0]).toBeCloseTo(5.5, 12);
    expect(b.upper[0]).toBeCloseTo(10, 12);
    expect(b.lower[1]).toBeCloseTo(0, 12);
    expect(b.upper[1]).toBeCloseTo(4.5, 12);
  });

  it('samples the fine stage inside the box, and more samples keep the earlier ones', () => {
    const coarse = coarseStage(branin, 12, 3);
    const box = proposeBox(branin, coarse, 0.25);
    const few = fineStage(branin, box, 5, 3);
    const more = fineStage(branin, box, 10, 3);
    expect(more.xs.slice(0, 5)).toEqual(few.xs);
    for (const x of more.xs) {
      x.forEach((v, k) => {
        expect(v).toBeGreaterThanOrEqual(box.lower[k] as number);
        expect(v).toBeLessThanOrEqual(box.upper[k] as number);
      });
    }
    // The box is centred on the coarse best (unless pushed in from an edge): it contains it.
    const best = bestSoFar(coarse.ys, 'minimize').at(-1);
    const i = coarse.ys.indexOf(best ?? null);
    coarse.xs[i]?.forEach((v, k) => {
      expect(v).toBeGreaterThanOrEqual(box.lower[k] as number);
      expect(v).toBeLessThanOrEqual(box.upper[k] as number);
    });
  });

  it('runs every race strategy for exactly the budget, reproducibly', () => {
    for (const s of ['random', 'grid', 'bo'] as const) {
      const a = runLoopStrategy(forrester, s, 6, 1);
      expect(a.ys).toHaveLength(6);
      expect(runLoopStrategy(forrester, s, 6, 1).ys).toEqual(a.ys);
    }
    expect(runCoarseToFine(forrester, 7, 1).ys).toHaveLength(7);
  });

  it('shrinks the box with domain reduction and keeps it inside the domain', () => {
    const run = runDomainReduction(forrester, 8, 0);
    expect(run.boxes).toHaveLength(8);
    const width = (b: (typeof run.boxes)[number]) =>
      (b.upper[0] as number) - (b.lower[0] as number);
    const last = run.boxes.at(-1);
    expect(last && width(last)).toBeLessThan(1);
    for (const b of run.boxes) {
      expect(b.lower[0]).toBeGreaterThanOrEqual(0);
      expect(b.upper[0]).toBeLessThanOrEqual(1);
    }
    // Every BO point lies in the box it was proposed in.
    run.xs.forEach((x, i) => {
      const b = run.boxes[i];
      expect(x[0]).toBeGreaterThanOrEqual((b?.lower[0] as number) - 1e-12);
      expect(x[0]).toBeLessThanOrEqual((b?.upper[0] as number) + 1e-12);
    });
  });
});
