/**
 * Keras Tuner's Hyperband schedule (keras_tuner HyperbandOracle, after Li et al. 2018): how many
 * brackets, and in each bracket how many trials run for how many epochs at every rung. Computed
 * exactly as the library does, float rounding included, so the diagram matches what a Keras user
 * sees. Bracket numbers count down: the highest is the most aggressive (many trials, 1 epoch),
 * bracket 0 is plain random search at max_epochs.
 */
import { correctLog } from './correctLog.ts';

/** One rung: `trials` models trained up to `epochs` (cumulative; survivors resume training). */
export interface Rung {
  readonly trials: number;
  readonly epochs: number;
}

export interface Bracket {
  /** Keras Tuner's bracket_num (s in Li et al.). */
  readonly index: number;
  readonly rungs: readonly Rung[];
}

export interface HyperbandSchedule {
  readonly maxEpochs: number;
  readonly factor: number;
  /** In the order the tuner runs them: most aggressive first. */
  readonly brackets: readonly Bracket[];
}

/** Keras Tuner's _get_num_brackets: how often max_epochs divides by factor while >= min_epochs. */
export function bracketCount(maxEpochs: number, factor: number, minEpochs = 1): number {
  let epochs = maxEpochs;
  let brackets = 0;
  while (epochs >= minEpochs) {
    epochs /= factor;
    brackets += 1;
  }
  return brackets;
}

/** _get_size: trials in a rung, so that every bracket spends about the same epochs. */
export function rungSize(maxEpochs: number, factor: number, bracket: number, rung: number): number {
  const bracket0EndSize = Math.ceil(1 + logBase(maxEpochs, factor));
  const endSize = bracket0EndSize / (bracket + 1);
  return Math.ceil(endSize * factor ** (bracket - rung));
}

/** _get_epochs: the cumulative epochs a model of this rung is trained to. */
export function rungEpochs(
  maxEpochs: number,
  factor: number,
  bracket: number,
  rung: number,
): number {
  return Math.ceil(maxEpochs / factor ** (bracket - rung));
}

/**
 * Python's math.log(x, base): log(x) / log(base), each rounded as glibc rounds it. Not V8's
 * Math.log, which is an ulp off for log(3), so log(81, 3) would be 4.000000000000001 and 98 trials
 * instead of 81; and not rounded to a nearby integer either, since Python does not: log(15625, 5)
 * is 6.000000000000001 there and Keras Tuner starts 17858 trials, not 15625.
 */
function logBase(x: number, base: number): number {
  return correctLog(x) / correctLog(base);
}

/** Checks the inputs the way the tuner does, with a message that says what to change. */
export function validateHyperband(maxEpochs: number, factor: number): string | null {
  if (!Number.isInteger(factor) || factor < 2) return 'factor must be an integer of at least 2';
  if (!Number.isInteger(maxEpochs) || maxEpochs < 1) return 'max epochs must be a whole number ≥ 1';
  return null;
}

/** The whole schedule of one Hyperband iteration. */
export function hyperbandSchedule(maxEpochs: number, factor: number): HyperbandSchedule {
  const problem = validateHyperband(maxEpochs, factor);
  if (problem) throw new RangeError(problem);
  const count = bracketCount(maxEpochs, factor);
  const brackets: Bracket[] = [];
  for (let b = count - 1; b >= 0; b--) {
    const rungs: Rung[] = [];
    for (let r = 0; r <= b; r++) {
      rungs.push({
        trials: rungSize(maxEpochs, factor, b, r),
        epochs: rungEpochs(maxEpochs, factor, b, r),
      });
    }
    brackets.push({ index: b, rungs });
  }
  return { maxEpochs, factor, brackets };
}

/**
 * Epochs a bracket costs when survivors resume from their checkpoint (Keras Tuner passes
 * initial_epoch): each rung trains its models only from the previous rung's epochs onwards.
 */
export function bracketEpochs(bracket: Bracket): number {
  let total = 0;
  let previous = 0;
  for (const rung of bracket.rungs) {
    total += rung.trials * (rung.epochs - previous);
    previous = rung.epochs;
  }
  return total;
}
