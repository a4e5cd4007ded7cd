/**
 * Warm-started refits (issue 18): when one observation is added, the likelihood surface over the
 * log length scales barely moves, so a single L-BFGS-B run from the previous fit's optimum lands
 * on the new optimum in a handful of evaluations, where the full search (coarse scan plus random
 * restarts, gpFit.ts / gpMap.ts) spends 100-170. The full search is kept for when it matters:
 *
 * - no warm start (the first fit, a loaded or edited state),
 * - up to FULL_SEARCH_UP_TO observations, and at every FULL_SEARCH_EVERY-th count after that
 *   (fullSearchDue), so that a basin the warm chain never visits is found again within a few steps,
 * - when the warm optimum is suspect: at a bound, moved more than MAX_WARM_DRIFT in log length
 *   scale (the surface changed shape), or no better than the cold search's first start.
 *
 * A warm fit is deterministic given its inputs (data, options and the warm start), but it is a
 * local answer: a caller that needs the same model for a state however it was reached (a shared
 * link against a stepped history) passes no warm start. The fallback is exactly the cold search,
 * so a refused warm start returns the cold fit's bits.
 */
import type { LmlEvaluator } from './gpLikelihood.ts';

/** The previous fit's length scale(s), in the units the fitted model reports (search units). */
export interface WarmStart {
  readonly lengthScale: number | readonly number[];
}

/** How a fit searched, for benches and progress: 'warm' (one local run) or 'full'. */
export interface FitReport {
  readonly mode: 'warm' | 'full';
  /** Likelihood evaluations (factorizations) spent, the refused warm run included. */
  readonly evaluations: number;
}

/** A full search at every observation count divisible by this, warm start or not. */
export const FULL_SEARCH_EVERY = 10;
/** Largest move of any log length scale a warm run may make before the full search is rerun. */
export const MAX_WARM_DRIFT = 1;
/** How close (in log length scale) to a bound counts as at it. */
const BOUND_MARGIN = 1e-6;

/**
 * Up to this many observations every fit runs the full search: a fit of so few points is cheap,
 * and it is where the length scales move most from one point to the next (a warm chain started
 * in the wrong basin at 4 points put BO behind grid search on the race's default Branin study).
 */
export const FULL_SEARCH_UP_TO = 20;

/** True when the fit for `count` observations must run the full search even with a warm start. */
export function fullSearchDue(count: number, every: number = FULL_SEARCH_EVERY): boolean {
  return every <= 1 || count <= FULL_SEARCH_UP_TO || count % every === 0;
}

/** The warm start as log length scales, clamped into [logLo, logHi]; null when dims disagree. */
export function warmTheta(
  warm: WarmStart,
  p: number,
  logLo: number,
  logHi: number,
  unitOf: (k: number) => number = () => 1,
): Float64Array | null {
  const ls = warm.lengthScale;
  const all = typeof ls === 'number' ? new Array<number>(p).fill(ls) : ls;
  if (all.length !== p) return null;
  const theta = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    const l = (all[k] as number) / unitOf(k);
    if (!(Number.isFinite(l) && l > 0)) return null;
    theta[k] = Math.min(logHi, Math.max(logLo, Math.log(l)));
  }
  return theta;
}

/**
 * Whether a warm run's result may stand: finite, inside the box away from its bounds, within
 * MAX_WARM_DRIFT of where it started, and at least as good as `coldFirstValue` (the objective at
 * the cold search's first start, which the full search would try first).
 */
export function acceptWarm(
  x: Float64Array,
  value: number,
  start: Float64Array,
  logLo: number,
  logHi: number,
  coldFirstValue: number,
): boolean {
  if (!Number.isFinite(value) || !(value >= coldFirstValue)) return false;
  for (let k = 0; k < x.length; k++) {
    const t = x[k] as number;
    if (t <= logLo + BOUND_MARGIN || t >= logHi - BOUND_MARGIN) return false;
    if (Math.abs(t - (start[k] as number)) > MAX_WARM_DRIFT) return false;
  }
  return true;
}

/** ev with every evaluation counted into count.n. */
export function countEvaluations(ev: LmlEvaluator, count: { n: number }): LmlEvaluator {
  return {
    nParams: ev.nParams,
    evaluate: (theta, grad) => {
      count.n++;
      return ev.evaluate(theta, grad);
    },
    get lastJitter() {
      return ev.lastJitter;
    },
  };
}
