/**
 * Memoized analyses. States are immutable, so a state object identifies its analysis; the fitted
 * GP is cached by observations and kernel settings alone, so dragging an acquisition slider reuses
 * it and only the (cheap) acquisition search reruns. Only the most recently used states keep theirs
 * (RecentMap): the current one and its neighbours; Back to an older one recomputes it, identically.
 */
import { analyze, type Analysis } from '../bo/analysis.ts';
import type { LoopState, Observation } from '../bo/types.ts';
import { chainModel, chainStart, prefixFitOf, type PrefixFit } from '../bo/warmChain.ts';
import { plotGrid, plotGridKey } from '../bo/plotGrid.ts';
import type { GPModel, PointSet } from '../math/types.ts';
import { RecentMap } from './recentMap.ts';

// Re-exported so the app's call sites keep one place to ask for analyses and their grid.
export { GRID_1D, plotGrid } from '../bo/plotGrid.ts';

/**
 * States (and observation lists) whose analyses and models are kept: the one shown, its history
 * neighbours, a drag preview or two. Each holds an n x n factor and a 10,000-candidate search.
 */
export const KEPT_STATES = 8;

const analyses = new RecentMap<LoopState, Map<string, Analysis>>(KEPT_STATES);
const models = new RecentMap<readonly Observation[], Map<string, GPModel | null>>(KEPT_STATES);

/** How many fitted models the cache holds now (one per kernel setting of a kept list). */
export function cachedModelCount(): number {
  let n = 0;
  for (const byKey of models.values()) for (const m of byKey.values()) if (m) n++;
  return n;
}

/** Everything the fit depends on besides the observations (the default preset scales by bounds). */
function modelKey(s: LoopState): string {
  const c = s.config;
  return JSON.stringify([
    c.model,
    c.kernel,
    c.fitKernel,
    c.alpha,
    c.normalizeY,
    c.restarts,
    c.seed,
    c.goal,
    c.bounds,
  ]);
}

/** The model already fitted to this state's observations and kernel settings, else undefined. */
export function knownModel(state: LoopState): GPModel | null | undefined {
  const byKey = models.get(state.observations);
  const key = modelKey(state);
  return byKey?.has(key) ? (byKey.get(key) ?? null) : undefined;
}

export function modelFor(state: LoopState): GPModel | null {
  let m = models.get(state.observations);
  if (!m) {
    m = new Map();
    models.set(state.observations, m);
  }
  const key = modelKey(state);
  if (!m.has(key)) {
    const known = (k: number) => knownPrefix(state, key, k);
    const onPrefix = (k: number, fit: PrefixFit) => rememberFit(state.observations, k, key, fit);
    const model = chainModel(state, { known, onPrefix });
    m.set(key, model);
    rememberFit(state.observations, state.observations.length, key, prefixFitOf(model));
  }
  return m.get(key) ?? null;
}

/**
 * The warm chain's fits seen lately (bo/warmChain.ts), kept as length scales only: whole states
 * and the prefixes their chains walked through, so that Step, Back and a dragged point refit from
 * the nearest known count. Only a shortcut: without it the chain computes the same bits.
 */
interface ChainFit {
  readonly observations: readonly Observation[];
  readonly k: number;
  readonly key: string;
  readonly fit: PrefixFit;
}

const CHAIN_FITS_KEPT = 64;
let chainFits: ChainFit[] = [];

function rememberFit(observations: readonly Observation[], k: number, key: string, fit: PrefixFit) {
  chainFits = [...chainFits.slice(1 - CHAIN_FITS_KEPT), { observations, k, key, fit }];
}

function sameObservation(a: Observation, b: Observation): boolean {
  if (a === b) return true;
  return Object.is(a.y, b.y) && a.x.length === b.x.length && a.x.every((v, i) => v === b.x[i]);
}

/** The chain's fit of the first k observations with this fit key, if one was seen. */
function knownPrefix(state: LoopState, key: string, k: number): PrefixFit | undefined {
  const obs = state.observations;
  for (let e = chainFits.length - 1; e >= 0; e--) {
    const c = chainFits[e] as ChainFit;
    if (c.k !== k || c.key !== key || c.observations.length < k) continue;
    let same = true;
    for (let i = 0; i < k && same; i++)
      same = sameObservation(c.observations[i] as Observation, obs[i] as Observation);
    if (same) return c.fit;
  }
  return undefined;
}

/**
 * The nearest count below the state's whose chain fit is known, for the analysis worker, which
 * continues the chain from there (workers/analysisHandler.ts); undefined when none is.
 */
