/**
 * The bookkeeping of one Hyperband iteration, rung by rung as Keras Tuner runs it, apart from where
 * the learning curves come from: each bracket samples its first rung at random, trains every model
 * to the rung's epochs, keeps the best by the validation loss observed at the rung's last epoch for
 * the next rung (which resumes them), and so on. A trial whose training diverged counts as loss
 * +Infinity: it is never promoted.
 *
 * The book asks for one training at a time (next) and is told its outcome (record), so the same
 * logic serves a synchronous curve source (the synthetic curves) and an asynchronous one (a network
 * trained in a worker), and can be looked at between two trainings (snapshot) to draw progress.
 */
import type { CurveConfig } from './curves.ts';
import {
  bracketEpochs,
  hyperbandSchedule,
  type Bracket,
  type HyperbandSchedule,
} from './schedule.ts';

export interface HbTrial {
  readonly id: number;
  readonly config: CurveConfig;
  /** The last rung it was trained in (0-based). */
  readonly rung: number;
  /** Epochs it was trained for (a diverged trial stops before its rung's epochs). */
  readonly epochs: number;
  /** Observed loss at every epoch 1..n (a diverged trial's failing epoch is left out). */
  readonly curve: readonly number[];
  /** True when its training diverged: its loss counts as +Infinity. */
  readonly diverged: boolean;
}

export interface HbBracketRun<T extends HbTrial = HbTrial> {
  readonly index: number;
  readonly trials: readonly T[];
  /** The trial that reached the last rung with the lowest observed loss; null if none did. */
  readonly winner: T | null;
  /** Epochs charged to the bracket, survivors resuming from their checkpoint (Keras' count). */
  readonly epochs: number;
}

export interface HbRun<T extends HbTrial = HbTrial> {
  readonly schedule: HyperbandSchedule;
  readonly brackets: readonly HbBracketRun<T>[];
  readonly totalEpochs: number;
  readonly totalModels: number;
  /** The best bracket winner by observed final loss; null if no bracket has one. */
  readonly best: T | null;
}

/** One training the book asks for: bring `trial` from `from` epochs (done) to `to`. */
export interface TrainRequest {
  /** Bracket number (Keras' bracket_num) and 0-based position of the rung in it. */
  readonly bracket: number;
  readonly rung: number;
  readonly trial: HbTrial;
  readonly from: number;
  readonly to: number;
  /** 0-based count of trainings asked for before this one in the iteration. */
  readonly index: number;
}

/** What the curve source answers. */
export interface TrainAnswer {
  /** Validation losses at epochs from+1.. up to `to`, or up to the epoch that diverged. */
  readonly losses: readonly number[];
  /** True when the training diverged at the last epoch of `losses`. */
  readonly diverged: boolean;
}

/** A synchronous curve source (the synthetic curves). */
export type CurveSource = (req: TrainRequest) => TrainAnswer;
/** An asynchronous one (a network); it rejects when cancelled. */
export type AsyncCurveSource = (req: TrainRequest, signal: AbortSignal) => Promise<TrainAnswer>;

export interface HyperbandBook {
  readonly schedule: HyperbandSchedule;
  /** The next training to run, or null when the iteration is over. */
  next(): TrainRequest | null;
  /** The outcome of the training `next` returned last. */
  record(answer: TrainAnswer): void;
  /** The run so far: finished brackets, the current one as far as it went. */
  snapshot(): HbRun;
  /** Trainings at most (the schedule's; fewer when trials diverge). */
  readonly plannedTrainings: number;
  /** Epochs charged when every trial survives as scheduled (the schedule's budget). */
  readonly plannedEpochs: number;
}

interface MutableTrial {
  id: number;
  config: CurveConfig;
  rung: number;
  epochs: number;
  curve: number[];
  diverged: boolean;
}

/** Last observed loss of a trial, +Infinity when it diverged or has none. */
export function lastLoss(t: HbTrial): number {
  const v = t.curve.at(-1);
  return t.diverged || v === undefined || !Number.isFinite(v) ? Infinity : v;
}

const byLastLoss = (a: HbTrial, b: HbTrial) => lastLoss(a) - lastLoss(b) || a.id - b.id;

