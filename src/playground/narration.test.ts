import { describe, expect, it } from 'vitest';
import { analyze } from '../bo/analysis.ts';
import { failedAsWorst } from '../bo/modelData.ts';
import type { LoopState } from '../bo/types.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { predict } from '../math/gp.ts';
import { compileFormula } from '../objectives/formula.ts';
import { getObjective } from '../objectives/registry.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import { plotGrid } from '../store/analysisCache.ts';
import * as H from '../store/history.ts';
import { DEFAULT_SETTINGS, toLoopConfig, type StudySettings } from '../store/settings.ts';
import { formatCoordinate, formatNumber } from '../widgets/format.ts';
import {
  classifyGap,
  EXPLOIT_Z,
  narrate,
  narrationFacts,
  progressOf,
  standardizedGap,
  type NarrationFacts,
} from './narration.ts';

const en = MESSAGES.en;
const ko = MESSAGES.ko;
const X: Dim = { name: 'x', min: -2, max: 6, scale: 'linear' };

function objective(id: string): Objective {
  const o = getObjective(id);
  if (!o) throw new Error(id);
  return o;
}

function start(obj: Objective, patch: Partial<StudySettings> = {}): H.History {
  const settings = { ...DEFAULT_SETTINGS, ...patch };
  return H.startHistory(toLoopConfig(settings, obj), obj, 0);
}

function analysisOf(state: LoopState) {
  return analyze(state, { grid: plotGrid(state) });
}

/** Steps the study n times the way the store does: evaluate the displayed proposal. */
function stepN(h: H.History, obj: Objective, n: number): H.History {
  for (let i = 0; i < n; i++) {
    const s = H.current(h);
    const { proposal } = analysisOf(s).suggestion;
    h = H.evaluateAndPush(h, obj, proposal.x, proposal.phase, 0);
  }
  return h;
}

describe('the exploration/exploitation decision', () => {
  it('standardizes the gap between the best value and the mean by σ', () => {
    expect(standardizedGap(1.65, 1.61, 0.08)).toBeCloseTo(0.5, 12);
    expect(standardizedGap(1, 2, 0.5)).toBeCloseTo(-2, 12);
    // σ = 0 gives a huge, finite gap rather than Infinity or NaN.
    expect(Number.isFinite(standardizedGap(1, 0.5, 0))).toBe(true);
  });

  it('calls a mean above the best, or within EXPLOIT_Z σ of it, exploitation', () => {
    expect(classifyGap(-0.3)).toEqual({ standing: 'beyond', move: 'exploit' });
    expect(classifyGap(0)).toEqual({ standing: 'near', move: 'exploit' });
    expect(classifyGap(EXPLOIT_Z - 1e-9)).toEqual({ standing: 'near', move: 'exploit' });
    expect(classifyGap(EXPLOIT_Z)).toEqual({ standing: 'far', move: 'explore' });
    expect(classifyGap(4)).toEqual({ standing: 'far', move: 'explore' });
  });
});

