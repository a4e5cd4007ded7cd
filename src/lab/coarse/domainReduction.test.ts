import { describe, expect, it } from 'vitest';
import { initDomainReduction, reduceDomain, SDR_DEFAULTS } from './domainReduction.ts';

const box = { lower: [0], upper: [10] };

describe('SequentialDomainReductionTransformer', () => {
  it('initializes centred with r contracted once by eta', () => {
    const s = initDomainReduction(box);
    expect(s.currentOptimal).toEqual([5]);
    expect(s.r[0]).toBeCloseTo(9, 12);
    expect(s.history).toEqual([box]);
  });

  it('matches hand-computed steps (gamma_osc 0.7, gamma_pan 1, eta 0.9)', () => {
    // Step 1: best at 8. d = 2 (8 - 5) / 9 = 2/3, previous d = 0, so c = 0 and
    // gamma = (1 + 0.7) / 2 = 0.85; rate = 0.9 + (2/3)(0.85 - 0.9) = 0.8666...; r = 9 rate = 7.8;
    // box 8 +- 3.9 = [4.1, 11.9], clipped to [4.1, 10].
    const s1 = reduceDomain(initDomainReduction(box), [8]);
    expect(s1.rate[0]).toBeCloseTo(0.9 - (2 / 3) * 0.05, 12);
    expect(s1.r[0]).toBeCloseTo(7.8, 12);
    expect(s1.history[1]?.lower[0]).toBeCloseTo(4.1, 12);
    expect(s1.history[1]?.upper[0]).toBeCloseTo(10, 12);
    // Step 2: best moves back to 6: d = 2 (6 - 8) / 7.8 = -0.51282; c = d * (2/3) = -0.34188;
    // c_hat = -sqrt(0.34188) = -0.58470; gamma = 0.5 (1 (1 + c_hat) + 0.7 (1 - c_hat)) = 0.76235;
    // rate = 0.9 + 0.51282 (0.76235 - 0.9) = 0.82941; r = 7.8 rate = 6.46941.
    const s2 = reduceDomain(s1, [6]);
    const d = (2 * (6 - 8)) / 7.8;
    const cHat = -Math.sqrt(Math.abs(d * (2 / 3)));
    const gamma = 0.5 * (1 + cHat + 0.7 * (1 - cHat));
    const rate = 0.9 + Math.abs(d) * (gamma - 0.9);
    expect(rate).toBeCloseTo(0.82941, 4);
    expect(s2.r[0]).toBeCloseTo(7.8 * rate, 12);
    expect(s2.history[2]?.lower[0]).toBeCloseTo(6 - 3.9 * rate, 12);
    expect(s2.history[2]?.upper[0]).toBeCloseTo(6 + 3.9 * rate, 12);
  });

  it('shrinks by eta when the best stands still', () => {
    let s = reduceDomain(initDomainReduction(box), [5]);
    s = reduceDomain(s, [5]);
    expect(s.r[0]).toBeCloseTo(10 * 0.9 ** 3, 12);
  });

  it('keeps every box inside the original one and never below the minimum window', () => {
    const params = { ...SDR_DEFAULTS, minimumWindow: [2, 0.5] };
    let s = initDomainReduction({ lower: [-5, 0], upper: [10, 15] }, params);
    for (let k = 0; k < 60; k++) s = reduceDomain(s, [9.99, k % 2 ? 0.01 : 14.9]);
    for (const b of s.history) {
      expect(b.lower[0]).toBeGreaterThanOrEqual(-5);
      expect(b.upper[1]).toBeLessThanOrEqual(15);
      expect((b.upper[0] as number) - (b.lower[0] as number)).toBeGreaterThanOrEqual(2 - 1e-9);
      expect((b.upper[1] as number) - (b.lower[1] as number)).toBeGreaterThanOrEqual(0.5 - 1e-9);
    }
  });

  it('rejects a minimum window wider than the box', () => {
    expect(() => initDomainReduction(box, { ...SDR_DEFAULTS, minimumWindow: 11 })).toThrow(
      /minimum window/,
    );
  });
});
