import { describe, expect, it } from 'vitest';
import { FULL_SEARCH_UP_TO, type FitReport } from '../math/gpWarmStart.ts';
import type { GPModel } from '../math/types.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import { DEFAULT_OBJECTIVE_ID, getObjective } from '../objectives/registry.ts';
import { defaultConfig } from './defaults.ts';
import { fitStateModel, suggest } from './loop.ts';
import { runStudy } from './run.ts';
import type { LoopConfig, LoopState } from './types.ts';
import { chainModel, prefixFitOf, type PrefixFit } from './warmChain.ts';

function study(id: string, model: LoopConfig['model'], iterations: number) {
  const obj = getObjective(id);
  if (!obj) throw new Error(`objective ${id} missing`);
  const bounds = { lower: obj.dims.map((d) => d.min), upper: obj.dims.map((d) => d.max) };
  const config: LoopConfig = { ...defaultConfig(bounds, obj.goal), model, iterations, seed: 4 };
  return runStudy(config, (x) => safeEvaluate(obj, x));
}

const prefix = (s: LoopState, k: number): LoopState => ({
  ...s,
  observations: s.observations.slice(0, k),
});

const bits = (m: GPModel | null) =>
  m && { ls: m.kernel.lengthScale, L: Array.from(m.L), lml: m.logMarginalLikelihood };

describe('warm chain (issue 18)', () => {
  for (const [id, model] of [
    [DEFAULT_OBJECTIVE_ID, 'bayes_opt'],
    [DEFAULT_OBJECTIVE_ID, 'default'],
    ['branin', 'bayes_opt'],
    ['branin', 'default'],
  ] as const) {
    it(`${id}, ${model}: the same bits with and without the prefix cache, for far fewer evaluations`, () => {
      const { state } = study(id, model, 30);
      const n = state.observations.length;
      const fits = new Map<number, PrefixFit>();
      const known = (k: number) => fits.get(k);
      const onPrefix = (k: number, f: PrefixFit) => fits.set(k, f);
      let stepped = 0;
      let cold = 0;
      let warmFits = 0;
      let checked = 0;
      for (let k = 1; k <= n; k++) {
        const s = prefix(state, k);
        const reports: FitReport[] = [];
        const withCache = chainModel(s, { known, onPrefix, report: (r) => reports.push(r) });
        fits.set(k, prefixFitOf(withCache));
        // Up to FULL_SEARCH_UP_TO every fit is a full search: the chain is checked past it.
        if (k <= FULL_SEARCH_UP_TO) continue;
        checked++;
        stepped += reports.reduce((a, r) => a + r.evaluations, 0);
        warmFits += reports.filter((r) => r.mode === 'warm').length;
        // A link opened at k: no cache at all.
        expect(bits(chainModel(s))).toEqual(bits(withCache));
        // The analysis worker: only the previous count's fit, as the main thread sends it.
        const seed = fits.get(k - 1);
        const worker = chainModel(s, { known: (j) => (j === k - 1 ? seed : undefined) });
        expect(bits(worker)).toEqual(bits(withCache));
        fitStateModel(s, { report: (r) => (cold += r.evaluations) });
      }
      expect(checked).toBeGreaterThan(10);
      expect(warmFits).toBeGreaterThan(checked / 2);
      expect(stepped * 2).toBeLessThan(cold);
    });
  }

  it('runStudy proposes from the chain model of each state, whatever its own cache held', () => {
    const { state, records } = study(DEFAULT_OBJECTIVE_ID, 'bayes_opt', 12);
    for (let i = state.config.initPoints; i < records.length; i++) {
      const s = prefix(state, i);
      const model = chainModel(s);
      const expected = suggest(s, model ? { model } : {}).proposal.x;
      expect(records[i]?.x).toEqual(expected);
    }
  });
});