describe('narrate', () => {
  const bo: NarrationFacts = {
    kind: 'bo',
    iteration: 5,
    acquisition: { type: 'ei', xi: 0.01 },
    x: 0.6213,
    mean: 1.6112,
    std: 0.0912,
    best: 1.6498,
    z: 0.42,
    standing: 'near',
    move: 'exploit',
  };

  it('explains an EI step in English with formatted numbers', () => {
    expect(narrate(bo, en, X)).toBe(
      'Next (iteration 5): EI peaks at x = 0.62, where the mean (1.61) trails the best so far (1.65) by 0.0386, small against σ (0.0912) — exploitation.',
    );
  });

  it('speaks Korean too', () => {
    const s = narrate(bo, ko, X);
    expect(s).toContain('5번째 반복');
    expect(s).toContain('x = 0.62');
    expect(s).toContain('활용');
  });

  it('phrases exploration, UCB and Thompson sampling in their own words', () => {
    const far = { ...bo, standing: 'far', move: 'explore', mean: 0.4, std: 0.8, z: 1.6 } as const;
    expect(narrate(far, en, X)).toBe(
      'Next (iteration 5): EI peaks at x = 0.62, where the mean (0.4) trails the best so far (1.65) by 1.25, large against σ (0.8), so only its uncertainty can win — exploration.',
    );
    expect(narrate({ ...bo, acquisition: { type: 'ucb', kappa: 2.576 } }, en, X)).toMatch(
      /^Next \(iteration 5\): UCB = mean \+ 2\.58σ peaks at x = 0\.62,/,
    );
    expect(narrate({ ...bo, acquisition: { type: 'pi', xi: 0 } }, en, X)).toMatch(/PI peaks at/);
    expect(narrate({ ...bo, acquisition: { type: 'thompson' } }, en, X)).toMatch(
      /a path sampled from the posterior peaks at x = 0\.62/,
    );
    expect(narrate({ ...bo, standing: 'beyond', mean: 1.7 }, en, X)).toContain(
      'the mean (1.7) already beats the best so far (1.65) by 0.0502 — exploitation',
    );
  });

  it('says a minimized f chooses the lowest LCB or sample, and that the sentence is the next step', () => {
    const min = { ...bo, goal: 'minimize', mean: 0.5, best: 0.45 } as const;
    expect(narrate({ ...min, acquisition: { type: 'ucb', kappa: 2.576 } }, en, X)).toMatch(
      /^Next \(iteration 5\): LCB = mean − 2\.58σ is lowest at x = 0\.62,/,
    );
    expect(narrate({ ...min, acquisition: { type: 'thompson' } }, en, X)).toMatch(
      /a path sampled from the posterior is lowest at x = 0\.62/,
    );
    const ko = narrate({ ...min, acquisition: { type: 'ucb', kappa: 2.576 } }, MESSAGES.ko, X);
    expect(ko).toMatch(
      /^다음 단계\(5번째 반복\): LCB = 평균 − 2\.58σ가 x = 0\.62에서 가장 작습니다/,
    );
    // EI and PI are improvements under either goal: their words do not change.
    expect(narrate(min, en, X)).toMatch(/EI peaks at/);
  });

  it('prints enough digits that the numbers show what the words claim', () => {
    // "the mean (1.7) already beats the best so far (1.7)" was printed for these.
    const close = { ...bo, standing: 'beyond', mean: 1.70004, best: 1.69996 } as const;
    expect(narrate(close, en, X)).toContain(
      'the mean (1.70004) already beats the best so far (1.69996)',
    );
  });

  it('mentions a duplicate fallback', () => {
    expect(narrate({ ...bo, fallback: 'next-best' }, en, X)).toMatch(/next-best one is used\.$/);
  });

  it('has sentences for the initial design, a missing model and the end', () => {
    expect(narrate({ kind: 'init', n: 2, of: 3, design: 'lhs', x: 1.5 }, en, X)).toBe(
      'Initial design: point 2 of 3 goes to x = 1.50 (Latin hypercube), chosen without a model.',
    );
    expect(narrate({ kind: 'no-model', iteration: 1, x: -1 }, en, X)).toContain('x = −1.00');
    expect(
      narrate(
        { kind: 'finished', budget: 16, best: { x: 0.6454, y: 1.70579 }, optimum: 1.7075 },
        en,
        X,
      ),
    ).toBe(
      'Done: all 16 evaluations are spent. The best value found is 1.706 at x = 0.65; the true optimum is 1.708.',
    );
    expect(narrate({ kind: 'finished', budget: 4, best: null }, ko, X)).toContain('완료');
  });

  it('shows log10 coordinates in natural units', () => {
    const lr: Dim = { name: 'lr', min: -5, max: -1, scale: 'log10' };
    expect(narrate({ kind: 'no-model', iteration: 1, x: -3 }, en, lr)).toContain('lr = 0.001');
  });
});

