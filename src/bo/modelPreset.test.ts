import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateAcquisition } from '../math/acquisition.ts';
import { predict } from '../math/gp.ts';
import { fitGPWithHyperparameters } from '../math/gpFit.ts';
import { resetWasmPredict } from '../math/wasm/predictWasm.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import { getObjective } from '../objectives/registry.ts';
import type { Objective } from '../objectives/types.ts';
import { maximizeAcquisition } from './acqOptimizer.ts';
import { defaultConfig } from './defaults.ts';
import { initialState, observe, suggest } from './loop.ts';
import { modelData, observedPoints } from './modelData.ts';
import { NEAR_DUPLICATE } from './modelPreset.ts';
import { runStudy } from './run.ts';
import { STREAM, stepRng } from './seeding.ts';
import type { LoopConfig, LoopState } from './types.ts';

function objective(id: string): Objective {
  const o = getObjective(id);
  if (!o) throw new Error(id);
  return o;
}
const seedObjective = objective('bayes-opt-1d');
const seedConfig = (seed: number, over: Partial<LoopConfig> = {}): LoopConfig => ({
  ...defaultConfig({ lower: [-2], upper: [6] }, 'maximize'),
  seed,
  ...over,
});

/** The state after the initial design: the first frame the app shows with a model. */
function firstFrame(config: LoopConfig): LoopState {
  let st = initialState(config);
  for (let i = 0; i < config.initPoints; i++) {
    const { proposal } = suggest(st);
    st = observe(st, proposal.x, safeEvaluate(seedObjective, proposal.x), 'init');
  }
  return st;
}

interface FrameFacts {
  readonly meanError: number;
  readonly stdRatio: number;
  readonly acqRatio: number;
}

/** The first-frame properties of issue 14 on the plot grid (401 points over [-2, 6]). */
function frameFacts(seed: number): FrameFacts {
  const st = firstFrame(seedConfig(seed));
  const { model, best } = suggest(st);
  if (!model || best === null) throw new Error('no model');
  const xs = st.observations.map((o) => o.x[0] as number);
  const ys = st.observations.map((o) => o.y as number);
  const at = Float64Array.of(
    xs[0] as number,
    xs[1] as number,
    ((xs[0] as number) + (xs[1] as number)) / 2,
  );
  const m = new Float64Array(3);
  const s = new Float64Array(3);
  predict(model, { data: at, n: 3, d: 1 }, m, s);
  const range = Math.abs((ys[0] as number) - (ys[1] as number));
  const G = 401;
  const grid = Float64Array.from({ length: G }, (_, i) => -2 + (8 * i) / (G - 1));
  const gm = new Float64Array(G);
  const gs = new Float64Array(G);
  const acq = new Float64Array(G);
  predict(model, { data: grid, n: G, d: 1 }, gm, gs);
  evaluateAcquisition(st.config.acquisition, gm, gs, best, acq);
  const sorted = Array.from(acq).sort((a, b) => a - b);
  return {
    meanError:
      Math.max(
        Math.abs((m[0] as number) - (ys[0] as number)),
        Math.abs((m[1] as number) - (ys[1] as number)),
      ) / range,
    stdRatio: Math.max(s[0] as number, s[1] as number) / (s[2] as number),
    acqRatio: (sorted[G - 1] as number) / (sorted[(G - 1) / 2] as number),
  };
}

describe('the default preset teaches from the first frame (seed example, 2 initial points)', () => {
  const seeds = Array.from({ length: 100 }, (_, i) => i);
  const facts = seeds.map(frameFacts);

  it('the mean passes within 1% of the y range of both observations, seeds 0-99', () => {
    facts.forEach((f, seed) => expect(f.meanError, `seed ${seed}`).toBeLessThan(0.01));
  });

  it('the std at the observations is under a fifth of the std midway, seeds 0-99', () => {
    facts.forEach((f, seed) => expect(f.stdRatio, `seed ${seed}`).toBeLessThan(0.2));
  });

  it("EI's maximum on the plot grid is at least twice its median on seed 0 (the default screen)", () => {
    expect(facts[0]?.acqRatio).toBeGreaterThanOrEqual(2);
  });

  it("EI's maximum is at least twice its median on at least 99 of seeds 0-99", () => {
    const passing = facts.filter((f) => f.acqRatio >= 2).length;
    expect(passing).toBeGreaterThanOrEqual(99);
  });

  it('and the first BO step is a search, not the random step of an uncorrelated fit', () => {
    const st = firstFrame(seedConfig(0));
    expect(suggest(st).proposal.fallback).toBeUndefined();
    const old = suggest({ ...st, config: { ...st.config, model: 'bayes_opt' } });
    expect(old.proposal.fallback).toBe('uncorrelated');
  });
});

