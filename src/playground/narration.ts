/**
 * The narration line: one sentence that says what the next BO step will do and why, computed from
 * the state and its analysis. Pure (no React, no store), so the decision logic is unit-tested.
 *
 * Exploration or exploitation is read from the standardized gap at the next point,
 * z = (best - mean) / σ in the GP's maximization units: how many posterior standard deviations the
 * mean there falls short of the best value so far. A small gap (z < EXPLOIT_Z) means the point is
 * chosen because the model already expects it to be about as good as the best (exploitation); a
 * large one means it can only win through its uncertainty (exploration).
 */
import { lowestChosen, nextPointShown } from '../bo/acquisitionShown.ts';
import type { Analysis } from '../bo/analysis.ts';
import { bestObservation, budget, goalSign, isFinished } from '../bo/loop.ts';
import { failedAsWorst } from '../bo/modelData.ts';
import { NEAR_DUPLICATE, presetSearch } from '../bo/modelPreset.ts';
import type { InitDesign, LoopState } from '../bo/types.ts';
import type { MessageKey, Messages } from '../i18n/messages.ts';
import type { AcquisitionSpec } from '../math/acquisition.ts';
import type { Dim, Goal } from '../objectives/types.ts';
import { fill, formatCoordinate, formatNumber, formatPoint } from '../widgets/format.ts';
import { gapNumbers } from './gapWords.ts';

/** Below this standardized gap the next point counts as exploitation. */
export const EXPLOIT_Z = 0.5;

/** Where the mean at the next point stands against the best so far. */
export type Standing = 'beyond' | 'near' | 'far';
export type Move = 'exploit' | 'explore';

/** Standardized gap z = (best - mean) / σ, all in maximization units; σ is floored at 1e-12. */
export function standardizedGap(best: number, mean: number, std: number): number {
  return (best - mean) / Math.max(std, 1e-12);
}

/** Reads a standardized gap: mean already better than the best, near it, or far below it. */
export function classifyGap(z: number): { standing: Standing; move: Move } {
  if (z < 0) return { standing: 'beyond', move: 'exploit' };
  if (z < EXPLOIT_Z) return { standing: 'near', move: 'exploit' };
  return { standing: 'far', move: 'explore' };
}

/** How far the study has come: BO iterations done of the budget, and evaluations in all. */
export interface Progress {
  readonly iteration: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly finished: boolean;
}

export function progressOf(state: LoopState): Progress {
  return {
    iteration: state.observations.filter((o) => o.phase === 'bo').length,
    iterations: state.config.iterations,
    evaluations: state.observations.length,
    finished: isFinished(state),
  };
}

/**
 * A point in narration facts: the coordinate itself in 1D (the common case, and what reads best in
 * tests), the whole point (search units) in 2D and up.
 */
export type NarrationPoint = number | readonly number[];

/** The numbers a narration sentence is made of; objective units unless said otherwise. */
export type NarrationFacts =
  | {
      readonly kind: 'init';
      /** 1-based index of the design point to be placed next, of `of`. */
      readonly n: number;
      readonly of: number;
      readonly design: InitDesign;
      readonly x: NarrationPoint;
    }
  | { readonly kind: 'no-model'; readonly iteration: number; readonly x: NarrationPoint }
  /** Evaluations succeeded but no GP could be built from them (suggestion.modelError). */
  | { readonly kind: 'model-failed'; readonly iteration: number; readonly x: NarrationPoint }
  /** ML-II found no correlation between the points, so the point is random (bo/loop.ts). */
  | { readonly kind: 'uncorrelated'; readonly iteration: number; readonly x: NarrationPoint }
  | {
      readonly kind: 'bo';
      /** 1-based number of the iteration the next point belongs to. */
      readonly iteration: number;
      readonly acquisition: AcquisitionSpec;
      /** A minimized f words UCB as LCB and a Thompson path's lowest point (bo/acquisitionShown.ts). */
      readonly goal?: Goal;
      readonly x: NarrationPoint;
      readonly mean: number;
      readonly std: number;
      readonly best: number;
      readonly z: number;
      readonly standing: Standing;
      readonly move: Move;
      /** 'nearby': the top candidate lay within the preset's separation of a sampled point. */
      readonly fallback?: 'next-best' | 'nearby' | 'random';
      /** Failed points the model counts as the worst value seen (bo/modelData.ts). */
      readonly failed?: FailedFacts;
    }
  | {
      readonly kind: 'finished';
      readonly budget: number;
      readonly best: { readonly x: NarrationPoint; readonly y: number } | null;
      readonly optimum?: number;
    };

