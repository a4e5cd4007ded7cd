/**
 * Runs a whole study synchronously: for the CLI, benchmarks and tests. The UI steps with
 * suggest/observe itself so it can draw between evaluations.
 */
import { budget, observe, suggest, type Outcome } from './loop.ts';
import { goalSign } from './modelData.ts';
import type { LoopConfig, LoopState, Phase } from './types.ts';
import { prefixFitOf, type ChainOptions, type PrefixFit } from './warmChain.ts';

export interface StepRecord {
  readonly i: number;
  readonly x: readonly number[];
  readonly y: number | null;
  readonly error?: string;
  /** Best successful value so far in the objective's own sign (null until one succeeds). */
  readonly best: number | null;
  readonly phase: Phase;
  /** Time to propose this point (fit + acquisition search), not counting the evaluation. */
  readonly ms: number;
}

export interface RunResult {
  readonly state: LoopState;
  readonly records: readonly StepRecord[];
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function runStudy(
  config: LoopConfig,
  evaluate: (x: readonly number[]) => Outcome,
  onRecord?: (r: StepRecord) => void,
): RunResult {
  let state: LoopState = { config, observations: [] };
  const sign = goalSign(config.goal);
  const records: StepRecord[] = [];
  let best: number | null = null;
  // The warm chain's fits so far (one observation sequence, one config): each step's refit starts
  // from the previous one's, and each state's model is the app's bit for bit (bo/warmChain.ts).
  const fits = new Map<number, PrefixFit>();
  const chain: ChainOptions = { known: (k) => fits.get(k), onPrefix: (k, f) => fits.set(k, f) };
  for (let i = 0; i < budget(config); i++) {
    const t0 = now();
    const { proposal, model, modelError } = suggest(state, { chain });
    if (model || modelError) fits.set(state.observations.length, prefixFitOf(model));
    const ms = now() - t0;
    const outcome = evaluate(proposal.x);
    state = observe(state, proposal.x, outcome, proposal.phase);
    if (outcome.ok && !Number.isNaN(outcome.value)) {
      if (best === null || sign * outcome.value > sign * best) best = outcome.value;
    }
    const rec: StepRecord = outcome.ok
      ? { i, x: proposal.x, y: outcome.value, best, phase: proposal.phase, ms }
      : { i, x: proposal.x, y: null, error: outcome.error, best, phase: proposal.phase, ms };
    records.push(rec);
    onRecord?.(rec);
  }
  return { state, records };
}
