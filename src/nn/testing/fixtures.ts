/** Small splits for the trainer's tests: fast enough to train dozens of times on tfjs cpu. */
import { splitAndStandardize } from '../data/split.ts';
import { makeSynthetic, type SyntheticId } from '../data/synthetic.ts';
import type { SplitData } from '../data/types.ts';
import { decode, defaultFixed, type HpId, type TrainConfig } from '../hyperparams.ts';

export function smallSplit(id: SyntheticId = 'xor', n = 200, noise = 0.05): SplitData {
  return splitAndStandardize(makeSynthetic(id, { n, noise, seed: 1 }), 0.2, 0);
}

/** The defaults with some hyperparameters overridden (search units). */
export function config(over: Partial<Record<HpId, number>> = {}): TrainConfig {
  const ids = Object.keys(over) as HpId[];
  return decode(
    ids,
    ids.map((id) => over[id] as number),
    defaultFixed(),
  );
}
