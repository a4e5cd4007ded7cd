/**
 * The objective plot's y range, chosen so the picture stays readable and steady while stepping:
 * the true curve (when shown), the observations and the GP mean always fit; the uncertainty band
 * may widen the range by at most half of that span on each side, and is clipped beyond it. An
 * early, very wide band would otherwise squash everything else into a thin line.
 */

import { finiteExtent } from '../plots/scales.ts';

type Values = ArrayLike<number> | null | undefined;

export interface YDomainInput {
  readonly truth?: Values;
  readonly observations: readonly (number | null)[];
  readonly mean?: Values;
  readonly std?: Values;
  /** Band half-width in σ (1 or 1.96). */
  readonly z: number;
}

export function objectiveYDomain({
  truth,
  observations,
  mean,
  std,
  z,
}: YDomainInput): [number, number] {
  const ys = observations.map((y) => (y === null ? NaN : y));
  const core = finiteExtent([truth, ys, mean]) ?? [0, 1];
  let [lo, hi] = core;
  const span = hi - lo || Math.max(1, Math.abs(hi));
  if (mean && std) {
    let bandLo = Infinity;
    let bandHi = -Infinity;
    for (let i = 0; i < mean.length; i++) {
      const m = mean[i] as number;
      const s = std[i] as number;
      if (!Number.isFinite(m) || !Number.isFinite(s)) continue;
      bandLo = Math.min(bandLo, m - z * s);
      bandHi = Math.max(bandHi, m + z * s);
    }
    if (bandLo < lo) lo = Math.max(bandLo, lo - 0.5 * span);
    if (bandHi > hi) hi = Math.min(bandHi, hi + 0.5 * span);
  }
  const full = hi - lo || span;
  // A little room below, more above for the observation numbers.
  return [lo - 0.05 * full, hi + 0.1 * full];
}