export function chainSeed(state: LoopState): { k: number; fit: PrefixFit } | undefined {
  const key = modelKey(state);
  const n = state.observations.length;
  for (let k = n - 1; k >= chainStart(n); k--) {
    const fit = knownPrefix(state, key, k);
    if (fit !== undefined) return { k, fit };
  }
  return undefined;
}

const grids = new WeakMap<LoopState['config']['bounds'], { key: string; grid: PointSet }>();

/**
 * The plot grid of the state's box, one object per box and held point (beyond two dims the maps
 * cut through the best trial: bo/plotGrid.ts); analyses are computed on it.
 */
export function gridFor(state: LoopState): PointSet {
  const key = plotGridKey(state);
  let g = grids.get(state.config.bounds);
  if (!g || g.key !== key) {
    g = { key, grid: plotGrid(state) };
    grids.set(state.config.bounds, g);
  }
  return g.grid;
}

export interface GridAnalysis {
  readonly analysis: Analysis;
  readonly grid: PointSet;
}

/** Milliseconds the last full analysis took: decides whether the next one can run within a frame. */
let lastFullMs = 0;

export function lastFullAnalysisMs(): number {
  return lastFullMs;
}

/** The full analysis (10,000 candidates plus the plot grid): what Step evaluates. */
export function analysisFor(state: LoopState, samples = 0): GridAnalysis {
  return cached(state, samples, false);
}

/** The full analysis if it was already computed, else undefined. */
export function peekAnalysis(state: LoopState, samples = 0): GridAnalysis | undefined {
  const a = analyses.get(state)?.get(`${samples}|full`);
  return a ? { analysis: a, grid: gridFor(state) } : undefined;
}

/**
 * Any full analysis of this state already computed (they differ only in the sample paths drawn,
 * never in the decision): what Step takes when the screen shows sample paths.
 */
export function peekSuggestion(state: LoopState): Analysis['suggestion'] | undefined {
  for (const [key, a] of analyses.get(state) ?? []) if (key.endsWith('|full')) return a.suggestion;
  return undefined;
}

/**
 * Files an analysis computed elsewhere (the analysis worker) as if it had been computed here, and
 * its model as the model of these observations, so that acquisition changes reuse it.
 */
export function storeAnalysis(state: LoopState, samples: number, a: Analysis): void {
  let m = analyses.get(state);
  if (!m) {
    m = new Map();
    analyses.set(state, m);
  }
  m.set(`${samples}|full`, a);
  let byKey = models.get(state.observations);
  if (!byKey) {
    byKey = new Map();
    models.set(state.observations, byKey);
  }
  const key = modelKey(state);
  byKey.set(key, a.model);
  rememberFit(state.observations, state.observations.length, key, prefixFitOf(a.model));
}

/**
 * What the screen draws while a large study's analysis is being computed or was cancelled: the
 * observations without a model. Its proposal is the box's centre so that nothing reads an empty
 * point; screens must not draw it (useAnalysis marks this analysis as pending).
 */
export function analysisWithoutModel(state: LoopState): GridAnalysis {
  let a = withoutModel.get(state);
  if (!a) {
    const { lower, upper } = state.config.bounds;
    const x = lower.map((lo, k) => (lo + (upper[k] as number)) / 2);
    const suggestion = { proposal: { x, phase: 'bo' as const }, model: null, best: null };
    a = { suggestion, model: null, mean: null, std: null, acquisition: null, samples: [] };
    withoutModel.set(state, a);
  }
  return { analysis: a, grid: gridFor(state) };
}

const withoutModel = new WeakMap<LoopState, Analysis>();

/**
 * A cheaper analysis for drawing while a slider or a point is dragged: the plot grid is the only
 * candidate set (plus the local search), so the marked next point is still the maximum of the
 * plotted curve. The full analysis replaces it once the input rests.
 */
export function previewAnalysisFor(state: LoopState, samples = 0): GridAnalysis {
  return cached(state, samples, true);
}

function cached(state: LoopState, samples: number, preview: boolean): GridAnalysis {
  const grid = gridFor(state);
  let m = analyses.get(state);
  if (!m) {
    m = new Map();
    analyses.set(state, m);
  }
  const key = `${samples}|${preview ? 'preview' : 'full'}`;
  let a = m.get(key);
  if (!a) {
    const t0 = performance.now();
    const target = preview ? { ...state, config: { ...state.config, candidates: 0 } } : state;
    a = analyze(target, { grid, samples, model: modelFor(state) });
    if (!preview) lastFullMs = performance.now() - t0;
    m.set(key, a);
  }
  return { analysis: a, grid };
}
