/**
 * How many random trials? Each random trial lands in the top p fraction of the search space with
 * probability p, independently, so n trials include at least one such trial with probability
 * 1 - (1 - p)^n. The simulation draws the trials one by one and records when the first hit came.
 */
import type { Rng } from '../../math/rng.ts';

function checkShare(p: number, what: string): void {
  if (!(p > 0 && p <= 1)) throw new RangeError(`${what} must be in (0, 1], got ${p}`);
}

/** 1 - (1 - p)^n, computed as -expm1(n log1p(-p)) so tiny p keep their digits. */
export function hitProbability(p: number, n: number): number {
  checkShare(p, 'p');
  if (!(n >= 0)) throw new RangeError(`n must be >= 0, got ${n}`);
  if (p === 1) return n >= 1 ? 1 : 0;
  return -Math.expm1(n * Math.log1p(-p));
}

/**
 * The fewest trials n with 1 - (1 - p)^n >= c: ceil(log(1 - c) / log(1 - p)), corrected by one
 * where the quotient lands a rounding error away from an integer.
 */
export function trialsNeeded(p: number, c: number): number {
  checkShare(p, 'p');
  if (!(c >= 0 && c < 1)) throw new RangeError(`confidence must be in [0, 1), got ${c}`);
  if (c === 0) return 0;
  if (p === 1) return 1;
  let n = Math.max(1, Math.ceil(Math.log1p(-c) / Math.log1p(-p) - 1e-9));
  while (n > 1 && hitProbability(p, n - 1) >= c) n--;
  while (hitProbability(p, n) < c) n++;
  return n;
}

/**
 * Simulates repetitions [from, to) of a random search of up to nMax trials: trial j is in the
 * top p fraction when its quantile (uniform in [0, 1)) is below p. firstHit[r] is the 1-based
 * trial of the first hit, 0 when none came within nMax. Draws continue the one rng, so the result
 * does not depend on how the repetitions are sliced.
 */
export function simulateFirstHits(
  firstHit: Int32Array,
  from: number,
  to: number,
  p: number,
  nMax: number,
  rng: Rng,
): void {
  for (let r = from; r < to; r++) {
    let hit = 0;
    for (let j = 1; j <= nMax; j++) {
      if (rng.next() < p) {
        hit = j;
        break;
      }
    }
    firstHit[r] = hit;
  }
}

/**
 * The simulated curve: entry n (0..nMax) is the share of repetitions whose first hit came within
 * n trials, the simulation's estimate of 1 - (1 - p)^n.
 */
export function simulatedCurve(firstHit: Int32Array, nMax: number): Float64Array {
  const counts = new Float64Array(nMax + 1);
  for (const h of firstHit) if (h > 0 && h <= nMax) counts[h] = (counts[h] as number) + 1;
  const curve = new Float64Array(nMax + 1);
  let acc = 0;
  for (let n = 1; n <= nMax; n++) {
    acc += counts[n] as number;
    curve[n] = firstHit.length ? acc / firstHit.length : NaN;
  }
  return curve;
}
