import { describe, expect, it } from 'vitest';
import { correctLog } from './correctLog.ts';

describe('correctLog', () => {
  it("gives python 3's math.log where V8's Math.log is an ulp off", () => {
    // Recorded with python3 (glibc) here: repr(math.log(x)). V8 gives 1.0986122886681096 for 3.
    const python: [number, number][] = [
      [3, 1.0986122886681098],
      [48, 3.871201010907891],
      [74, 4.30406509320417],
      [185, 5.220355825078324],
      [196, 5.278114659230517],
      [299, 5.700443573390687],
      [334, 5.811140992976701],
    ];
    for (const [x, ln] of python) expect(correctLog(x)).toBe(ln);
  });

  it('is exact where the logarithm is, and follows Math.log outside (0, Infinity)', () => {
    expect(correctLog(1)).toBe(0);
    expect(correctLog(2)).toBe(Math.LN2);
    expect(correctLog(1024)).toBe(0.6931471805599453 * 10);
    expect(correctLog(0)).toBe(-Infinity);
    expect(correctLog(-1)).toBeNaN();
    expect(correctLog(Infinity)).toBe(Infinity);
  });

  it('stays within half an ulp of Math.log across magnitudes', () => {
    for (const x of [1e-300, 1e-5, 0.7, 1.4142, 7.5, 1e5, 123456789, 1e300]) {
      expect(Math.abs(correctLog(x) - Math.log(x))).toBeLessThanOrEqual(
        Math.abs(Math.log(x)) * Number.EPSILON,
      );
    }
  });
});
