/**
 * Every setting of a study in one place: its type, default, valid range, UI range and CLI range.
 * The store's clamps, the link/session validator, the CLI parser and the panels' sliders all read
 * this table, so a range is written once and a new setting or enum value reaches all of them.
 *
 * - valid: what a study may hold. A link or saved file outside it falls back to the default with a
 *   notice; the store clamps into it.
 * - ui: what the slider or field offers, a subset of valid chosen for teaching (a link may carry a
 *   value beyond it; the slider then sits at its end and the readout shows the true value).
 * - cli: what `run --config` accepts (absent: not a CLI field). Headless runs may be far larger
 *   than a page can draw, so budgets and seeds are wider there.
 *
 * Pure (no React, no DOM): the CLI imports it.
 */
import { ACQUISITION_TYPES, type AcquisitionType } from '../math/acquisition.ts';
import { KERNEL_TYPES, type KernelType } from '../math/types.ts';
import { GOALS, type Goal } from '../objectives/types.ts';

export { ACQUISITION_TYPES, KERNEL_TYPES, GOALS };
export type { AcquisitionType, KernelType, Goal };

/** How the initial points are placed. */
export const INIT_DESIGNS = ['random', 'lhs', 'sobol', 'grid'] as const;
export type InitDesign = (typeof INIT_DESIGNS)[number];

/**
 * The GP model preset. 'default': today's practice (BoTorch's SingleTaskGP, Optuna's GPSampler):
 * inputs in the unit cube, standardized targets, ARD Matern with length-scale priors fitted by MAP,
 * log-EI, no near-duplicate proposals (bo/modelPreset.ts). 'bayes_opt': the python
 * `bayesian-optimization` library's GP (scikit-learn, ML-II), reproduced bit for bit.
 */
export const MODEL_PRESETS = ['default', 'bayes_opt'] as const;
export type ModelPreset = (typeof MODEL_PRESETS)[number];

/** The band drawn around the GP mean: one standard deviation or the 95% interval. */
export const BANDS = ['sigma1', 'ci95'] as const;
export type Band = (typeof BANDS)[number];

/** The 1D cut through the 2D heatmaps shown under them: none, along x (horizontal) or along y. */
export const SLICE_MODES = ['off', 'horizontal', 'vertical'] as const;
export type SliceMode = (typeof SLICE_MODES)[number];

/**
 * The parameter each acquisition reads from the settings (null: none). A table, not a switch: a
 * new acquisition does not compile until it says which one it uses.
 */
export const ACQUISITION_PARAM = {
  ei: 'xi',
  pi: 'xi',
  ucb: 'kappa',
  thompson: null,
} as const satisfies Record<AcquisitionType, 'xi' | 'kappa' | null>;

/** Inclusive bounds; `exclusiveMin` makes the lower one strict (a variance must be > 0). */
export interface Range {
  readonly min: number;
  readonly max: number;
  readonly exclusiveMin?: boolean;
}

export interface NumberSetting {
  readonly kind: 'number';
  readonly default: number;
  readonly integer: boolean;
  readonly valid: Range;
  /** The slider's or field's span and step; `log` places the thumb on log10(value). */
  readonly ui?: Range & { readonly step: number; readonly log?: boolean };
  /** What `run --config` accepts, and where (a dotted path in its JSON). */
  readonly cli?: Range & { readonly path: string };
}

export interface EnumSetting<T extends string> {
  readonly kind: 'enum';
  readonly default: T;
  readonly values: readonly T[];
  /**
   * What a link or session made before this setting existed meant: it opens as it was made, not
   * with today's default.
   */
  readonly absent?: T;
}

export interface BooleanSetting {
  readonly kind: 'boolean';
  readonly default: boolean;
}

export type Setting = NumberSetting | EnumSetting<string> | BooleanSetting;

/** The value type a setting holds. */
export type ValueOf<S> = S extends NumberSetting
  ? number
  : S extends EnumSetting<infer T>
    ? T
    : boolean;
/** The values of a table of settings, field by field. */
export type ValuesOf<T> = { readonly [K in keyof T]: ValueOf<T[K]> };

// Generic so each entry keeps its own shape: a setting with a CLI range is known to have one.
const num = <const T extends Omit<NumberSetting, 'kind' | 'integer'> & { integer?: boolean }>(
  s: T,
): NumberSetting & T => ({ kind: 'number', integer: false, ...s });
const oneOf = <T extends string>(
  values: readonly T[],
  fallback: T,
  absent?: T,
): EnumSetting<T> => ({
  kind: 'enum',
  default: fallback,
  values,
  ...(absent !== undefined && { absent }),
});
const bool = (fallback: boolean): BooleanSetting => ({ kind: 'boolean', default: fallback });

/** Largest seed a study holds: the app's seeded rng and the share links use 31 bits. */
const MAX_SEED = 2 ** 31 - 1;

/**
 * The study's settings (all but the objective, which has its own validation). Defaults are the
 * seed example's (DESIGN.md): 2 random + 14 EI iterations, xi 0.01, Matern 5/2.
 */
