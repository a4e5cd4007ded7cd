/**
 * The BO screen's numbers for objectives near the top of float64 (issue 12: `x*1e305` gave "the
 * mean (NaN)… σ is large (∞)" and no curve), and what the narration says when no GP can be built.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../bo/analysis.ts';
import { modelData } from '../bo/modelData.ts';
import type { LoopState, Observation } from '../bo/types.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { compileFormula } from '../objectives/formula.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import { plotGrid } from '../store/analysisCache.ts';
import * as H from '../store/history.ts';
import { DEFAULT_SETTINGS, toLoopConfig } from '../store/settings.ts';
import { narrate, narrationFacts } from './narration.ts';

const X: Dim = { name: 'x', min: -2, max: 6, scale: 'linear' };

function formula(text: string): Objective {
  const res = compileFormula(text, [X]);
  if (!res.ok) throw new Error(res.error.message);
  return res.objective;
}

function analysisOf(state: LoopState) {
  return analyze(state, { grid: plotGrid(state), samples: 2 });
}

/**
 * Steps as the store does (evaluate the displayed proposal), checking every frame on the way: a GP
 * is built from the third step on, nothing is NaN, and with `finite` nothing is infinite either.
 */
function runChecked(obj: Objective, steps: number, finite: boolean): void {
  let h = H.startHistory(toLoopConfig(DEFAULT_SETTINGS, obj), obj, 0);
  const ok = finite ? Number.isFinite : (v: number) => !Number.isNaN(v);
  for (let i = 0; i < steps; i++) {
    const s = H.current(h);
    const a = analysisOf(s);
    if (i >= 2) {
      expect(a.model).not.toBeNull();
      expect(narrationFacts(s, a).kind).toMatch(/^(bo|uncorrelated)$/);
    }
    for (const arr of [a.mean, a.std, a.acquisition, ...a.samples]) {
      if (arr) expect(arr.every(ok)).toBe(true);
    }
    for (const t of [MESSAGES.en, MESSAGES.ko]) {
      expect(narrate(narrationFacts(s, a), t, X)).not.toMatch(finite ? /NaN|∞/ : /NaN/);
    }
    h = H.evaluateAndPush(h, obj, a.suggestion.proposal.x, a.suggestion.proposal.phase, 0);
  }
}

describe('objectives with values near the largest float64', () => {
  it('x*1e305: the curves, the acquisition and the sentence stay finite', () => {
    runChecked(formula('x*1e305'), 8, true);
  });

  it('x*3e307 (1.8e308 at x = 6 overflows to Infinity): the GP still stands', () => {
    // Its mean may pass the largest float64 beside x = 6, as the objective does: Infinity there is
    // the honest value; NaN or a lost model is not.
    runChecked(formula('x*3e307'), 8, false);
  });

  it('clips Infinity beside finite values near the top without overflowing', () => {
    const obs: Observation[] = [
      { x: [0], y: 1.5e308, phase: 'init' },
      { x: [1], y: -1.5e308, phase: 'init' },
      { x: [2], y: Infinity, phase: 'bo' },
      { x: [3], y: -Infinity, phase: 'bo' },
    ];
    const { y } = modelData(obs, 'maximize', 1);
    expect(Array.from(y).every((v) => Number.isFinite(v))).toBe(true);
    // Still "better than everything" and "worse than everything".
    expect(y[2]).toBeGreaterThanOrEqual(1.5e308);
    expect(y[3]).toBeLessThanOrEqual(-1.5e308);
  });
});

describe('when no GP can be built from the observations', () => {
  it('says so instead of claiming that no evaluation succeeded', () => {
    const obj = formula('x');
    // A kernel no GP can use (from a hand-made config): fitting throws, the run goes on at random.
    const config = {
      ...toLoopConfig({ ...DEFAULT_SETTINGS, initPoints: 2 }, obj),
      kernel: { type: 'matern52' as const, lengthScale: 1, variance: Infinity },
    };
    const state: LoopState = {
      config,
      observations: [
        { x: [0], y: 0, phase: 'init' },
        { x: [1], y: 1, phase: 'init' },
      ],
    };
    const a = analysisOf(state);
    expect(a.suggestion.modelError).toBeDefined();
    const f = narrationFacts(state, a);
    expect(f.kind).toBe('model-failed');
    const en = narrate(f, MESSAGES.en, X);
    expect(en).toMatch(/^Next \(iteration 1\): no Gaussian process could be fitted/);
    expect(en).not.toMatch(/no evaluation has succeeded/);
    expect(narrate(f, MESSAGES.ko, X)).toMatch(
      /^다음 단계\(1번째 반복\): 이 값들로는 가우시안 과정을 맞출 수 없어.*무작위로 고릅니다\./,
    );
  });
});
