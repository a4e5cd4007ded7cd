/**
 * The study's history as a list of immutable snapshots and a cursor, and the pure operations on it.
 * Going back shows exactly what was shown then: each snapshot keeps the config it was drawn with.
 */
import { observe, suggest, isFinished, type Outcome } from '../bo/loop.ts';
import { STREAM, stepRng } from '../bo/seeding.ts';
import type { LoopConfig, LoopState, Observation, Phase } from '../bo/types.ts';
import type { Objective } from '../objectives/types.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import { hasNoFormula } from './settings.ts';

export interface History {
  readonly snapshots: readonly LoopState[];
  readonly cursor: number;
}

export function current(h: History): LoopState {
  return h.snapshots[h.cursor] as LoopState;
}

/** Evaluates the objective with the study's noise; the noise draw depends on (seed, index) only. */
export function evaluateAt(
  obj: Objective,
  x: readonly number[],
  noise: number,
  seed: number,
  index: number,
): Outcome {
  const res = safeEvaluate(obj, x);
  if (!res.ok || noise <= 0 || !Number.isFinite(res.value)) return res;
  return { ok: true, value: res.value + noise * stepRng(seed, STREAM.noise, index).normal() };
}

/** A fresh history whose first snapshot already holds the initial design, waiting for Step. */
export function startHistory(config: LoopConfig, obj: Objective, noise: number): History {
  let state: LoopState = { config, observations: [] };
  // Without a formula there is nothing to evaluate: the design's points are suggested one by one.
  const initCount = config.strategy === 'bo' && !hasNoFormula(obj) ? config.initPoints : 0;
  for (let i = 0; i < initCount; i++) {
    const { proposal } = suggest(state);
    state = observe(
      state,
      proposal.x,
      evaluateAt(obj, proposal.x, noise, config.seed, i),
      proposal.phase,
    );
  }
  return { snapshots: [state], cursor: 0 };
}

/** Appends a state after the cursor, dropping any forward history (a new branch). */
export function push(h: History, state: LoopState): History {
  return { snapshots: [...h.snapshots.slice(0, h.cursor + 1), state], cursor: h.cursor + 1 };
}

export function canStep(h: History): boolean {
  return !isFinished(current(h));
}

/** Evaluates x and appends the result. */
export function evaluateAndPush(
  h: History,
  obj: Objective,
  x: readonly number[],
  phase: Phase,
  noise: number,
): History {
  const s = current(h);
  const outcome = evaluateAt(obj, x, noise, s.config.seed, s.observations.length);
  return push(h, observe(s, x, outcome, phase));
}

/** Replaces the current snapshot's config (acquisition or kernel changed): no new history entry. */
export function reconfigure(h: History, config: LoopConfig): History {
  const s = current(h);
  const snapshots = [...h.snapshots];
  snapshots[h.cursor] = { ...s, config };
  return { ...h, snapshots };
}

/** Moves observation i to x (re-evaluated there) as a new snapshot. */
export function moveObservation(
  h: History,
  obj: Objective,
  i: number,
  x: readonly number[],
  noise: number,
): History {
  const s = current(h);
  const old = s.observations[i];
  if (!old) return h;
  const outcome = evaluateAt(obj, x, noise, s.config.seed, i);
  const moved: Observation = outcome.ok
    ? { x: [...x], y: outcome.value, phase: old.phase }
    : { x: [...x], y: null, error: outcome.error, phase: old.phase };
  const observations = s.observations.map((o, k) => (k === i ? moved : o));
  return push(h, { ...s, observations });
}

export function deleteObservation(h: History, i: number): History {
  const s = current(h);
  if (!s.observations[i]) return h;
  return push(h, { ...s, observations: s.observations.filter((_, k) => k !== i) });
}

export function seek(h: History, cursor: number): History {
  const c = Math.max(0, Math.min(h.snapshots.length - 1, Math.round(cursor)));
  return c === h.cursor ? h : { ...h, cursor: c };
}
