import { describe, expect, it } from 'vitest';
import {
  eiFactor,
  eiFactorLogDerivative,
  logEiFactor,
  normCdf,
  normLogCdf,
  normLogCdfDerivative,
  normPdf,
  normQuantile,
  normSf,
} from './normal.ts';

// Reference values computed with mpmath at 50 digits (ncdf, npdf, log1p, findroot), rounded to 17.
function expectRel(actual: number, expected: number, tol: number): void {
  const rel = Math.abs(actual - expected) / Math.abs(expected);
  expect(rel, `${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

describe('normCdf', () => {
  const cases: [number, number][] = [
    [-37, 5.725571222524577e-300],
    [-30, 4.906713927148187e-198],
    [-20, 2.7536241186062337e-89],
    [-10, 7.619853024160525e-24],
    [-5, 2.866515718791939e-7],
    [-3.5, 0.00023262907903552504],
    [-1, 0.15865525393145705],
    [-0.5, 0.3085375387259869],
    [0, 0.5],
    [0.3, 0.6179114221889527],
    [0.6, 0.7257468822499265],
    [1.5, 0.9331927987311419],
    [3, 0.9986501019683699],
    [8, 0.9999999999999993],
  ];
  it.each(cases)('Phi(%d) to 1e-14 relative', (x, p) => {
    expectRel(normCdf(x), p, 1e-14);
  });

  it('keeps going into the subnormal range and saturates cleanly', () => {
    // Phi(-38) = 2.885e-316 is subnormal: only a few digits survive.
    expectRel(normCdf(-38), 2.88542835e-316, 1e-6);
    expect(normCdf(-40)).toBe(0);
    expect(normCdf(-Infinity)).toBe(0);
    expect(normCdf(40)).toBe(1);
    expect(normCdf(Infinity)).toBe(1);
    expect(normCdf(NaN)).toBeNaN();
  });

  it('is monotone and symmetric', () => {
    let prev = 0;
    for (let x = -38; x <= 9; x += 0.01) {
      const p = normCdf(x);
      expect(p).toBeGreaterThanOrEqual(prev);
      prev = p;
    }
    for (const x of [0.1, 0.7, 1.3, 2.9, 6.2]) {
      expect(normCdf(x) + normCdf(-x)).toBeCloseTo(1, 15);
      expect(normSf(x)).toBe(normCdf(-x));
    }
  });
});

describe('normPdf', () => {
  it('matches reference values', () => {
    expectRel(normPdf(0), 0.3989422804014327, 1e-15);
    expectRel(normPdf(1), 0.24197072451914334, 1e-15);
    expectRel(normPdf(-2.5), 0.017528300493568537, 1e-15);
    expectRel(normPdf(-37), 2.1200065515246056e-298, 1e-14);
    expect(normPdf(Infinity)).toBe(0);
  });
});

describe('normLogCdf', () => {
  const cases: [number, number][] = [
    [-1e5, -5.000000012431864e9],
    [-1000, -500007.82669481216],
    [-100, -5005.524208694205],
    [-40, -804.6084420137538],
    [-3, -6.607726221510349],
    [0.2, -0.5460043537227741],
    [5, -2.866516129637636e-7],
    [10, -7.619853024160525e-24],
  ];
  it.each(cases)('log Phi(%d) to 1e-13 relative', (x, v) => {
    expectRel(normLogCdf(x), v, 1e-13);
  });

  it('agrees with log(normCdf) where Phi is not close to 1', () => {
    for (let x = -30; x <= 0; x += 0.37) {
      expectRel(normLogCdf(x), Math.log(normCdf(x)), 1e-13);
    }
  });

  it('has the derivative phi / Phi, finite in the far tail', () => {
    for (const x of [-50, -8, -1, -0.3, 0.4, 2, 6]) {
      const h = 1e-6 * Math.max(1, Math.abs(x));
      const fd = (normLogCdf(x + h) - normLogCdf(x - h)) / (2 * h);
      expectRel(normLogCdfDerivative(x), fd, 1e-6);
    }
    // For z -> -Infinity the inverse Mills ratio approaches -z.
    expectRel(normLogCdfDerivative(-1e6), 1e6, 1e-9);
  });
});

describe('normQuantile', () => {
  const cases: [number, number][] = [
    [1e-300, -37.0470962993612],
    [1e-100, -21.273453560965326],
    [1e-10, -6.361340902404057],
    [0.001, -3.0902323061678136],
    [0.025, -1.9599639845400543],
    [0.3, -0.5244005127080408],
    [0.5 - 1e-12, -2.5065728237018607e-12],
    [0.975, 1.9599639845400538],
    [1 - 1e-10, 6.361340889697422],
  ];
  it.each(cases)('quantile(%d) to 1e-14 relative', (p, x) => {
    expectRel(normQuantile(p), x, 1e-14);
  });

  it('inverts normCdf and handles the ends', () => {
    for (let p = 0.0005; p < 1; p += 0.0173) {
      expect(normCdf(normQuantile(p))).toBeCloseTo(p, 14);
    }
    expect(normQuantile(0.5)).toBe(0);
    expect(normQuantile(0)).toBe(-Infinity);
    expect(normQuantile(1)).toBe(Infinity);
    expect(normQuantile(-0.1)).toBeNaN();
    expect(normQuantile(1.1)).toBeNaN();
    expect(normQuantile(NaN)).toBeNaN();
    expect(Number.isFinite(normQuantile(1e-320))).toBe(true);
  });
});

describe('eiFactor h(z) = phi(z) + z Phi(z)', () => {
  const cases: [number, number][] = [
    [-30, 1.6319567340914013e-199],
    [-10, 7.474560254589328e-25],
    [-5.6, 1.8076995551173594e-9],
    [-3, 0.0003821543170477236],
    [-1, 0.08331547058768629],
    [0, 0.3989422804014327],
    [0.5, 0.6977965574013061],
    [2, 2.0084907026168297],
    [10, 10],
  ];
  it.each(cases)('h(%d) to 1e-13 relative', (z, v) => {
    expectRel(eiFactor(z), v, 1e-13);
  });

  it('is positive, increasing and smooth where the naive form cancels to 0 or below', () => {
    let prev = 0;
    for (let z = -37; z <= 5; z += 0.05) {
      const h = eiFactor(z);
      expect(h).toBeGreaterThan(prev);
      prev = h;
    }
    // Continuous across the switch to Cody's tail form at z = -4 sqrt 2.
    const zs = -4 * Math.SQRT2;
    const below = eiFactor(zs * (1 + 1e-12));
    const above = eiFactor(zs * (1 - 1e-12));
    expect(above).toBeGreaterThan(below);
    expect((above - below) / above).toBeLessThan(1e-9);
    expect(eiFactor(-Infinity)).toBe(0);
    expect(eiFactor(Infinity)).toBe(Infinity);
    expect(eiFactor(NaN)).toBeNaN();
  });

  it('has log and log-derivative finite everywhere', () => {
    expectRel(logEiFactor(-40), -808.29856835662, 1e-13);
    expectRel(logEiFactor(-100), -5010.12957880025, 1e-13);
    expectRel(logEiFactor(-1e4), -50000019.33961931, 1e-13);
    expectRel(logEiFactor(-1e8), -5000000000000038.0, 1e-13);
    expectRel(eiFactorLogDerivative(-1e4), 10000.000199999993, 1e-12);
    expectRel(eiFactorLogDerivative(-10), 10.194383033412553, 1e-12);
    expectRel(eiFactorLogDerivative(0), 1.2533141373155003, 1e-14);
    expectRel(eiFactorLogDerivative(3), 0.3328409684517952, 1e-14);
    for (const z of [-200, -20, -5, -0.6, -0.2, 0.3, 4]) {
      const h = 1e-6 * Math.max(1, Math.abs(z));
      const fd = (logEiFactor(z + h) - logEiFactor(z - h)) / (2 * h);
      expectRel(eiFactorLogDerivative(z), fd, 1e-6);
      // h'(z) = Phi(z).
      const fdh = (eiFactor(z + h) - eiFactor(z - h)) / (2 * h);
      if (z > -20) expectRel(fdh, normCdf(z), 1e-6);
    }
  });
});