export const STUDY_SETTINGS = {
  // Links and sessions from before the presets carry none: they were made with bayes_opt's model.
  model: oneOf(MODEL_PRESETS, 'default', 'bayes_opt'),
  acquisition: oneOf(ACQUISITION_TYPES, 'ei'),
  // xi and kappa: 100 is far past any useful value (bayes_opt's own defaults are 0.01 and 2.576);
  // the sliders span what a lesson needs.
  xi: num({
    default: 0.01,
    valid: { min: 0, max: 100 },
    ui: { min: 0, max: 0.5, step: 0.005 },
    cli: { min: 0, max: 100, path: 'acquisition.xi' },
  }),
  kappa: num({
    default: 2.576,
    valid: { min: 0, max: 100 },
    ui: { min: 0, max: 5, step: 0.01 },
    cli: { min: 0, max: 100, path: 'acquisition.kappa' },
  }),
  kernelType: oneOf(KERNEL_TYPES, 'matern52'),
  /** Fit the length scale by maximum likelihood (else lengthScale and variance are used as set). */
  fitKernel: bool(true),
  // scikit-learn's ML-II bounds (1e-5, 1e5); a fixed length scale far below overflows Matern 5/2.
  // The CLI keeps no upper bound: a huge fixed length scale is a valid (flat) model.
  lengthScale: num({
    default: 1,
    valid: { min: 1e-5, max: 1e5 },
    ui: { min: 0.01, max: 100, step: 0.01, log: true },
    cli: { min: 1e-5, max: Infinity, path: 'kernel.lengthScale' },
  }),
  /**
   * One length scale per dimension (ARD) for objectives of two or more dims: the kernel's
   * lengthScale becomes [l, l, ...], so ML-II fits each on its own. Ignored in 1D.
   */
  ard: bool(false),
  // The CLI accepts any positive variance (math/gp.ts's own rule); a study keeps six decades.
  variance: num({
    default: 1,
    valid: { min: 1e-6, max: 1e6 },
    ui: { min: 0.01, max: 100, step: 0.01, log: true },
    cli: { min: 0, max: Infinity, exclusiveMin: true, path: 'kernel.variance' },
  }),
  initDesign: oneOf(INIT_DESIGNS, 'random'),
  // A page draws at most 250 evaluations; the CLI may run 0 initial points (all BO) and more.
  initPoints: num({
    default: 2,
    integer: true,
    valid: { min: 1, max: 50 },
    ui: { min: 1, max: 50, step: 1 },
    cli: { min: 0, max: 10_000, path: 'initPoints' },
  }),
  iterations: num({
    default: 14,
    integer: true,
    valid: { min: 0, max: 200 },
    ui: { min: 0, max: 200, step: 1 },
    cli: { min: 0, max: 10_000, path: 'iterations' },
  }),
  /** Standard deviation of Gaussian noise added to each evaluation (0: noise-free). */
  noise: num({
    default: 0,
    valid: { min: 0, max: 1e6 },
    ui: { min: 0, max: 1e6, step: 0.01 },
  }),
  seed: num({
    default: 0,
    integer: true,
    valid: { min: 0, max: MAX_SEED },
    ui: { min: 0, max: MAX_SEED, step: 1 },
    cli: { min: 0, max: Number.MAX_SAFE_INTEGER, path: 'seed' },
  }),
} as const;

/** What the plots show; part of a shared study, not of its computation. */
export const VIEW_SETTINGS = {
  showTruth: bool(true),
  band: oneOf(BANDS, 'ci95'),
  // More than 10 paths turn the plot into a grey smear; the slider offers 5.
  sampleCount: num({
    default: 0,
    integer: true,
    valid: { min: 0, max: 10 },
    ui: { min: 0, max: 5, step: 1 },
  }),
  compareAll: bool(false),
  slice: oneOf(SLICE_MODES, 'off'),
} as const;

export type StudySettingValues = ValuesOf<typeof STUDY_SETTINGS>;
export type ViewSettingValues = ValuesOf<typeof VIEW_SETTINGS>;
export type NumberKey<T> = { [K in keyof T]: T[K] extends NumberSetting ? K : never }[keyof T];

/** The defaults of a table of settings, as values. */
export function defaultsOf<T extends Readonly<Record<string, Setting>>>(table: T): ValuesOf<T> {
  const out: Record<string, unknown> = {};
  for (const [key, s] of Object.entries(table)) out[key] = s.default;
  return out as ValuesOf<T>;
}

/** Whether v lies in the range (inclusive, or strictly above min when exclusiveMin). */
export function inRange(v: number, r: Range): boolean {
  return (r.exclusiveMin ? v > r.min : v >= r.min) && v <= r.max;
}

/** "a number in [0, 100]", "an integer in [1, 50]": what a message says was expected. */
export function rangeText(s: NumberSetting, r: Range = s.valid): string {
  const open = r.exclusiveMin ? '(' : '[';
  return `${s.integer ? 'an integer' : 'a number'} in ${open}${r.min}, ${r.max}]`;
}

/**
 * A value the study may hold: rounded if the setting is an integer, clamped into the valid range;
 * NaN (a cleared field) becomes the default.
 */
export function clampSetting(s: NumberSetting, v: number): number {
  if (Number.isNaN(v)) return s.default;
  const r = s.integer ? Math.round(v) : v;
  return Math.min(s.valid.max, Math.max(s.valid.min, r));
}