/** How many failed points the model includes, at which value (objective units), and where. */
export interface FailedFacts {
  readonly count: number;
  readonly value: number;
  /** 1D: the lowest and highest x among them (search units); absent in 2D and up. */
  readonly span?: readonly [number, number];
}

function failedFacts(state: LoopState): FailedFacts | undefined {
  const f = failedAsWorst(state.observations, state.config.goal);
  if (!f) return undefined;
  const facts = { count: f.indices.length, value: f.value };
  if (state.config.bounds.lower.length !== 1) return facts;
  const xs = f.indices.map((i) => state.observations[i]?.x[0] as number);
  return { ...facts, span: [Math.min(...xs), Math.max(...xs)] };
}

/** A point as narration facts carry it (see NarrationPoint). */
function narrationPoint(x: readonly number[]): NarrationPoint {
  return x.length === 1 ? (x[0] as number) : [...x];
}

/** Extracts the facts of the next step from a state and its analysis. */
export function narrationFacts(
  state: LoopState,
  analysis: Analysis,
  optimum?: number,
): NarrationFacts {
  const { config, observations } = state;
  if (isFinished(state)) {
    const b = bestObservation(state);
    return {
      kind: 'finished',
      budget: budget(config),
      best: b && b.y !== null ? { x: narrationPoint(b.x), y: b.y } : null,
      ...(optimum !== undefined ? { optimum } : {}),
    };
  }
  const { proposal, best } = analysis.suggestion;
  const x = narrationPoint(proposal.x);
  if (proposal.phase === 'init') {
    return {
      kind: 'init',
      n: observations.filter((o) => o.phase === 'init').length + 1,
      of: config.initPoints,
      design: config.initDesign,
      x,
    };
  }
  const iteration = observations.filter((o) => o.phase === 'bo').length + 1;
  const model = analysis.suggestion.model ?? analysis.model;
  if (analysis.suggestion.modelError !== undefined) return { kind: 'model-failed', iteration, x };
  if (!model || best === null) return { kind: 'no-model', iteration, x };
  if (proposal.fallback === 'uncorrelated') return { kind: 'uncorrelated', iteration, x };

  // The same numbers the readout of the next point shows: one computation for both.
  const shown = nextPointShown(state, analysis);
  if (!shown) return { kind: 'no-model', iteration, x };
  const sign = goalSign(config.goal);
  const z = standardizedGap(sign * shown.best, sign * shown.mean, shown.std);
  const failed = failedFacts(state);
  return {
    kind: 'bo',
    iteration,
    acquisition: config.acquisition,
    goal: config.goal,
    x,
    mean: shown.mean,
    std: shown.std,
    best: shown.best,
    z,
    ...classifyGap(z),
    ...(proposal.fallback ? { fallback: fallbackOf(config, proposal.fallback) } : {}),
    ...(failed ? { failed } : {}),
  };
}

/** A next-best step under the default preset was refused for nearness, not for an exact repeat. */
function fallbackOf(config: LoopState['config'], f: 'next-best' | 'random') {
  return f === 'next-best' && presetSearch(config).minSeparation !== undefined ? 'nearby' : f;
}

const DESIGN_KEY: Record<InitDesign, MessageKey> = {
  random: 'designRandom',
  lhs: 'designLhs',
  sobol: 'designSobol',
  grid: 'designGrid',
};

const STANDING_KEY: Record<Standing, MessageKey> = {
  beyond: 'narrDetailBeyond',
  near: 'narrDetailNear',
  far: 'narrDetailFar',
};

