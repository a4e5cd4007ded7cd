import { describe, expect, it } from 'vitest';
import { ei, ucb } from '../math/acquisition.ts';
import { lowestChosen, shownFormula, shownValue, shownValues } from './acquisitionShown.ts';

const UCB = { type: 'ucb', kappa: 2 } as const;
const EI = { type: 'ei', xi: 0.01 } as const;
const TS = { type: 'thompson' } as const;

describe('the acquisition as shown', () => {
  it('flips UCB and Thompson of a minimized f into its own units, and nothing else', () => {
    expect(lowestChosen(UCB, 'minimize')).toBe(true);
    expect(lowestChosen(TS, 'minimize')).toBe(true);
    expect(lowestChosen(UCB, 'maximize')).toBe(false);
    expect(lowestChosen(EI, 'minimize')).toBe(false);
    expect(shownValue(EI, 'minimize', 0.3)).toBe(0.3);
    // The loop ranks −mean + κσ for a minimized f; shown is mean − κσ.
    expect(shownValue(UCB, 'minimize', ucb(-5, 1, 2))).toBe(3);
    const decided = Float64Array.of(1, -2);
    expect(shownValues(UCB, 'maximize', decided)).toBe(decided);
    expect(Array.from(shownValues(TS, 'minimize', decided) ?? [])).toEqual([-1, 2]);
    expect(shownValues(UCB, 'minimize', null)).toBeNull();
  });

  it('gives the formula on the shown mean, σ and best', () => {
    expect(shownFormula(UCB, 'maximize', 5, 1, 0)).toBe(7);
    expect(shownFormula(UCB, 'minimize', 5, 1, 0)).toBe(3);
    // EI of a minimized f: the expected amount by which f falls below the best.
    expect(shownFormula(EI, 'minimize', 1, 0.5, 1.2)).toBeCloseTo(ei(-1, 0.5, -1.2, 0.01), 15);
    expect(shownFormula(EI, 'minimize', 1, 0.5, 1.2)).toBeGreaterThan(0.2);
    expect(shownFormula(TS, 'minimize', 1, 0.5, 1.2)).toBeNaN();
  });
});
