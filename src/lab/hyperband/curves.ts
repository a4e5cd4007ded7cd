/**
 * A synthetic learning-curve objective for Hyperband: each configuration (log10 learning rate,
 * dropout) has a validation-loss curve over epochs. Large learning rates learn fast but plateau
 * high; small ones, and more dropout, learn slowly but end lower, so curves cross and a rung that
 * judges at few epochs can stop a model that would have won. Observations carry seeded noise,
 * fixed per (configuration, epoch), so re-reading a curve gives the same numbers.
 */
import { stepRng } from '../../bo/seeding.ts';

export interface CurveConfig {
  /** log10 of the learning rate, in [-4, -1]. */
  readonly logLr: number;
  /** Dropout rate, in [0, 0.6]. */
  readonly dropout: number;
}

export const LOG_LR_RANGE = [-4, -1] as const;
export const DROPOUT_RANGE = [0, 0.6] as const;
const START_LOSS = 2.3;

/** The loss the model converges to (noise-free): best near lr = 10^-2.6 with some dropout. */
export function finalLoss(c: CurveConfig): number {
  return 0.18 + 0.11 * (c.logLr + 2.6) ** 2 + 0.5 * (c.dropout - 0.35) ** 2;
}

/** Epochs to cover 63% of the way down: fast for large learning rates, slower with dropout. */
export function timeConstant(c: CurveConfig): number {
  return 0.6 * 10 ** (-0.75 * (c.logLr + 1)) * (1 + 2.5 * c.dropout);
}

/** Noise-free validation loss after `epoch` epochs (epoch 0: the untrained model). */
export function trueLoss(c: CurveConfig, epoch: number): number {
  const f = finalLoss(c);
  return f + (START_LOSS - f) * Math.exp(-epoch / timeConstant(c));
}

/** The observed loss after `epoch` epochs: the true loss plus seeded Gaussian noise. */
export function observedLoss(
  c: CurveConfig,
  epoch: number,
  noise: number,
  seed: number,
  trial: number,
): number {
  const rng = stepRng(seed, 60 + (trial % 1000), epoch);
  // Trials beyond 1000 reuse streams but differ in config, so their noise still differs in effect.
  return trueLoss(c, epoch) + noise * rng.normal();
}

/** The k-th random configuration of a seeded search. */
export function sampleConfig(seed: number, k: number): CurveConfig {
  const rng = stepRng(seed, 59, k);
  return {
    logLr: rng.uniform(LOG_LR_RANGE[0], LOG_LR_RANGE[1]),
    dropout: rng.uniform(DROPOUT_RANGE[0], DROPOUT_RANGE[1]),
  };
}
