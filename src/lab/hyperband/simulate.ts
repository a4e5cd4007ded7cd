/**
 * One Hyperband iteration on the synthetic learning curves, rung by rung as Keras Tuner runs it:
 * each bracket samples its first rung at random, trains every model to the rung's epochs, keeps
 * the best by observed validation loss for the next rung (which resumes them), and so on. Records
 * every trial's curve up to where it stopped, and what it would have reached at max_epochs, so the
 * figure can show the models that early stopping got wrong.
 */
import { observedLoss, sampleConfig, trueLoss, type CurveConfig } from './curves.ts';
import { bracketEpochs, hyperbandSchedule, type HyperbandSchedule } from './schedule.ts';

export interface HbTrial {
  readonly id: number;
  readonly config: CurveConfig;
  /** The last rung it was trained in (0-based). */
  readonly rung: number;
  /** Epochs it was trained for. */
  readonly epochs: number;
  /** Observed loss at every epoch 1..epochs. */
  readonly curve: number[];
  /** Noise-free loss had it been trained to max_epochs: the truth early stopping guesses at. */
  readonly trueFinal: number;
}

export interface HbBracketRun {
  readonly index: number;
  readonly trials: HbTrial[];
  /** The trial that reached the last rung with the lowest observed loss. */
  readonly winner: HbTrial;
  /** The trial of this bracket with the lowest true final loss. */
  readonly trueBest: HbTrial;
  /** Trials stopped early whose true final loss beats the winner's: early stopping's errors. */
  readonly wronglyStopped: number;
  readonly epochs: number;
}

export interface HbRun {
  readonly schedule: HyperbandSchedule;
  readonly brackets: HbBracketRun[];
  readonly totalEpochs: number;
  readonly totalModels: number;
  /** The best observed final loss over all brackets. */
  readonly best: HbTrial;
}

export function simulateHyperband(
  maxEpochs: number,
  factor: number,
  noise: number,
  seed: number,
): HbRun {
  const schedule = hyperbandSchedule(maxEpochs, factor);
  let nextId = 0;
  const brackets = schedule.brackets.map((bracket): HbBracketRun => {
    const first = bracket.rungs[0];
    const trials = Array.from({ length: first?.trials ?? 0 }, () => {
      const id = nextId++;
      return { id, config: sampleConfig(seed, id), rung: 0, epochs: 0, curve: [] as number[] };
    });
    let alive = trials;
    bracket.rungs.forEach((rung, r) => {
      if (r > 0) {
        // Keep the best by the loss observed at the previous rung's last epoch.
        alive = [...alive]
          .sort((a, b) => (a.curve.at(-1) as number) - (b.curve.at(-1) as number))
          .slice(0, rung.trials);
      }
      for (const t of alive) {
        for (let e = t.epochs + 1; e <= rung.epochs; e++) {
          t.curve.push(observedLoss(t.config, e, noise, seed, t.id));
        }
        t.epochs = rung.epochs;
        t.rung = r;
      }
    });
    const done: HbTrial[] = trials.map((t) => ({ ...t, trueFinal: trueLoss(t.config, maxEpochs) }));
    const lastRung = bracket.rungs.length - 1;
    const finalists = done.filter((t) => t.rung === lastRung);
    const byObserved = (a: HbTrial, b: HbTrial) =>
      (a.curve.at(-1) as number) - (b.curve.at(-1) as number);
    const winner = [...finalists].sort(byObserved)[0] as HbTrial;
    const trueBest = [...done].sort((a, b) => a.trueFinal - b.trueFinal)[0] as HbTrial;
    const wronglyStopped = done.filter(
      (t) => t.rung < lastRung && t.trueFinal < winner.trueFinal,
    ).length;
    return {
      index: bracket.index,
      trials: done,
      winner,
      trueBest,
      wronglyStopped,
      epochs: bracketEpochs(bracket),
    };
  });
  const best = brackets
    .map((b) => b.winner)
    .sort((a, b) => (a.curve.at(-1) as number) - (b.curve.at(-1) as number))[0] as HbTrial;
  return {
    schedule,
    brackets,
    totalEpochs: brackets.reduce((s, b) => s + b.epochs, 0),
    totalModels: nextId,
    best,
  };
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
