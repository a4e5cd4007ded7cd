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

  it('matches Keras Tuner where log(max_epochs, factor) is an integer plus an ulp in python', () => {
    // keras_tuner's _get_num_brackets/_get_size/_get_epochs transcribed into python 3 and run here
    // (keras_tuner itself is not installed): math.log(15625, 5) is 6.000000000000001 there, so
    // bracket0_end_size is ceil(7.000000000000001) = 8. First rung of every bracket, then the most
    // aggressive bracket, as (trials, epochs).
    const keras: [number, number, [number, number][], [number, number][]][] = [
      [
        15625,
        5,
        [
          [17858, 1],
          [4167, 5],
          [1000, 25],
          [250, 125],
          [67, 625],
          [20, 3125],
          [8, 15625],
        ],
        [
          [17858, 1],
          [3572, 5],
          [715, 25],
          [143, 125],
          [29, 625],
          [6, 3125],
          [2, 15625],
        ],
      ],
      [
        46656,
        6,
        [
          [53322, 1],
          [10368, 6],
          [2074, 36],
          [432, 216],
          [96, 1296],
          [24, 7776],
          [8, 46656],
        ],
        [
          [53322, 1],
          [8887, 6],
          [1482, 36],
          [247, 216],
          [42, 1296],
          [7, 7776],
          [2, 46656],
        ],
      ],
      [
        16807,
        7,
        [
          [19609, 1],
          [3362, 7],
          [601, 49],
          [115, 343],
          [25, 2401],
          [7, 16807],
        ],
        [
          [19609, 1],
          [2802, 7],
          [401, 49],
          [58, 343],
          [9, 2401],
          [2, 16807],
        ],
      ],
      [
        2476099,
        19,
        [
          [2888783, 1],
          [182450, 19],
          [12004, 361],
          [843, 6859],
          [67, 130321],
          [7, 2476099],
        ],
        [
          [2888783, 1],
          [152042, 19],
          [8003, 361],
          [422, 6859],
          [23, 130321],
          [2, 2476099],
        ],
      ],
      [
        3200000,
        20,
        [
          [3733334, 1],
          [224000, 20],
          [14000, 400],
          [934, 8000],
          [70, 160000],
          [7, 3200000],
        ],
        [
          [3733334, 1],
          [186667, 20],
          [9334, 400],
          [467, 8000],
          [24, 160000],
          [2, 3200000],
        ],
      ],
    ];
    for (const [R, f, firstRungs, aggressive] of keras) {
      const t = table(R, f);
      expect(t.map((b) => b[0])).toEqual(firstRungs);
      expect(t[0]).toEqual(aggressive);
    }
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
