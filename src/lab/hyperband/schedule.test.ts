import { describe, expect, it } from 'vitest';
import { bracketCount, bracketEpochs, hyperbandSchedule, validateHyperband } from './schedule.ts';

const table = (maxEpochs: number, factor: number) =>
  hyperbandSchedule(maxEpochs, factor).brackets.map((b) =>
    b.rungs.map((r) => [r.trials, r.epochs]),
  );

describe('Keras Tuner Hyperband schedule', () => {
  it('reproduces Li et al. 2018 Table 1 (R = 81, eta = 3) in the first rung of every bracket', () => {
    // Li et al.: s = 4..0 start n = 81, 34, 15, 8, 5 configurations at r = 1, 3, 9, 27, 81.
    const first = hyperbandSchedule(81, 3).brackets.map((b) => b.rungs[0]);
    expect(first.map((r) => r?.trials)).toEqual([81, 34, 15, 8, 5]);
    expect(first.map((r) => r?.epochs)).toEqual([1, 3, 9, 27, 81]);
    // The most aggressive bracket of the paper: 81@1, 27@3, 9@9, 3@27, 1@81.
    expect(table(81, 3)[0]).toEqual([
      [81, 1],
      [27, 3],
      [9, 9],
      [3, 27],
      [1, 81],
    ]);
  });

  it("matches Keras Tuner's own arithmetic for max_epochs 27, factor 3", () => {
    // Values of keras_tuner's _get_size/_get_epochs, evaluated in python 3 (ceil of
    // ceil(1 + log(27, 3)) / (s + 1) * 3^(s - r)); Keras keeps 2 survivors where the paper keeps 1.
    expect(table(27, 3)).toEqual([
      [
        [27, 1],
        [9, 3],
        [3, 9],
        [1, 27],
      ],
      [
        [12, 3],
        [4, 9],
        [2, 27],
      ],
      [
        [6, 9],
        [2, 27],
      ],
      [[4, 27]],
    ]);
    expect(table(10, 2)[0]).toEqual([
      [10, 2],
      [5, 3],
      [3, 5],
      [2, 10],
    ]);
  });

  it('counts brackets as 1 + floor(log_factor(max_epochs)) for exact powers and between them', () => {
    expect(bracketCount(27, 3)).toBe(4);
    expect(bracketCount(81, 3)).toBe(5);
    expect(bracketCount(26, 3)).toBe(3);
    expect(bracketCount(100, 3)).toBe(5);
    expect(bracketCount(1, 3)).toBe(1);
    for (const [R, f] of [
      [9, 2],
      [50, 4],
      [243, 3],
    ] as const) {
      expect(hyperbandSchedule(R, f).brackets).toHaveLength(bracketCount(R, f));
    }
  });

  it('keeps rungs shrinking in trials and growing in epochs, ending at max_epochs', () => {
    for (const b of hyperbandSchedule(81, 3).brackets) {
      const rungs = b.rungs;
      expect(rungs.at(-1)?.epochs).toBe(81);
      for (let i = 1; i < rungs.length; i++) {
        expect(rungs[i]?.trials).toBeLessThanOrEqual(rungs[i - 1]?.trials ?? 0);
        expect(rungs[i]?.epochs).toBeGreaterThan(rungs[i - 1]?.epochs ?? 0);
      }
    }
  });

  it('charges survivors only for the epochs they add', () => {
    const b = hyperbandSchedule(27, 3).brackets[0];
    // 27 x 1 + 9 x (3 - 1) + 3 x (9 - 3) + 1 x (27 - 9)
    expect(b && bracketEpochs(b)).toBe(27 + 18 + 18 + 18);
  });

  it('rejects a factor below 2 as the tuner does', () => {
    expect(validateHyperband(27, 1)).toMatch(/factor/);
    expect(() => hyperbandSchedule(27, 1)).toThrow(/factor/);
  });
});