describe('narrationFacts on real states', () => {
  const seed = objective('bayes-opt-1d');

  it('with the bayes_opt preset, starts the seed example with a random point (two points never correlate)', () => {
    const s = H.current(start(seed, { model: 'bayes_opt' }));
    const a = analysisOf(s);
    expect(progressOf(s)).toEqual({
      iteration: 0,
      iterations: 14,
      evaluations: 2,
      finished: false,
    });
    expect(narrationFacts(s, a)).toEqual({
      kind: 'uncorrelated',
      iteration: 1,
      x: a.suggestion.proposal.x[0],
    });
  });

  it('narrates the next step with the displayed next point once the fit finds a length scale', () => {
    // A third random point may still look uncorrelated; a handful of steps always finds a scale.
    let steps = 1;
    let s = H.current(stepN(start(seed), seed, steps));
    while (narrationFacts(s, analysisOf(s)).kind === 'uncorrelated' && steps < 5)
      s = H.current(stepN(start(seed), seed, ++steps));
    const a = analysisOf(s);
    const f = narrationFacts(s, a);
    expect(f.kind).toBe('bo');
    if (f.kind !== 'bo') return;
    expect(f.iteration).toBe(steps + 1);
    expect(f.x).toBe(a.suggestion.proposal.x[0]);
    expect(f.std).toBeGreaterThanOrEqual(0);
    expect(f.best).toBeCloseTo(Math.max(...s.observations.map((o) => o.y as number)), 12);
    expect(f.move).toBe(classifyGap(f.z).move);
  });

  it('says the run is done when the budget is spent, with the optimum when known', () => {
    const h = stepN(start(seed, { iterations: 3 }), seed, 3);
    const s = H.current(h);
    const f = narrationFacts(s, analysisOf(s), seed.optimum?.value);
    expect(f.kind).toBe('finished');
    expect(narrate(f, en, X)).toMatch(
      /^Done: all 5 evaluations are spent\..*true optimum is 1\.707/,
    );
  });

  it('narrates the initial design again after an initial point is deleted', () => {
    const h = H.deleteObservation(start(seed), 0);
    const s = H.current(h);
    const f = narrationFacts(s, analysisOf(s));
    expect(f).toMatchObject({ kind: 'init', n: 2, of: 2, design: 'random' });
  });

  it('keeps the objective sign when minimizing', () => {
    const forrester = objective('forrester');
    const s = H.current(start(forrester, { initPoints: 4 }));
    const f = narrationFacts(s, analysisOf(s));
    if (f.kind !== 'bo') throw new Error(f.kind);
    const ys = s.observations.map((o) => o.y as number);
    expect(f.best).toBeCloseTo(Math.min(...ys), 12);
    // z is measured in the GP's maximization units: (−best) − (−mean) over σ.
    expect(f.z).toBeCloseTo((f.mean - f.best) / f.std, 6);
  });

  it('reports no model when every evaluation failed', () => {
    const res = compileFormula('sqrt(-1) + x', [X]);
    if (!res.ok) throw new Error(res.error.message);
    const s = H.current(start(res.objective));
    const f = narrationFacts(s, analysisOf(s));
    expect(f.kind).toBe('no-model');
  });
});

