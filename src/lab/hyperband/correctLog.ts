/**
 * The natural logarithm rounded correctly to float64, as CPython's math.log gets it from glibc.
 * V8's Math.log is within an ulp but not always the nearest double (log(3) is 1.0986122886681096,
 * glibc's 1.0986122886681098), and Keras Tuner's schedule takes the ceiling of log(R)/log(factor),
 * where that ulp decides between two trial counts. Evaluated in double-double arithmetic (about
 * 100 bits), then rounded once.
 */

/** ln 2 as a double-double: the nearest double and the remainder. */
const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;
const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's split

/** A value hi + lo with |lo| at most half an ulp of hi. */
type DD = readonly [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  return twoSum(s, e + a[1] + b[1]);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = add(a, mul(b, [-q1, 0]));
  const q2 = r[0] / b[0];
  const r2 = add(r, mul(b, [-q2, 0]));
  return add(twoSum(q1, q2), [r2[0] / b[0], 0]);
}

/**
 * ln(x) for finite x > 0: x = m 2^e with m in [sqrt(1/2), sqrt(2)), ln m = 2 atanh(s) with
 * s = (m - 1) / (m + 1), |s| < 0.172, so 24 odd terms of the series reach 2^-120.
 */
export function correctLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log(x);
  let e = Math.floor(Math.log2(x));
  let m = x / 2 ** e;
  // log2 may be off by one near powers of two; m must land in [sqrt(1/2), sqrt(2)).
  while (m >= Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  while (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  const s = div(twoSum(m, -1), twoSum(m, 1));
  const s2 = mul(s, s);
  let term = s;
  let sum: DD = s;
  for (let k = 3; k <= 49; k += 2) {
    term = mul(term, s2);
    sum = add(sum, div(term, [k, 0]));
  }
  const lnM = mul(sum, [2, 0]);
  const result = add(mul([LN2_HI, LN2_LO], [e, 0]), lnM);
  return result[0] + result[1];
}
