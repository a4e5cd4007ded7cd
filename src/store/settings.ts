/**
 * What the user chose for a study, and how it becomes the loop's config and objective. Settings
 * are plain data (they go into links and saved files); objects with functions are derived.
 */
import { DEFAULT_LOOP } from '../bo/defaults.ts';
import {
  defaultsOf,
  STUDY_SETTINGS,
  type AcquisitionType,
  type StudySettingValues,
} from '../bo/settingsSchema.ts';
import type { LoopConfig } from '../bo/types.ts';
import type { AcquisitionSpec } from '../math/acquisition.ts';
import { validateAppDims } from '../objectives/dims.ts';
import { compileFormula } from '../objectives/formula.ts';
import { DEFAULT_OBJECTIVE_ID, getObjective } from '../objectives/registry.ts';
import type { Dim, Goal, Objective } from '../objectives/types.ts';

export type { AcquisitionType };

export type ObjectiveChoice =
  | { readonly kind: 'registry'; readonly id: string }
  | {
      readonly kind: 'formula';
      readonly source: string;
      readonly dims: readonly Dim[];
      readonly goal: Goal;
    }
  /**
   * A study brought from a file, with no formula: the user runs each trial in their own tool and
   * records its value (the app only suggests where).
   */
  | {
      readonly kind: 'study';
      readonly name: string;
      readonly dims: readonly Dim[];
      readonly goal: Goal;
    };

/** The id of the objective a file study resolves to: its f is NaN everywhere (no formula). */
export const FILE_STUDY_ID = 'file-study';

/** Whether an objective has no formula: values come only from the user (a file study). */
export function hasNoFormula(objective: Pick<Objective, 'id'>): boolean {
  return objective.id === FILE_STUDY_ID;
}

/**
 * A study's settings: the objective, and one field per entry of the schema (bo/settingsSchema.ts),
 * where each one's type, default and ranges are written.
 */
export type StudySettings = { readonly objective: ObjectiveChoice } & StudySettingValues;

export const DEFAULT_SETTINGS: StudySettings = {
  objective: { kind: 'registry', id: DEFAULT_OBJECTIVE_ID },
  ...defaultsOf(STUDY_SETTINGS),
};

export function acquisitionSpec(s: StudySettings): AcquisitionSpec {
  switch (s.acquisition) {
    case 'ei':
    case 'pi':
      return { type: s.acquisition, xi: s.xi };
    case 'ucb':
      return { type: 'ucb', kappa: s.kappa };
    case 'thompson':
      return { type: 'thompson' };
  }
}

const formulaCache = new Map<string, Objective | string>();

/** The objective a choice names, or an error message (unknown id, formula that does not compile). */
export function resolveObjective(choice: ObjectiveChoice): Objective | string {
  if (choice.kind === 'registry') {
    return getObjective(choice.id) ?? `Unknown objective "${choice.id}"`;
  }
  // The app shows up to MAX_APP_DIMS dims: a study of more is refused, never drawn with some dropped.
  const dimsProblem = validateAppDims(choice.dims);
  if (dimsProblem !== undefined) return dimsProblem;
  const key = JSON.stringify(choice);
  const hit = formulaCache.get(key);
  if (hit) return hit;
  if (choice.kind === 'study') {
    const study: Objective = {
      id: FILE_STUDY_ID,
      title: choice.name,
      description: '',
      dims: choice.dims,
      goal: choice.goal,
      f: () => NaN,
    };
    formulaCache.set(key, study);
    return study;
  }
  const res = compileFormula(choice.source, choice.dims, { goal: choice.goal });
  const out = res.ok ? res.objective : res.error.message;
  if (!res.ok && res.error.pending) return out; // compiles once the parser has loaded
  if (formulaCache.size > 50) formulaCache.clear();
  formulaCache.set(key, out);
  return out;
}

export function toLoopConfig(s: StudySettings, objective: Objective): LoopConfig {
  // Observation noise needs a matching nugget, or the GP would interpolate the noise exactly.
  const alpha = Math.max(DEFAULT_LOOP.alpha, s.noise * s.noise);
  const d = objective.dims.length;
  return {
    ...DEFAULT_LOOP,
    model: s.model,
    bounds: { lower: objective.dims.map((d) => d.min), upper: objective.dims.map((d) => d.max) },
    goal: objective.goal,
    initPoints: s.initPoints,
    initDesign: s.initDesign,
    iterations: s.iterations,
    acquisition: acquisitionSpec(s),
    kernel: { type: s.kernelType, lengthScale: kernelLengthScale(s, d), variance: s.variance },
    fitKernel: s.fitKernel,
    alpha,
    seed: s.seed,
  };
}

/** The starting length scale: one number, or one per dimension when ARD is on (d >= 2). */
export function kernelLengthScale(s: StudySettings, d: number): number | number[] {
  return s.ard && d >= 2 ? new Array<number>(d).fill(s.lengthScale) : s.lengthScale;
}

/**
 * The budget a study of d dimensions starts with: bayes_opt's examples use 2 + 14 in 1D and
 * 3 + 27 for the 2D hyperparameter example (DESIGN.md, the seed example).
 */
export function defaultBudget(d: number): { initPoints: number; iterations: number } {
  return d >= 2 ? { initPoints: 3, iterations: 27 } : { initPoints: 2, iterations: 14 };
}
