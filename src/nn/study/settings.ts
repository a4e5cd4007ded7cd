/**
 * A network study's settings: the dataset, which hyperparameters are searched (and over what
 * range), the fixed values of the others, the strategy and budget, the metric and the seed. Values
 * are in search units (see hyperparams.ts). Named Net* so they are never mistaken for the BO
 * study's StudySettings (store/settings.ts), a different thing.
 */
import { DEFAULT_LOOP } from '../../bo/defaults.ts';
import type { LoopConfig, StrategyId } from '../../bo/types.ts';
import type { DatasetId } from '../data/catalog.ts';
import {
  defaultFixed,
  defaultRanges,
  HP_IDS,
  HP_SPECS,
  searchDim,
  type HpId,
} from '../hyperparams.ts';
import type { Dim } from '../../objectives/types.ts';
import type { BackendChoice } from '../worker/protocol.ts';

export type Metric = 'val-acc' | 'val-loss';

export interface NetStudySettings {
  readonly dataset: DatasetId;
  /** Noise of the synthetic 2D sets (ignored for the real ones). */
  readonly noise: number;
  /** Searched hyperparameters, in order; the first two are the 2D view's x and y. */
  readonly searched: readonly HpId[];
  readonly ranges: Readonly<Record<HpId, readonly [number, number]>>;
  readonly fixed: Readonly<Record<HpId, number>>;
  readonly strategy: StrategyId;
  readonly initPoints: number;
  readonly iterations: number;
  readonly metric: Metric;
  readonly seed: number;
  readonly backend: BackendChoice;
}

/** The validation share of every split, and the seed of the split and of the synthetic points. */
export const VAL_FRACTION = 0.2;
export const DATA_SEED = 0;

/** The default: digits, log10 learning rate and weight decay in (-5, -1), 3 + 27 trials. */
export function defaultNetSettings(): NetStudySettings {
  return {
    dataset: 'digits',
    noise: 0.1,
    searched: ['lr', 'wd'],
    ranges: defaultRanges(),
    fixed: defaultFixed(),
    strategy: 'bo',
    initPoints: 3,
    iterations: 27,
    metric: 'val-acc',
    seed: 0,
    backend: 'auto',
  };
}

/** The search box's dims, labelled; the order is settings.searched. */
export function searchDims(s: NetStudySettings, label: (id: HpId) => string): Dim[] {
  return s.searched.map((id) => searchDim(id, s.ranges[id], label(id)));
}

export function netLoopConfig(s: NetStudySettings): LoopConfig {
  const dims = s.searched.map((id) => searchDim(id, s.ranges[id], id));
  return {
    ...DEFAULT_LOOP,
    // One length scale per hyperparameter (ARD), each starting at a quarter of its range: hidden
    // units span 4..64 where a log10 learning rate spans -5..-1, so a single isotropic scale would
    // fit one and make the others flat or wildly wiggly (the surrogate then says nothing).
    kernel: { ...DEFAULT_LOOP.kernel, lengthScale: dims.map((d) => (d.max - d.min) / 4) },
    bounds: { lower: dims.map((d) => d.min), upper: dims.map((d) => d.max) },
    goal: s.metric === 'val-acc' ? 'maximize' : 'minimize',
    initPoints: s.initPoints,
    iterations: s.iterations,
    strategy: s.strategy,
    seed: s.seed,
  };
}

/** A problem with the settings, as a message key and its values; null when they can run. */
export interface NetSettingsProblem {
  readonly key: 'netErrNoSearched' | 'netErrRange' | 'netErrBudget' | 'netErrSeed';
  readonly hp?: HpId;
}

export function validateNetSettings(s: NetStudySettings): NetSettingsProblem | null {
  if (s.searched.length === 0) return { key: 'netErrNoSearched' };
  for (const id of s.searched) {
    const [lo, hi] = s.ranges[id];
    const [a, b] = HP_SPECS[id].limit;
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi && lo >= a && hi <= b))
      return { key: 'netErrRange', hp: id };
  }
  for (const id of HP_IDS) {
    const v = s.fixed[id];
    const [a, b] = HP_SPECS[id].limit;
    if (!s.searched.includes(id) && !(Number.isFinite(v) && v >= a && v <= b))
      return { key: 'netErrRange', hp: id };
  }
  const budgetOk = (n: number, min: number) => Number.isInteger(n) && n >= min && n <= 200;
  if (!budgetOk(s.initPoints, 1) || !budgetOk(s.iterations, 0)) return { key: 'netErrBudget' };
  if (!Number.isInteger(s.seed) || s.seed < 0) return { key: 'netErrSeed' };
  return null;
}
