/**
 * The standard normal distribution in float64: density, cdf, log cdf, quantile, and the
 * expected-improvement factor h(z) = E[max(Z + z, 0)], all with full relative accuracy in the
 * tails. EI and PI are evaluated far from the data where z is very negative, and the acquisition
 * optimizer compares those tiny values, so "0 beyond z = -6" (what short approximations give) is
 * not good enough.
 *
 * The rational approximations are W. J. Cody's (Math. Comp. 23 (1969) 631-637; netlib specfun
 * CALERF), which are accurate to about 1e-16 relative for erf and for exp(x^2) erfc(x).
 */

const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const SQRT_PI = Math.sqrt(Math.PI);
const INV_SQRT_PI = 1 / SQRT_PI;
const SQRT_PI_2 = Math.sqrt(Math.PI / 2);

/** Below this |t| Cody uses a direct rational approximation of erf(t). */
const ERF_SMALL = 0.46875;
/** |x| (normal scale) below which Phi is computed as 0.5 + 0.5 erf(x / sqrt 2). */
const X_SMALL = ERF_SMALL * Math.SQRT2;

// Cody's coefficients, interval |t| <= 0.46875: erf(t) = t A(t^2) / B(t^2).
const A0 = 3.1611237438705655;
const A1 = 113.86415415105016;
const A2 = 377.485237685302;
const A3 = 3209.3775891384694;
const A4 = 0.18577770618460315;
const B0 = 23.601290952344122;
const B1 = 244.02463793444417;
const B2 = 1282.6165260773723;
const B3 = 2844.236833439171;

// Interval 0.46875 < t <= 4: exp(t^2) erfc(t) = C(t) / D(t).
const C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769,
  1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
] as const;
const D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
  4362.619090143247, 3439.3676741437216, 1230.3393548037495,
] as const;

// Interval t > 4: exp(t^2) erfc(t) = (1/sqrt(pi) - R(t)) / t with R(t) = s P(s) / Q(s), s = 1/t^2.
const P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275,
  6.587491615298378e-4, 0.016315387137302097,
] as const;
const Q = [
  2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132,
  2.3352049762686918e-3,
] as const;

/** erf(t) for |t| <= 0.46875. */
function erfSmall(t: number): number {
  const s = t * t;
  const num = (((A4 * s + A0) * s + A1) * s + A2) * s + A3;
  const den = (((s + B0) * s + B1) * s + B2) * s + B3;
  return (t * num) / den;
}

/** Cody's R(t) of the last interval (t > 4): small and positive, so it keeps tail differences exact. */
function codyTailR(t: number): number {
  const s = 1 / (t * t);
  let num = P[5] * s;
  let den = s;
  for (let i = 0; i < 4; i++) {
    num = (num + (P[i] as number)) * s;
    den = (den + (Q[i] as number)) * s;
  }
  return (s * (num + P[4])) / (den + Q[4]);
}

/** exp(t^2) erfc(t) for t > 0.46875. */
function erfcxLarge(t: number): number {
  if (t <= 4) {
    let num = C[8] * t;
    let den = t;
    for (let i = 0; i < 7; i++) {
      num = (num + (C[i] as number)) * t;
      den = (den + (D[i] as number)) * t;
    }
    return (num + C[7]) / (den + D[7]);
  }
  return (INV_SQRT_PI - codyTailR(t)) / t;
}

/**
 * exp(-x^2 / 2) without the error of squaring x: x is split into a head with at most 4 fraction
 * bits (whose square is exact) and a small remainder (Cody's trick). Computing x * x directly
 * would cost up to 1e-13 relative error at x = 37.
 */
function expNegHalfSquare(x: number): number {
  // exp(-800) is already 0; this also keeps Infinity - Infinity out of the split below.
  if (!(Math.abs(x) < 40)) return Number.isNaN(x) ? NaN : 0;
  const head = Math.trunc(x * 16) / 16;
  const del = (x - head) * (x + head);
  return Math.exp(-0.5 * head * head) * Math.exp(-0.5 * del);
}

/** Standard normal density. */
export function normPdf(x: number): number {
  return INV_SQRT_2PI * expNegHalfSquare(x);
}

/**
 * Upper tail Q(a) = 1 - Phi(a) for a >= X_SMALL, as exp(-a^2/2) / 2 * erfcx(a / sqrt 2). The
 * rounding of a / sqrt 2 only enters the slowly varying erfcx, not the exponent.
 */
function upperTail(a: number): number {
  return 0.5 * expNegHalfSquare(a) * erfcxLarge(a * SQRT1_2);
}

/** Standard normal cdf Phi(x), about 1e-15 relative accuracy from x = -38 (where it underflows) up. */
export function normCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (Math.abs(x) < X_SMALL) return 0.5 + 0.5 * erfSmall(x * SQRT1_2);
  return x < 0 ? upperTail(-x) : 1 - upperTail(x);
}

/** Upper tail 1 - Phi(x) without cancellation for large x. */
export function normSf(x: number): number {
  return normCdf(-x);
}

