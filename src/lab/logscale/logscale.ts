/**
 * Log-scale sampling. A learning rate drawn uniformly from [1e-4, 1] lands in [0.1, 1] nine times
 * in ten; drawn log-uniformly (alpha = 10^r, r uniform in [-4, 0]) every decade gets a quarter.
 * Momentum's beta in [0.9, 0.999] is drawn through 1 - beta = 10^r, r in [-3, -1], because what
 * matters is the averaging window 1 / (1 - beta): 0.9 -> 0.9005 barely moves it, 0.999 -> 0.9995
 * doubles it.
 */
import type { Rng } from '../../math/rng.ts';
import { fromUnit, type ScaledInterval } from '../../math/samplers.ts';

export const LR_MIN = 1e-4;
export const LR_MAX = 1;
export const BETA_MIN = 0.9;
export const BETA_MAX = 0.999;

/** How a learning rate is drawn: uniform in value, or uniform in its exponent. */
export type LrSampling = 'uniform' | 'logUniform';
/** How a beta is drawn: uniform in value, or uniform in log10(1 - beta). */
export type BetaSampling = 'uniform' | 'reverseLog';

function sample(n: number, dim: ScaledInterval, rng: Rng): Float64Array {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`n must be a non-negative integer, got ${n}`);
  return Float64Array.from({ length: n }, () => fromUnit(rng.next(), dim));
}

export function sampleLearningRates(n: number, how: LrSampling, rng: Rng): Float64Array {
  return sample(
    n,
    { min: LR_MIN, max: LR_MAX, scale: how === 'uniform' ? 'linear' : 'log10' },
    rng,
  );
}

export function sampleBetas(n: number, how: BetaSampling, rng: Rng): Float64Array {
  return sample(
    n,
    { min: BETA_MIN, max: BETA_MAX, scale: how === 'uniform' ? 'linear' : 'reverseLog' },
    rng,
  );
}

/** The decades [10^k, 10^(k+1)) covering [10^loExp, 10^hiExp], as exponents k. */
export function decades(loExp: number, hiExp: number): number[] {
  return Array.from({ length: hiExp - loExp }, (_, i) => loExp + i);
}

/**
 * Share of values in each decade [10^k, 10^(k+1)), k = loExp .. hiExp - 1; the top decade also
 * takes its right edge.
 */
export function decadeShares(values: ArrayLike<number>, loExp: number, hiExp: number): number[] {
  const counts = new Array<number>(hiExp - loExp).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(v > 0)) continue;
    let k = Math.floor(Math.log10(v));
    // log10 of an exact power of ten can come out a hair low.
    if (10 ** (k + 1) <= v) k++;
    if (k === hiExp && v === 10 ** hiExp) k = hiExp - 1;
    if (k >= loExp && k < hiExp) counts[k - loExp] = (counts[k - loExp] as number) + 1;
  }
  return counts.map((c) => (values.length ? c / values.length : NaN));
}

/** The exact share of decade [10^k, 10^(k+1)) under uniform sampling of [lo, hi]. */
export function uniformDecadeShare(k: number, lo: number, hi: number): number {
  const a = Math.max(lo, 10 ** k);
  const b = Math.min(hi, 10 ** (k + 1));
  return Math.max(0, b - a) / (hi - lo);
}

/** The exact share of decade [10^k, 10^(k+1)) under log-uniform sampling of [lo, hi]. */
export function logUniformDecadeShare(k: number, lo: number, hi: number): number {
  const a = Math.max(Math.log10(lo), k);
  const b = Math.min(Math.log10(hi), k + 1);
  return Math.max(0, b - a) / (Math.log10(hi) - Math.log10(lo));
}

/** The number of past steps momentum averages over, about 1 / (1 - beta). */
export function averagingWindow(beta: number): number {
  if (!(beta < 1)) throw new RangeError(`beta must be < 1, got ${beta}`);
  return 1 / (1 - beta);
}

/** beta for r = log10(1 - beta) and back: the reverse-log coordinate. */
export const betaFromExponent = (r: number): number => 1 - 10 ** r;
export const exponentOfBeta = (beta: number): number => Math.log10(1 - beta);

/** What a step of `delta` in beta does to the averaging window. */
export interface BetaStep {
  readonly beta: number;
  readonly next: number;
  readonly window: number;
  readonly nextWindow: number;
  /** nextWindow / window. */
  readonly ratio: number;
}

export function betaStep(beta: number, delta: number): BetaStep {
  const next = beta + delta;
  const window = averagingWindow(beta);
  const nextWindow = averagingWindow(next);
  return { beta, next, window, nextWindow, ratio: nextWindow / window };
}

/** The exact share of beta values below b, for either way of drawing beta in [BETA_MIN, BETA_MAX]. */
export function betaShareBelow(b: number, how: BetaSampling): number {
  const u =
    how === 'uniform'
      ? (b - BETA_MIN) / (BETA_MAX - BETA_MIN)
      : (exponentOfBeta(BETA_MIN) - exponentOfBeta(b)) /
        (exponentOfBeta(BETA_MIN) - exponentOfBeta(BETA_MAX));
  return Math.min(1, Math.max(0, u));
}