function lead(spec: AcquisitionSpec, goal: Goal, t: Messages, at: string): string {
  const lowest = lowestChosen(spec, goal);
  switch (spec.type) {
    case 'ei':
      return fill(t.narrLeadEi, { at });
    case 'pi':
      return fill(t.narrLeadPi, { at });
    case 'ucb':
      return fill(lowest ? t.narrLeadLcb : t.narrLeadUcb, {
        at,
        kappa: formatNumber(spec.kappa, 3),
      });
    case 'thompson':
      return fill(lowest ? t.narrLeadThompsonMin : t.narrLeadThompson, { at });
  }
}

/**
 * The sentence for the facts, in the language of `t`; `dims` name and format the coordinates
 * ("x = 0.63", or "x = 3.14, y = 2.27" in 2D).
 */
export function narrate(f: NarrationFacts, t: Messages, dims: Dim | readonly Dim[]): string {
  const list: readonly Dim[] = Array.isArray(dims) ? dims : [dims as Dim];
  const at = (x: NarrationPoint) => formatPoint(typeof x === 'number' ? [x] : x, list);
  switch (f.kind) {
    case 'init':
      return fill(t.narrInit, { n: f.n, of: f.of, at: at(f.x), design: t[DESIGN_KEY[f.design]] });
    case 'no-model':
      return fill(t.narrNoModel, { k: f.iteration, at: at(f.x) });
    case 'model-failed':
      return fill(t.narrModelFailed, { k: f.iteration, at: at(f.x) });
    case 'uncorrelated':
      return fill(t.narrUncorrelated, { k: f.iteration, at: at(f.x) });
    case 'finished': {
      if (!f.best) return fill(t.narrFinishedNone, { budget: f.budget });
      const vars = {
        budget: f.budget,
        best: formatNumber(f.best.y, 4),
        at: at(f.best.x),
        optimum: f.optimum === undefined ? '' : formatNumber(f.optimum, 4),
      };
      return fill(f.optimum === undefined ? t.narrFinished : t.narrFinishedOptimum, vars);
    }
    case 'bo': {
      // Digits that let the printed gap and σ read the same way as the z that chose the words.
      const rule = (r: number) => (f.standing === 'beyond' ? 'beyond' : classifyGap(r).move);
      const nums = gapNumbers(f.mean, f.best, f.std, rule);
      const detail = fill(t[STANDING_KEY[f.standing]], { ...nums });
      const sentence = fill(t.narrBo, {
        k: f.iteration,
        lead: lead(f.acquisition, f.goal ?? 'maximize', t, at(f.x)),
        detail,
        move: f.move === 'exploit' ? t.narrExploit : t.narrExplore,
      });
      const extra = [
        f.fallback === 'next-best' ? t.narrFallbackNextBest : '',
        f.fallback === 'nearby'
          ? fill(t.narrFallbackNearby, { pct: formatNumber(100 * NEAR_DUPLICATE, 2) })
          : '',
        f.fallback === 'random' ? t.narrFallbackRandom : '',
        f.failed ? failedSentence(f.failed, t, list) : '',
      ].filter((e) => e !== '');
      return [sentence, ...extra].join(' ');
    }
  }
}

/** "3 failed points (x between −2.00 and −0.31) are modelled as the worst value seen (…)". */
function failedSentence(f: FailedFacts, t: Messages, dims: readonly Dim[]): string {
  const dim = dims[0];
  let where = '';
  if (f.span && dim && dims.length === 1) {
    const [lo, hi] = f.span;
    where =
      lo === hi
        ? fill(t.narrFailedAt, { at: formatPoint([lo], dims) })
        : fill(t.narrFailedSpan, {
            name: dim.name,
            lo: formatCoordinate(lo, dim),
            hi: formatCoordinate(hi, dim),
          });
  }
  const template = f.count === 1 ? t.narrFailedAsWorstOne : t.narrFailedAsWorst;
  return fill(template, { count: f.count, where, value: formatNumber(f.value, 4) });
}
