/**
 * Seeded random numbers. sfc32 (Chris Doty-Humphrey's small fast counter generator): 128 bits of
 * state that serialize as four integers, so a run can be saved and resumed bit for bit.
 */

/** Serializable generator state: four unsigned 32-bit integers. */
export type RngState = readonly [number, number, number, number];

export interface Rng {
  /** Uniform in [0, 1) with 53 random bits. */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Standard normal (Box-Muller, no cached spare so that state() captures everything). */
  normal(): number;
  /** A copy of the current state. */
  state(): RngState;
  /** An independent generator derived from this one (advances this one). */
  split(): Rng;
}

/** splitmix32: spreads a small integer seed over 32 bits so nearby seeds give unrelated streams. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  // Fold the seed's high bits in so that seeds beyond 2^32 still differ.
  const mix = splitmix32((seed >>> 0) ^ Math.floor(seed / 4294967296));
  const st: [number, number, number, number] = [mix(), mix(), mix(), mix()];
  const r = rngFromState(st);
  for (let i = 0; i < 12; i++) r.next();
  return r;
}

export function rngFromState(init: RngState): Rng {
  let a = init[0] >>> 0;
  let b = init[1] >>> 0;
  let c = init[2] >>> 0;
  let d = init[3] >>> 0;
  const u32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  const next = (): number => {
    const hi = u32() >>> 5; // 27 bits
    const lo = u32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  };
  const rng: Rng = {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    int: (n) => Math.floor(next() * n),
    normal: () => {
      // 1 - next() lies in (0, 1], so the log is finite.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    state: () => [a, b, c, d],
    split: () => rngFromState([u32(), u32(), u32(), u32()]),
  };
  return rng;
}