export function createHyperbandBook(
  maxEpochs: number,
  factor: number,
  sample: (id: number) => CurveConfig,
): HyperbandBook {
  const schedule = hyperbandSchedule(maxEpochs, factor);
  const done: HbBracketRun[] = [];
  let bi = 0;
  let ri = 0;
  let trials: MutableTrial[] = [];
  let queue: MutableTrial[] = [];
  let pending: { trial: MutableTrial; from: number; to: number } | null = null;
  let nextId = 0;
  let asked = 0;
  let started = false;

  const bracket = (): Bracket | undefined => schedule.brackets[bi];

  /** Sets up the rung (ri) of the bracket (bi): samples the first, keeps the best for later ones. */
  const openRung = (): void => {
    const b = bracket();
    const rung = b?.rungs[ri];
    if (!b || !rung) return;
    if (ri === 0) {
      trials = Array.from({ length: rung.trials }, () => {
        const id = nextId++;
        return { id, config: sample(id), rung: 0, epochs: 0, curve: [], diverged: false };
      });
      queue = [...trials];
    } else {
      queue = trials
        .filter((t) => t.rung === ri - 1 && !t.diverged)
        .sort(byLastLoss)
        .slice(0, rung.trials);
    }
  };

  const closeBracket = (): void => {
    const b = bracket();
    if (!b) return;
    done.push(bracketRun(b.index, trials, b.rungs.length - 1));
    bi += 1;
    ri = 0;
    trials = [];
    openRung();
  };

  /** Moves on to the next rung or bracket until there is something to train or nothing left. */
  const advance = (): void => {
    while (queue.length === 0 && bracket()) {
      const b = bracket() as Bracket;
      if (ri + 1 < b.rungs.length) {
        ri += 1;
        openRung();
      } else {
        closeBracket();
      }
    }
  };

  const plannedTrainings = schedule.brackets.reduce(
    (s, b) => s + b.rungs.reduce((n, r) => n + r.trials, 0),
    0,
  );
  const plannedEpochs = schedule.brackets.reduce((s, b) => s + bracketEpochs(b), 0);

  return {
    schedule,
    plannedTrainings,
    plannedEpochs,
    next() {
      if (pending) throw new Error('record the last training before asking for the next');
      if (!started) {
        started = true;
        openRung();
      }
      advance();
      const b = bracket();
      const t = queue[0];
      const rung = b?.rungs[ri];
      if (!b || !t || !rung) return null;
      pending = { trial: t, from: t.epochs, to: rung.epochs };
      return {
        bracket: b.index,
        rung: ri,
        trial: freeze(t),
        from: t.epochs,
        to: rung.epochs,
        index: asked++,
      };
    },
    record(answer) {
      if (!pending) throw new Error('no training was asked for');
      const { trial, from, to } = pending;
      const n = Math.min(answer.losses.length, to - from);
      const kept = answer.diverged ? Math.max(0, n - 1) : n;
      for (let k = 0; k < kept; k++) trial.curve.push(answer.losses[k] as number);
      trial.epochs = from + (answer.diverged ? n : to - from);
      trial.rung = ri;
      trial.diverged = answer.diverged;
      queue.shift();
      pending = null;
      advance();
    },
    snapshot() {
      const brackets = [...done];
      const b = bracket();
      if (b && trials.length) brackets.push(bracketRun(b.index, trials, b.rungs.length - 1));
      return summarize(schedule, brackets, nextId);
    },
  };
}

function freeze(t: MutableTrial): HbTrial {
  return { ...t, curve: [...t.curve] };
}

function bracketRun(
  index: number,
  trials: readonly MutableTrial[],
  lastRung: number,
): HbBracketRun {
  const frozen = trials.map(freeze);
  const finalists = frozen.filter((t) => t.rung === lastRung && !t.diverged && t.curve.length);
  return {
    index,
    trials: frozen,
    winner: [...finalists].sort(byLastLoss)[0] ?? null,
    epochs: frozen.reduce((s, t) => s + t.epochs, 0),
  };
}

/** The run's totals and best winner over its brackets. */
export function summarize<T extends HbTrial>(
  schedule: HyperbandSchedule,
  brackets: readonly HbBracketRun<T>[],
  totalModels: number,
): HbRun<T> {
  const winners = brackets.flatMap((b) => (b.winner ? [b.winner] : []));
  return {
    schedule,
    brackets,
    totalEpochs: brackets.reduce((s, b) => s + b.epochs, 0),
    totalModels,
    best: [...winners].sort(byLastLoss)[0] ?? null,
  };
}

/** Runs a whole iteration on a synchronous source. */
export function runHyperband(book: HyperbandBook, source: CurveSource): HbRun {
  for (let req = book.next(); req; req = book.next()) book.record(source(req));
  return book.snapshot();
}

/**
 * Runs a whole iteration on an asynchronous source, one training at a time, calling `onProgress`
 * after each. Rejects (with the source's error) when the signal aborts: the caller then drops the
 * run, so nothing half-done is ever recorded.
 */
export async function runHyperbandAsync(
  book: HyperbandBook,
  source: AsyncCurveSource,
  signal: AbortSignal,
  onProgress: (run: HbRun, last: TrainRequest) => void = () => undefined,
): Promise<HbRun> {
  for (let req = book.next(); req; req = book.next()) {
    signal.throwIfAborted();
    const answer = await source(req, signal);
    signal.throwIfAborted();
    book.record(answer);
    onProgress(book.snapshot(), req);
  }
  return book.snapshot();
}