describe('no wasted evaluations (default preset)', () => {
  it(`no proposal lands within ${NEAR_DUPLICATE * 100}% of the range of an earlier point, seed example seeds 0-99`, () => {
    for (let seed = 0; seed < 100; seed++) {
      const { state } = runStudy(seedConfig(seed), (x) => safeEvaluate(seedObjective, x));
      const obs = state.observations;
      obs.forEach((o, i) => {
        if (o.phase !== 'bo') return;
        for (let j = 0; j < i; j++) {
          const gap = Math.abs((o.x[0] as number) - (obs[j]?.x[0] as number)) / 8;
          expect(gap, `seed ${seed}, evaluation ${i} vs ${j}`).toBeGreaterThanOrEqual(
            NEAR_DUPLICATE,
          );
        }
      });
    }
  });
});

describe('the separation rule takes the next-best candidate, never a random one', () => {
  it('seed 45 of the seed example: no step of the 16 falls back to a random point', () => {
    let st = initialState(seedConfig(45));
    for (let i = 0; i < 16; i++) {
      const { proposal } = suggest(st);
      expect(proposal.fallback, `step ${i}`).not.toBe('random');
      st = observe(st, proposal.x, safeEvaluate(seedObjective, proposal.x), proposal.phase);
    }
  });
});

describe('the bayes_opt preset is the engine as it was', () => {
  it.each([0, 3, 7])(
    'seed %i: suggest() is bayes_opt ML-II + the plain acquisition search, to the bit',
    (seed) => {
      const config = seedConfig(seed, { model: 'bayes_opt' });
      let st = initialState(config);
      for (const x of [-1.6, -0.5, 0.4, 1.3, 2.5, 4.1, 5.5])
        st = observe(st, [x], safeEvaluate(seedObjective, [x]), 'init');
      const index = st.observations.length;
      const data = modelData(st.observations, 'maximize', 1);
      const model = fitGPWithHyperparameters(data.X, data.y, {
        kernel: config.kernel,
        alpha: config.alpha,
        normalizeY: config.normalizeY,
        restarts: config.restarts,
        rng: stepRng(seed, STREAM.fit, index),
      });
      const want = maximizeAcquisition({
        model,
        spec: config.acquisition,
        best: Math.max(...data.y),
        bounds: config.bounds,
        rng: stepRng(seed, STREAM.acquisition, index),
        candidates: config.candidates,
        localStarts: config.localStarts,
        observed: observedPoints(st.observations, 1),
      });
      const got = suggest(st);
      expect(got.proposal.fallback).toBeUndefined();
      expect(got.model?.kernel.lengthScale).toBe(model.kernel.lengthScale);
      expect(got.proposal.x).toEqual(Array.from(want.x));
      expect(got.proposal.acquisitionValue).toBe(want.value);
    },
  );
});

describe('the default preset decides the same bits with and without WebAssembly', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    resetWasmPredict();
  });
  it('Branin, 3 + 5: the same proposals', () => {
    const f = objective('branin');
    const config: LoopConfig = {
      ...defaultConfig({ lower: [-5, 0], upper: [10, 15] }, 'minimize'),
      initPoints: 3,
      iterations: 5,
      candidates: 2000,
    };
    const withWasm = runStudy(config, (x) => safeEvaluate(f, x)).records.map((r) => r.x);
    vi.stubGlobal('WebAssembly', undefined);
    resetWasmPredict();
    const withoutWasm = runStudy(config, (x) => safeEvaluate(f, x)).records.map((r) => r.x);
    expect(withoutWasm).toEqual(withWasm);
  });
});
