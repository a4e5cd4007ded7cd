import { describe, expect, it } from 'vitest';
import {
  acquisitionWithGradient,
  ei,
  eiWithGradient,
  evaluateAcquisition,
  logEi,
  logEiWithGradient,
  logPi,
  logPiWithGradient,
  pi,
  piWithGradient,
  ucb,
  ucbWithGradient,
  type AcquisitionSpec,
} from './acquisition.ts';

function expectRel(actual: number, expected: number, tol: number): void {
  const rel = Math.abs(actual - expected) / Math.abs(expected);
  expect(rel, `${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

// bayes_opt 3.x formulas evaluated in mpmath at 50 digits on the same float inputs.
describe('scalar acquisition values', () => {
  const cases: [number, number, number, number, number, number][] = [
    // mean, std, best, xi, EI, PI
    [0.5, 0.2, 0.4, 0.01, 0.13273342266641677, 0.6736447797120799],
    [0.3, 1.5, 1.0, 0.0, 0.31241671012106415, 0.32036919090127036],
    [1.7, 0.01, 0.2, 0.1, 1.4, 1.0],
    [-2, 0.1, 1, 0, 1.631956734091483e-200, 4.906713927148432e-198],
  ];
  it.each(cases)('EI, PI at mean %d std %d best %d xi %d', (m, s, b, xi, e, p) => {
    expectRel(ei(m, s, b, xi), e, 1e-12);
    expectRel(pi(m, s, b, xi), p, 1e-12);
    expectRel(Math.exp(logEi(m, s, b, xi)), e, 1e-12);
    expectRel(Math.exp(logPi(m, s, b, xi)), p, 1e-12);
  });

  it('has finite logs where EI and PI underflow', () => {
    expect(ei(-10, 0.1, 1, 0)).toBe(0);
    expectRel(logEi(-10, 0.1, 1, 0), -6062.622732219989, 1e-12);
    expectRel(logPi(-10, 0.1, 1, 0), -6055.619501526556, 1e-12);
  });

  it('UCB is mean + kappa std', () => {
    expect(ucb(0.5, 0.2, 2.576)).toBeCloseTo(0.5 + 2.576 * 0.2, 15);
    expect(ucb(0.5, 0, 2.576)).toBe(0.5);
    expect(ucb(0.5, -1e-9, 2.576)).toBe(0.5);
  });

  it('takes the sigma -> 0 limits instead of NaN', () => {
    for (const s of [0, -0, -1e-12]) {
      expect(ei(2, s, 1, 0.5)).toBe(0.5);
      expect(ei(1, s, 1, 0.5)).toBe(0);
      expect(ei(1.5, s, 1, 0.5)).toBe(0);
      expect(pi(2, s, 1, 0.5)).toBe(1);
      expect(pi(1.5, s, 1, 0.5)).toBe(0);
      expect(pi(1, s, 1, 0.5)).toBe(0);
      expect(logEi(2, s, 1, 0.5)).toBe(Math.log(0.5));
      expect(logEi(1, s, 1, 0.5)).toBe(-Infinity);
    }
    // A tiny positive sigma approaches the limit continuously (z overflowing to -Infinity included).
    for (const s of [1e-10, 1e-320, 5e-324]) {
      expectRel(ei(2, s, 1, 0.5), 0.5, 1e-12);
      expect(ei(1, s, 1, 0.5)).toBe(0);
      expect(ei(1.5, s, 1, 0.5)).toBeLessThanOrEqual(s);
      expect(pi(2, s, 1, 0.5)).toBe(1);
      expect(pi(1, s, 1, 0.5)).toBe(0);
    }
    expect(ei(NaN, 0.1, 1, 0)).toBeNaN();
    expect(ei(1, NaN, 1, 0)).toBeNaN();
  });

  it('EI is >= 0, increasing in mean and in std, over a wide sweep', () => {
    for (let m = -50; m <= 5; m += 0.25) {
      for (const s of [1e-6, 0.01, 0.3, 1, 7]) {
        const v = ei(m, s, 0, 0.01);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(Number.isNaN(v)).toBe(false);
        // Monotone up to rounding (EI -> mean - best - xi when z >> 0).
        expect(ei(m + 0.1, s, 0, 0.01)).toBeGreaterThanOrEqual(v * (1 - 1e-15));
        expect(ei(m, s * 1.1, 0, 0.01)).toBeGreaterThanOrEqual(v * (1 - 1e-15));
      }
    }
  });
});

describe('evaluateAcquisition', () => {
  const mean = Float64Array.from([0.1, 0.5, -3, 2, 0.4]);
  const std = Float64Array.from([0.3, 0.2, 0.1, 0, 0]);
  const specs: AcquisitionSpec[] = [
    { type: 'ei', xi: 0.01 },
    { type: 'pi', xi: 0.01 },
    { type: 'ucb', kappa: 2.576 },
  ];
  it.each(specs)('matches the scalar function for %o', (spec) => {
    const out = new Float64Array(5);
    evaluateAcquisition(spec, mean, std, 0.4, out);
    for (let i = 0; i < 5; i++) {
      const m = mean[i] as number;
      const s = std[i] as number;
      const expected =
        spec.type === 'ei'
          ? ei(m, s, 0.4, spec.xi)
          : spec.type === 'pi'
            ? pi(m, s, 0.4, spec.xi)
            : ucb(m, s, 2.576);
      expect(out[i]).toBe(expected);
      expect(Number.isNaN(out[i])).toBe(false);
    }
  });

  it('rejects Thompson sampling and mismatched lengths clearly', () => {
    const out = new Float64Array(5);
    expect(() => evaluateAcquisition({ type: 'thompson' }, mean, std, 0, out)).toThrow(
      /sample paths/,
    );
    expect(() => evaluateAcquisition({ type: 'ei', xi: 0 }, mean, std.subarray(1), 0, out)).toThrow(
      RangeError,
    );
    expect(() =>
      evaluateAcquisition({ type: 'ei', xi: 0 }, mean, std, 0, new Float64Array(2)),
    ).toThrow(RangeError);
  });
});

/**
 * A smooth 2D "posterior" with analytic gradients: mean(x) = a sin(x0) + 0.5 x1^2 + c,
 * std(x) = 0.05 + 0.3 cos(x0 x1)^2.
 */
function posterior(x: readonly [number, number], c: number) {
  const [x0, x1] = x;
  const mean = Math.sin(x0) + 0.5 * x1 * x1 + c;
  const cs = Math.cos(x0 * x1);
  const sn = Math.sin(x0 * x1);
  const std = 0.05 + 0.3 * cs * cs;
  const dMean = Float64Array.from([Math.cos(x0), x1]);
  const dStd = Float64Array.from([-0.6 * cs * sn * x1, -0.6 * cs * sn * x0]);
  return { mean, std, dMean, dStd };
}

type WithGrad = (
  m: number,
  s: number,
  dm: Float64Array,
  ds: Float64Array,
  out: Float64Array,
) => number;

function checkGradient(f: WithGrad, x: [number, number], c: number, relTol: number): void {
  const p = posterior(x, c);
  const grad = new Float64Array(2);
  const value = f(p.mean, p.std, p.dMean, p.dStd, grad);
  const scratch = new Float64Array(2);
  for (let k = 0; k < 2; k++) {
    const h = 1e-6;
    const xp: [number, number] = [...x];
    const xm: [number, number] = [...x];
    xp[k] = (xp[k] as number) + h;
    xm[k] = (xm[k] as number) - h;
    const pp = posterior(xp, c);
    const pm = posterior(xm, c);
    const fd =
      (f(pp.mean, pp.std, pp.dMean, pp.dStd, scratch) -
        f(pm.mean, pm.std, pm.dMean, pm.dStd, scratch)) /
      (2 * h);
    const g = grad[k] as number;
    expect(Math.abs(g - fd), `d/dx${k} at ${x.join(',')}: ${g} vs ${fd}`).toBeLessThanOrEqual(
      relTol * Math.max(Math.abs(fd), Math.abs(value) * 1e-3, 1e-300),
    );
  }
}

describe('acquisition gradients against central differences', () => {
  const points: [number, number][] = [
    [0.3, 0.7],
    [-1.2, 0.4],
    [2.1, -1.3],
    [0.9, 1.6],
  ];
  const best = 0.9;
  const xi = 0.01;
  it.each(points)('EI, PI, UCB at (%d, %d)', (a, b) => {
    const x: [number, number] = [a, b];
    checkGradient((m, s, dm, ds, o) => eiWithGradient(m, s, dm, ds, best, xi, o), x, 0, 1e-6);
    checkGradient((m, s, dm, ds, o) => piWithGradient(m, s, dm, ds, best, xi, o), x, 0, 1e-6);
    checkGradient((m, s, dm, ds, o) => ucbWithGradient(m, s, dm, ds, 2.576, o), x, 0, 1e-6);
    checkGradient((m, s, dm, ds, o) => logEiWithGradient(m, s, dm, ds, best, xi, o), x, 0, 1e-6);
    checkGradient((m, s, dm, ds, o) => logPiWithGradient(m, s, dm, ds, best, xi, o), x, 0, 1e-6);
  });

  it('log EI and log PI keep informative gradients far from the data (EI underflows there)', () => {
    // mean ~ -40 against best 0.9 and std <= 0.35: z < -100.
    for (const x of points) {
      const p = posterior(x, -40);
      const grad = new Float64Array(2);
      expect(eiWithGradient(p.mean, p.std, p.dMean, p.dStd, best, xi, grad)).toBe(0);
      const v = logEiWithGradient(p.mean, p.std, p.dMean, p.dStd, best, xi, grad);
      expect(Number.isFinite(v)).toBe(true);
      expect(Number.isFinite(grad[0]) && Number.isFinite(grad[1])).toBe(true);
      expect(Math.hypot(grad[0] as number, grad[1] as number)).toBeGreaterThan(1);
      checkGradient(
        (m, s, dm, ds, o) => logEiWithGradient(m, s, dm, ds, best, xi, o),
        x,
        -40,
        1e-5,
      );
      checkGradient(
        (m, s, dm, ds, o) => logPiWithGradient(m, s, dm, ds, best, xi, o),
        x,
        -40,
        1e-5,
      );
    }
  });

  it('has the sigma -> 0 limits for the gradients too', () => {
    const dm = Float64Array.from([1, -2]);
    const ds = Float64Array.from([0.5, 0.5]);
    const g = new Float64Array(2);
    expect(eiWithGradient(2, 0, dm, ds, 1, 0, g)).toBe(1);
    expect(Array.from(g)).toEqual([1, -2]);
    expect(eiWithGradient(0, 0, dm, ds, 1, 0, g)).toBe(0);
    expect(Array.from(g)).toEqual([0, 0]);
    expect(piWithGradient(2, 0, dm, ds, 1, 0, g)).toBe(1);
    expect(Array.from(g)).toEqual([0, 0]);
    expect(logEiWithGradient(0, 0, dm, ds, 1, 0, g)).toBe(-Infinity);
    expect(Array.from(g)).toEqual([0, 0]);
    expect(logEiWithGradient(3, 0, dm, ds, 1, 0, g)).toBe(Math.log(2));
    expect(Array.from(g)).toEqual([0.5, -1]);
  });

  it('dispatches by spec and refuses Thompson', () => {
    const p = posterior([0.3, 0.7], 0);
    const g1 = new Float64Array(2);
    const g2 = new Float64Array(2);
    const spec: AcquisitionSpec = { type: 'ei', xi };
    expect(acquisitionWithGradient(spec, p.mean, p.std, p.dMean, p.dStd, best, g1)).toBe(
      eiWithGradient(p.mean, p.std, p.dMean, p.dStd, best, xi, g2),
    );
    expect(Array.from(g1)).toEqual(Array.from(g2));
    expect(acquisitionWithGradient(spec, p.mean, p.std, p.dMean, p.dStd, best, g1, true)).toBe(
      logEi(p.mean, p.std, best, xi),
    );
    expect(() =>
      acquisitionWithGradient({ type: 'thompson' }, p.mean, p.std, p.dMean, p.dStd, best, g1),
    ).toThrow(/Thompson/);
    expect(() => eiWithGradient(p.mean, p.std, p.dMean, new Float64Array(3), best, xi, g1)).toThrow(
      RangeError,
    );
  });
});

describe('evaluateLogAcquisition (the default preset ranks by log-EI)', () => {
  it('is log EI / log PI where they are positive, finite where EI underflows, UCB as is', async () => {
    const { evaluateLogAcquisition, ei, pi, logEi, ucb } = await import('./acquisition.ts');
    const mean = Float64Array.of(0.5, 0.1, -0.3, -60);
    const std = Float64Array.of(0.2, 0.4, 1, 1);
    const out = new Float64Array(4);
    evaluateLogAcquisition({ type: 'ei', xi: 0.01 }, mean, std, 0.4, out);
    for (let i = 0; i < 3; i++)
      expect(out[i]).toBeCloseTo(Math.log(ei(mean[i] as number, std[i] as number, 0.4, 0.01)), 12);
    expect(ei(-60, 1, 0.4, 0.01)).toBe(0);
    expect(out[3]).toBe(logEi(-60, 1, 0.4, 0.01));
    expect(Number.isFinite(out[3])).toBe(true);
    evaluateLogAcquisition({ type: 'pi', xi: 0.01 }, mean, std, 0.4, out);
    expect(out[1]).toBeCloseTo(Math.log(pi(0.1, 0.4, 0.4, 0.01)), 12);
    evaluateLogAcquisition({ type: 'ucb', kappa: 2 }, mean, std, 0.4, out);
    expect(out[2]).toBe(ucb(-0.3, 1, 2));
  });
});
