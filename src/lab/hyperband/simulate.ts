/**
 * One Hyperband iteration on the synthetic learning curves: the bookkeeping of book.ts fed by the
 * seeded curves of curves.ts. Records every trial's curve up to where it stopped, and what it would
 * have reached at max_epochs, so the figure can show the models that early stopping got wrong.
 */
import {
  createHyperbandBook,
  runHyperband,
  summarize,
  type CurveSource,
  type HbBracketRun,
  type HbRun,
  type HbTrial,
} from './book.ts';
import { observedLoss, sampleConfig, trueLoss } from './curves.ts';

/** A trial on the synthetic curves, with the truth early stopping guesses at. */
export interface SimTrial extends HbTrial {
  /** Noise-free loss had it been trained to max_epochs. */
  readonly trueFinal: number;
}

export interface SimBracketRun extends HbBracketRun<SimTrial> {
  /** Never null here: the synthetic curves do not diverge. */
  readonly winner: SimTrial;
  /** The trial of this bracket with the lowest true final loss. */
  readonly trueBest: SimTrial;
  /** Trials stopped early whose true final loss beats the winner's: early stopping's errors. */
  readonly wronglyStopped: number;
}

export interface SimRun extends HbRun<SimTrial> {
  readonly brackets: readonly SimBracketRun[];
  readonly best: SimTrial;
}

/** The synthetic curves as a curve source: seeded noisy observations, instant. */
export function syntheticSource(noise: number, seed: number): CurveSource {
  return ({ trial, from, to }) => ({
    losses: Array.from({ length: to - from }, (_, k) =>
      observedLoss(trial.config, from + 1 + k, noise, seed, trial.id),
    ),
    diverged: false,
  });
}

export function simulateHyperband(
  maxEpochs: number,
  factor: number,
  noise: number,
  seed: number,
): SimRun {
  const book = createHyperbandBook(maxEpochs, factor, (id) => sampleConfig(seed, id));
  const run = runHyperband(book, syntheticSource(noise, seed));
  const brackets = run.brackets.map((b): SimBracketRun => {
    const trials = b.trials.map((t) => ({ ...t, trueFinal: trueLoss(t.config, maxEpochs) }));
    const lastRung =
      (run.schedule.brackets.find((s) => s.index === b.index)?.rungs.length ?? 1) - 1;
    const pick = (t: HbTrial | null) => trials.find((u) => u.id === t?.id);
    const winner = pick(b.winner) as SimTrial;
    const trueBest = [...trials].sort((x, y) => x.trueFinal - y.trueFinal)[0] as SimTrial;
    const wronglyStopped = trials.filter(
      (t) => t.rung < lastRung && t.trueFinal < winner.trueFinal,
    ).length;
    return { ...b, trials, winner, trueBest, wronglyStopped };
  });
  const summary = summarize(run.schedule, brackets, run.totalModels);
  return { ...summary, brackets, best: summary.best as SimTrial };
}

/**
 * Random search with the same epoch budget: floor(budget / max_epochs) models trained fully, fresh
 * configurations from their own stream. Its best observed final loss, for comparison.
 */
export function randomSearchSameBudget(
  maxEpochs: number,
  totalEpochs: number,
  noise: number,
  seed: number,
): { models: number; bestObserved: number; bestTrue: number } {
  const models = Math.max(1, Math.floor(totalEpochs / maxEpochs));
  let bestObserved = Infinity;
  let bestTrue = Infinity;
  for (let k = 0; k < models; k++) {
    const id = 100_000 + k;
    const c = sampleConfig(seed + 7919, id);
    const v = observedLoss(c, maxEpochs, noise, seed + 7919, id);
    if (v < bestObserved) {
      bestObserved = v;
      bestTrue = trueLoss(c, maxEpochs);
    }
  }
  return { models, bestObserved, bestTrue };
}
