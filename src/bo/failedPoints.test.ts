/**
 * Failed evaluations steer the search away (DESIGN.md, Reliability): the GP sees each failed point
 * at the worst finite value observed, while the trials, best-so-far and exports keep it as failed.
 */
import { describe, expect, it } from 'vitest';
import { predict } from '../math/gp.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import { compileFormula } from '../objectives/formula.ts';
import type { Objective } from '../objectives/types.ts';
import { defaultConfig } from './defaults.ts';
import { bestObservation, fitStateModel, initialState, observe, suggest } from './loop.ts';
import { failedAsWorst, modelData } from './modelData.ts';
import { runStudy } from './run.ts';
import type { LoopConfig, LoopState, Observation } from './types.ts';

const X = { name: 'x', min: -2, max: 6, scale: 'linear' as const };

function logObjective(goal: LoopConfig['goal']): Objective {
  const res = compileFormula('log(x)', [X], { goal });
  if (!res.ok) throw new Error(res.error.message);
  return res.objective;
}

/** log(x) on [-2, 6], 2 random initial points + 14 BO iterations: the probe. */
function logStudy(goal: LoopConfig['goal'], seed: number) {
  const f = logObjective(goal);
  // The thresholds below were measured on bayes_opt's preset.
  const config: LoopConfig = {
    ...defaultConfig({ lower: [-2], upper: [6] }, goal),
    model: 'bayes_opt',
    seed,
  };
  return runStudy(config, (x) => safeEvaluate(f, x));
}

const obs = (x: number, y: number | null): Observation =>
  y === null ? { x: [x], y, error: 'NaN', phase: 'bo' } : { x: [x], y, phase: 'bo' };

describe('log(x) on [-2, 6]: BO stops sampling where the objective fails', () => {
  // Before: 11 of 14 BO iterations at x = -2 for seed 0, 54 of 70 for seeds 0..4.
  it('maximize: at most 3 of 14 BO iterations fail, for seeds 0..4', () => {
    for (const seed of [0, 1, 2, 3, 4]) {
      const { records } = logStudy('maximize', seed);
      const bo = records.filter((r) => r.phase === 'bo');
      expect(bo).toHaveLength(14);
      const failed = bo.filter((r) => r.y === null);
      expect(failed.length, `seed ${seed}`).toBeLessThanOrEqual(3);
      // The failures are still failures in the records, each with its reason.
      for (const r of failed) expect(r.error).toMatch(/NaN/);
      // So the budget goes to x > 0, where the maximum log(6) is found.
      expect(records.at(-1)?.best).toBeCloseTo(Math.log(6), 2);
    }
  });

  it('minimize: at most 4 of 14 BO iterations fail, for seeds 0..4', () => {
    // The infimum is at x -> 0+, right at the edge of the failing region, so approaching it costs
    // an occasional failure just left of 0. Before: 11, 13, 14, 10, 14 failures.
    for (const seed of [0, 1, 2, 3, 4]) {
      const { records } = logStudy('minimize', seed);
      const failed = records.filter((r) => r.phase === 'bo' && r.y === null);
      expect(failed.length, `seed ${seed}`).toBeLessThanOrEqual(4);
      const ys = records.flatMap((r) => (r.y === null ? [] : [r.y]));
      expect(records.at(-1)?.best).toBe(Math.min(...ys));
    }
  });
});

