/**
 * Defaults of the seed example (bayes_opt's budget: 2 random + 14 EI iterations, xi 0.01, Matern
 * 5/2) with the modern model preset; `model: 'bayes_opt'` gives bayes_opt's own GP and search.
 */
import type { Bounds, LoopConfig } from './types.ts';

export const DEFAULT_LOOP: Omit<LoopConfig, 'bounds' | 'goal'> = {
  model: 'default',
  initPoints: 2,
  initDesign: 'random',
  iterations: 14,
  acquisition: { type: 'ei', xi: 0.01 },
  kernel: { type: 'matern52', lengthScale: 1, variance: 1 },
  fitKernel: true,
  alpha: 1e-6,
  normalizeY: true,
  restarts: 5,
  candidates: 10_000,
  localStarts: 10,
  strategy: 'bo',
  seed: 0,
};

export function defaultConfig(bounds: Bounds, goal: LoopConfig['goal']): LoopConfig {
  return { ...DEFAULT_LOOP, bounds, goal };
}