describe('uncorrelated fit (length scale at its lower bound)', () => {
  it('says the point is random because ML-II found no correlation (2 points, normalized to +/-1)', () => {
    const obj = getObjective('bayes-opt-1d') as Objective;
    const settings = { ...DEFAULT_SETTINGS, model: 'bayes_opt' as const };
    const h = H.startHistory(toLoopConfig(settings, obj), obj, 0);
    const state = H.current(h);
    const a = analyze(state, { grid: plotGrid(state) });
    const facts = narrationFacts(state, a);
    expect(facts).toEqual({ kind: 'uncorrelated', iteration: 1, x: a.suggestion.proposal.x[0] });
    const en = narrate(facts, MESSAGES.en, obj.dims[0] as Dim);
    expect(en).toMatch(/^Next \(iteration 1\): the fitted length scale hit its lower bound/);
    expect(en).toMatch(
      /so x = [−-]?\d+(\.\d+)? is drawn at random\. \(The default model avoids this/,
    );
    expect(narrate(facts, MESSAGES.ko, obj.dims[0] as Dim)).toMatch(
      /^다음 단계\(1번째 반복\): .*무작위로 고릅니다\. \(기본 모델은/,
    );
  });

  it('stays quiet once the fit finds a real length scale (smooth data)', () => {
    const dims: Dim[] = [{ name: 'x', min: 0, max: 6, scale: 'linear' }];
    const res = compileFormula('sin(x)', dims);
    if (!res.ok) throw new Error(res.error.message);
    const obj = res.objective;
    let h = H.startHistory(toLoopConfig(DEFAULT_SETTINGS, obj), obj, 0);
    for (const x of [0.5, 1.5, 3, 4.5, 5.5]) h = H.evaluateAndPush(h, obj, [x], 'manual', 0);
    const state = H.current(h);
    const facts = narrationFacts(state, analyze(state, { grid: plotGrid(state) }));
    expect(facts.kind).toBe('bo');
  });
});

describe('failed points in the model (teaching truth)', () => {
  function logOf(goal: 'maximize' | 'minimize'): Objective {
    const res = compileFormula('log(x)', [X], { goal });
    if (!res.ok) throw new Error(res.error.message);
    return res.objective;
  }
  const logX = logOf('maximize');

  /** log(x) on [-2, 6] with three probes where it fails and four where it does not. */
  function failingState(goal: 'maximize' | 'minimize'): LoopState {
    const obj = logOf(goal);
    let h = start(obj);
    for (const x of [-1.5, 0.5, 2, -0.7, 3.5, 5, -1.1])
      h = H.evaluateAndPush(h, obj, [x], 'manual', 0);
    const s = H.current(h);
    expect(s.config.goal).toBe(goal);
    return s;
  }

  it('states how many failed points the model counts, at which value and where', () => {
    for (const goal of ['maximize', 'minimize'] as const) {
      const s = failingState(goal);
      const a = analysisOf(s);
      const f = narrationFacts(s, a);
      if (f.kind !== 'bo') throw new Error(f.kind);
      // The facts are the numbers the model was fitted with...
      const failed = failedAsWorst(s.observations, goal);
      if (!failed || !a.model) throw new Error('expected failed points and a model');
      const xs = failed.indices.map((i) => s.observations[i]?.x[0] as number);
      expect(xs.sort((p, q) => p - q)).toEqual([-1.5, -1.1, -0.7]);
      const ys = s.observations.flatMap((o) => (o.y === null ? [] : [o.y]));
      const worst = goal === 'maximize' ? Math.min(...ys) : Math.max(...ys);
      expect(f.failed).toEqual({ count: 3, value: worst, span: [-1.5, -0.7] });
      // ...and the drawn mean passes through that value at each failed point.
      const mean = new Float64Array(3);
      predict(a.model, { data: Float64Array.from(xs), n: 3, d: 1 }, mean, new Float64Array(3));
      const sign = goal === 'maximize' ? 1 : -1;
      for (const m of mean) expect(sign * m).toBeCloseTo(worst, 3);
      // The sentence says exactly those numbers, once.
      const text = narrate(f, en, X);
      const said = `3 failed points (x between ${formatCoordinate(-1.5, X)} and ${formatCoordinate(-0.7, X)}) are modelled as the worst value seen (${formatNumber(worst, 4)}), so BO steers away from them.`;
      expect(text.endsWith(` ${said}`)).toBe(true);
      expect(text.split('failed points')).toHaveLength(2);
      expect(narrate(f, ko, X)).toContain(`실패한 점 3개 (x: −1.50 ~ −0.70 사이)는`);
      expect(narrate(f, ko, X)).toContain(`(${formatNumber(worst, 4)})`);
    }
  });

  it('names a single failed point by its place, and says nothing without failures', () => {
    let h = start(logX);
    for (const x of [0.5, 2, -0.7, 3.5, 5]) h = H.evaluateAndPush(h, logX, [x], 'manual', 0);
    const s = H.current(h);
    const f = narrationFacts(s, analysisOf(s));
    if (f.kind !== 'bo') throw new Error(f.kind);
    expect(f.failed?.count).toBe(1);
    expect(narrate(f, en, X)).toMatch(
      /The failed point \(x = −0\.70\) is modelled as the worst value seen \(−?\d/,
    );
    const clean = H.current(stepN(start(objective('bayes-opt-1d')), objective('bayes-opt-1d'), 4));
    const g = narrationFacts(clean, analysisOf(clean));
    expect(g.kind === 'bo' && g.failed).toBeFalsy();
    expect(narrate(g, en, X)).not.toMatch(/failed/);
  });

  it('in 2D, says the count and the value without a span', () => {
    const dims: Dim[] = [
      { name: 'a', min: -1, max: 1, scale: 'linear' },
      { name: 'b', min: -1, max: 1, scale: 'linear' },
    ];
    const r2 = compileFormula('sqrt(a) + b', dims);
    if (!r2.ok) throw new Error(r2.error.message);
    let h = start(r2.objective);
    for (const p of [
      [0.5, 0],
      [-0.5, 0.5],
      [0.9, -0.9],
      [0.2, 0.8],
      [-0.8, -0.2],
    ])
      h = H.evaluateAndPush(h, r2.objective, p, 'manual', 0);
    const s = H.current(h);
    const f = narrationFacts(s, analysisOf(s));
    if (f.kind !== 'bo' || !f.failed) throw new Error('expected a bo step with failed points');
    const failed = failedAsWorst(s.observations, 'maximize');
    expect(f.failed).toEqual({ count: failed?.indices.length, value: failed?.value });
    expect(narrate(f, en, dims)).toContain(
      `${f.failed.count} failed points are modelled as the worst value seen (${formatNumber(f.failed.value, 4)})`,
    );
  });
});
