/**
 * The network screen's MLP as a Hyperband curve source: a trial's (log10 learning rate, dropout)
 * with every other hyperparameter at the network screen's default, its validation loss per epoch as
 * the learning curve, trained in the page's training worker.
 *
 * Keras Tuner resumes a promoted model from its checkpoint. The trainer here is seeded and
 * deterministic on a given backend, so retraining from scratch with the same seed to the next
 * rung's epochs reproduces the earlier epochs exactly (a test checks it on the cpu backend, and
 * every retraining is compared with the epochs recorded before): the curve goes on from where it
 * stopped, and only the resumed epochs are charged, as Keras counts them.
 */
import { decode, defaultFixed, type TrainConfig } from '../../nn/hyperparams.ts';
import { trialSeed, type EpochMetrics } from '../../nn/train/trainer.ts';
import type { RunningTrial } from '../../nn/worker/client.ts';
import type { AsyncCurveSource, TrainRequest } from './book.ts';
import type { CurveConfig } from './curves.ts';

/** The trainer's side a source needs (a TrainerClient whose data is uploaded). */
export interface Trainer {
  train(config: TrainConfig, seed: number, onEpoch: (m: EpochMetrics) => void): RunningTrial;
}

/** The training configuration of a Hyperband trial trained to `epochs`. */
export function networkConfig(c: CurveConfig, epochs: number): TrainConfig {
  return { ...decode(['lr', 'dropout'], [c.logLr, c.dropout], defaultFixed()), epochs };
}

/** A run stopped by its AbortSignal (Cancel, a changed control, the figure unmounting). */
export class HbCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'HbCancelledError';
  }
}

/** What the source counts as it trains, for the figure's honest numbers. */
export interface NetworkTally {
  /** Epochs actually computed, the retrained ones included. */
  trainedEpochs: number;
  /** Retrainings whose replayed epochs were compared with the recorded ones, and how many differed. */
  replays: number;
  replayMismatches: number;
}

export function networkSource(
  trainer: Trainer,
  seed: number,
  onEpoch: (req: TrainRequest, m: EpochMetrics) => void = () => undefined,
): { source: AsyncCurveSource; tally: NetworkTally } {
  const tally: NetworkTally = { trainedEpochs: 0, replays: 0, replayMismatches: 0 };
  const source: AsyncCurveSource = async (req, signal) => {
    signal.throwIfAborted();
    const { trial, from, to } = req;
    const run = trainer.train(networkConfig(trial.config, to), trialSeed(seed, trial.id), (m) => {
      if (!signal.aborted) onEpoch(req, m);
    });
    const onAbort = () => run.cancel();
    signal.addEventListener('abort', onAbort, { once: true });
    let result;
    try {
      result = await run.done;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    if (result.status === 'cancelled' || signal.aborted) throw new HbCancelledError();
    tally.trainedEpochs += result.epochs.length;
    if (from > 0) {
      tally.replays += 1;
      const same = trial.curve.every((v, k) => result.epochs[k]?.valLoss === v);
      if (!same) tally.replayMismatches += 1;
    }
    return {
      losses: result.epochs.slice(from).map((e) => e.valLoss),
      diverged: result.status === 'diverged',
    };
  };
  return { source, tally };
}