/** log Phi(x), finite for every finite x (no underflow in the lower tail). */
export function normLogCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= X_SMALL) return Math.log1p(-upperTail(x));
  if (x > -X_SMALL) return Math.log(normCdf(x));
  // log(exp(-x^2/2) / 2 * erfcx(-x / sqrt 2)), with the exponent kept out of exp().
  return -0.5 * x * x + Math.log(0.5 * erfcxLarge(-x * SQRT1_2));
}

// Acklam's rational approximation of the normal quantile (relative error < 1.15e-9).
const QA = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
] as const;
const QB = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
] as const;
const QC = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
] as const;
const QD = [
  0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416,
] as const;
const P_LOW = 0.02425;

/** Acklam's approximation for 0 < p <= 0.5. */
function acklamLower(p: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((QC[0] * q + QC[1]) * q + QC[2]) * q + QC[3]) * q + QC[4]) * q + QC[5]) /
      ((((QD[0] * q + QD[1]) * q + QD[2]) * q + QD[3]) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((QA[0] * r + QA[1]) * r + QA[2]) * r + QA[3]) * r + QA[4]) * r + QA[5]) * q) /
    (((((QB[0] * r + QB[1]) * r + QB[2]) * r + QB[3]) * r + QB[4]) * r + 1)
  );
}

/**
 * Normal quantile Phi^-1(p): Acklam's approximation refined by one Halley step against normCdf,
 * which brings it to about 1e-15 relative. p > 0.5 is reflected as -Phi^-1(1 - p), where 1 - p is
 * exact (Sterbenz), so the refinement always runs on the accurate lower tail.
 * Returns -Infinity at 0, Infinity at 1 and NaN outside [0, 1].
 */
export function normQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -lowerQuantile(1 - p);
  return lowerQuantile(p);
}

function lowerQuantile(p: number): number {
  const x = acklamLower(p);
  const pdf = normPdf(x);
  // Beyond x = -38.5 the density underflows; Acklam alone is then as good as it gets.
  if (!(pdf > 0)) return x;
  // Near the median, Phi(x) - p is formed as 0.5 erf(x / sqrt 2) - (p - 0.5) (p - 0.5 is exact), so
  // the residual keeps its relative accuracy when x is tiny.
  const residual = Math.abs(x) < X_SMALL ? 0.5 * erfSmall(x * SQRT1_2) - (p - 0.5) : normCdf(x) - p;
  const u = residual / pdf;
  return x - u / (1 + 0.5 * x * u);
}

/**
 * h(z) = phi(z) + z Phi(z) = E[max(Z + z, 0)] for Z ~ N(0, 1): expected improvement in units of
 * sigma. Positive for every finite z (until it underflows near z = -38) and smooth; for z << 0
 * the two terms cancel almost exactly, so the lower tail uses h(z) = phi(z) (1 - t m(t)) with
 * t = -z and the Mills ratio m(t) = Q(t) / phi(t), and beyond t = 4 sqrt 2 Cody's tail form gives
 * 1 - t m(t) = sqrt(pi) R(t / sqrt 2) with no subtraction at all.
 */
export function eiFactor(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z > -X_SMALL) {
    if (z === Infinity) return Infinity;
    return normPdf(z) + z * normCdf(z);
  }
  return normPdf(z) * oneMinusTMills(-z);
}

/** log h(z), finite for every finite z: for the far field where h itself underflows. */
export function logEiFactor(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z > -X_SMALL) return Math.log(eiFactor(z));
  return -0.5 * z * z - LOG_SQRT_2PI + Math.log(oneMinusTMills(-z));
}

/**
 * d/dz log h(z) = Phi(z) / h(z), finite and positive for every finite z. For z << 0 it tends to
 * -z (=|z|), which keeps a log-EI gradient pointing toward better regions where EI underflows.
 */
export function eiFactorLogDerivative(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z > -X_SMALL) return normCdf(z) / eiFactor(z);
  const t = -z;
  return millsRatio(t) / oneMinusTMills(t);
}

/**
 * d/dz log Phi(z) = phi(z) / Phi(z) (the inverse Mills ratio of -z), finite for every finite z and
 * tending to -z as z -> -Infinity: the gradient of log PI where PI itself underflows.
 */
export function normLogCdfDerivative(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z > -X_SMALL) return normPdf(z) / normCdf(z);
  return 1 / millsRatio(-z);
}

/** Mills ratio m(t) = (1 - Phi(t)) / phi(t) for t >= X_SMALL. */
function millsRatio(t: number): number {
  return SQRT_PI_2 * erfcxLarge(t * SQRT1_2);
}

/** 1 - t m(t) > 0 for t >= X_SMALL, without cancellation in the far tail. */
function oneMinusTMills(t: number): number {
  const y = t * SQRT1_2;
  if (y > 4) {
    // t m(t) = sqrt(pi) (1/sqrt(pi) - R(y)) = 1 - sqrt(pi) R(y).
    return SQRT_PI * codyTailR(y);
  }
  return 1 - t * millsRatio(t);
}
