/**
 * An Analysis to and from its cloneable form. Everything in it is plain data (typed arrays, numbers,
 * strings) except a Thompson step's sample path, an object with methods. The path is not sent: the
 * receiver draws it again from the model that came with it and the step's own random stream, as
 * bo/acqOptimizer.ts drew it (the first draw of that stream), which gives the same function bit
 * for bit because the model arrives bit for bit.
 */
import type { Analysis } from '../bo/analysis.ts';
import { STREAM, stepRng } from '../bo/seeding.ts';
import type { LoopState } from '../bo/types.ts';
import { samplePosteriorPaths } from '../math/thompson.ts';
import type { AnalysisWire } from './analysisProtocol.ts';

export function toWire(a: Analysis): AnalysisWire {
  const { path, ...suggestion } = a.suggestion;
  return { ...a, suggestion, hasPath: path !== undefined };
}

export function fromWire(state: LoopState, w: AnalysisWire): Analysis {
  const { hasPath, suggestion, ...rest } = w;
  const model = suggestion.model;
  if (!hasPath || !model) return { ...rest, suggestion };
  const rng = stepRng(state.config.seed, STREAM.acquisition, state.observations.length);
  const path = samplePosteriorPaths(model, 1, rng)[0];
  return { ...rest, suggestion: { ...suggestion, ...(path ? { path } : {}) } };
}
