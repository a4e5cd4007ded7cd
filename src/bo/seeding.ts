/**
 * Per-step random streams. Each evaluation index gets its own generator derived from (seed, index),
 * so suggest() is a pure function of the state: the same observations and seed give the same next
 * point on any machine, and going back in history and stepping again reproduces the same run.
 */
import { createRng, rngFromState, type Rng } from '../math/rng.ts';

/** Independent stream for (seed, stream label, index). */
export function stepRng(seed: number, stream: number, index: number): Rng {
  const s = createRng(seed).state();
  const r = rngFromState([
    (s[0] ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0,
    (s[1] ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0,
    (s[2] ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0,
    s[3],
  ]);
  // Warm up so that the xor-ed words are mixed through the whole state.
  for (let i = 0; i < 16; i++) r.next();
  return r;
}

/** Stream labels, so different uses of the same index never share numbers. */
export const STREAM = {
  init: 0,
  acquisition: 1,
  fit: 2,
  random: 3,
  fallback: 4,
  thompson: 5,
  noise: 6,
  display: 7,
} as const;