describe('failedAsWorst and modelData', () => {
  const observations = [obs(1, 0.5), obs(-1, null), obs(3, 2), obs(-0.5, null), obs(2, 1.25)];

  it('gives failed points the worst finite value: the minimum when maximizing', () => {
    expect(failedAsWorst(observations, 'maximize')).toEqual({ value: 0.5, indices: [1, 3] });
    const data = modelData(observations, 'maximize', 1);
    expect(data.source).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(data.X.data)).toEqual([1, -1, 3, -0.5, 2]);
    expect(Array.from(data.y)).toEqual([0.5, 0.5, 2, 0.5, 1.25]);
  });

  it('and the maximum when minimizing (the GP maximizes the negated values)', () => {
    expect(failedAsWorst(observations, 'minimize')).toEqual({ value: 2, indices: [1, 3] });
    expect(Array.from(modelData(observations, 'minimize', 1).y)).toEqual([-0.5, -2, -2, -2, -1.25]);
  });

  it('takes the worst finite value, not a clipped infinity, and still clips infinities', () => {
    const withInf = [...observations, obs(4, -Infinity), obs(5, Infinity)];
    expect(failedAsWorst(withInf, 'maximize')?.value).toBe(0.5);
    const y = Array.from(modelData(withInf, 'maximize', 1).y);
    // Span of the finite values is 1.5: -Infinity sits a span below the worst, +Infinity above.
    expect(y).toEqual([0.5, 0.5, 2, 0.5, 1.25, 0.5 - 1.5, 2 + 1.5]);
  });

  it('leaves failed points out while nothing finite was observed, as before', () => {
    expect(failedAsWorst([obs(0, null)], 'maximize')).toBeNull();
    expect(modelData([obs(0, null), obs(1, null)], 'maximize', 1).X.n).toBe(0);
    const onlyInf = [obs(0, null), obs(1, Infinity)];
    expect(failedAsWorst(onlyInf, 'maximize')).toBeNull();
    expect(modelData(onlyInf, 'maximize', 1).source).toEqual([1]);
  });

  it('changes nothing for a study without failures', () => {
    const ok = [obs(1, 0.5), obs(3, 2), obs(2, 1.25)];
    expect(failedAsWorst(ok, 'maximize')).toBeNull();
    const data = modelData(ok, 'maximize', 1);
    expect(data.source).toEqual([0, 1, 2]);
    expect(Array.from(data.y)).toEqual([0.5, 2, 1.25]);
  });

  it('lets a real value win over a failure at the very same point', () => {
    // A network training can diverge once and converge once with the same hyperparameters.
    const twice = [obs(1, 0.5), obs(2, null), obs(2, 3)];
    expect(failedAsWorst(twice, 'maximize')).toBeNull();
    expect(modelData(twice, 'maximize', 1).source).toEqual([0, 2]);
  });

  it('treats a NaN value like a failure (never reaches the GP as NaN)', () => {
    const nan = [obs(1, 0.5), obs(2, NaN), obs(3, 1)];
    expect(failedAsWorst(nan, 'maximize')).toEqual({ value: 0.5, indices: [1] });
    expect(Array.from(modelData(nan, 'maximize', 1).y).every(Number.isFinite)).toBe(true);
  });
});

describe('the fitted model and the loop', () => {
  function logState(goal: LoopConfig['goal']): LoopState {
    const f = logObjective(goal);
    let st = initialState({ ...defaultConfig({ lower: [-2], upper: [6] }, goal), seed: 0 });
    for (const x of [-1.5, 0.5, 2, 3.5, 5, -0.7])
      st = observe(st, [x], safeEvaluate(f, [x]), 'init');
    return st;
  }

  it('the GP mean at a failed point is the worst value observed (in the goal-folded units)', () => {
    for (const goal of ['maximize', 'minimize'] as const) {
      const st = logState(goal);
      const failed = failedAsWorst(st.observations, goal);
      const model = fitStateModel(st);
      if (!failed || !model) throw new Error('expected failures and a model');
      expect(failed.indices).toEqual([0, 5]);
      const ys = st.observations.flatMap((o) => (o.y === null ? [] : [o.y]));
      expect(failed.value).toBe(goal === 'maximize' ? Math.min(...ys) : Math.max(...ys));
      const mean = new Float64Array(2);
      const std = new Float64Array(2);
      predict(model, { data: Float64Array.from([-1.5, -0.7]), n: 2, d: 1 }, mean, std);
      const sign = goal === 'maximize' ? 1 : -1;
      for (const m of mean) expect(sign * m).toBeCloseTo(failed.value, 3);
    }
  });

  it('keeps failed points failed everywhere but the model: records, best, observations', () => {
    const { records, state } = logStudy('maximize', 0);
    const failed = records.filter((r) => r.y === null);
    expect(failed.length).toBeGreaterThan(0);
    expect(state.observations.filter((o) => o.y === null)).toHaveLength(failed.length);
    const best = bestObservation(state);
    expect(best?.y).toBe(Math.max(...records.flatMap((r) => (r.y === null ? [] : [r.y]))));
    // The next suggestion's model has every observation as a training row.
    const s = suggest({ ...state, config: { ...state.config, iterations: 15 } });
    expect(s.model?.X.n).toBe(state.observations.length);
    expect(s.best).toBe(best?.y);
  });
});
