import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../bo/defaults.ts';
import type { LoopConfig, LoopState, Observation } from '../bo/types.ts';
import { analysisFor, cachedModelCount, KEPT_STATES, peekAnalysis } from './analysisCache.ts';

const f = (x: number) =>
  Math.exp(-((x - 3) ** 2)) + Math.exp(-((3 * x - 2) ** 2)) + 1 / (x * x + 1);

/** `steps` states of one study, each with one more observation, as Step makes them. */
function studyStates(config: LoopConfig, steps: number): LoopState[] {
  const states: LoopState[] = [];
  let observations: Observation[] = [];
  for (let i = 0; i < steps; i++) {
    const x = -2 + ((i * 0.618034) % 1) * 8;
    observations = [...observations, { x: [x], y: f(x), phase: i < 2 ? 'init' : 'bo' }];
    states.push({ config, observations });
  }
  return states;
}

/** The numbers a picture is drawn from. */
function picture(s: LoopState) {
  const { analysis } = analysisFor(s);
  return {
    next: analysis.suggestion.proposal.x,
    mean: Array.from(analysis.mean ?? []),
    std: Array.from(analysis.std ?? []),
    acquisition: Array.from(analysis.acquisition ?? []),
    lengthScale: analysis.model?.kernel.lengthScale,
  };
}

describe('analysis cache memory', () => {
  it('after 200 steps holds at most KEPT_STATES models, and Back to a dropped state redraws the identical picture', () => {
    const base = defaultConfig({ lower: [-2], upper: [6] }, 'maximize');
    // A fixed kernel and a small candidate search keep 200 analyses fast; the cache is the same.
    const config: LoopConfig = { ...base, fitKernel: false, candidates: 50 };
    const states = studyStates(config, 200);
    const early = picture(states[10] as LoopState);
    for (const s of states) analysisFor(s);
    expect(cachedModelCount()).toBeLessThanOrEqual(KEPT_STATES);
    expect(peekAnalysis(states[10] as LoopState)).toBeUndefined();
    expect(picture(states[10] as LoopState)).toEqual(early);
  });

  it('recomputes a dropped ML-II fit to the same hyperparameters and curves', () => {
    const config: LoopConfig = {
      ...defaultConfig({ lower: [-2], upper: [6] }, 'maximize'),
      candidates: 200,
    };
    const states = studyStates(config, 3 * KEPT_STATES);
    const first = picture(states[4] as LoopState);
    for (const s of states) analysisFor(s);
    expect(peekAnalysis(states[4] as LoopState)).toBeUndefined();
    expect(picture(states[4] as LoopState)).toEqual(first);
  });
});
