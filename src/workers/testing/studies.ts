/** Studies with many observations for the analysis-worker tests (a test helper, not app code). */
import type { LoopState, Observation } from '../../bo/types.ts';
import { createRng } from '../../math/rng.ts';
import type { AcquisitionSpec } from '../../math/acquisition.ts';
import { defaultConfig } from '../../bo/defaults.ts';

export interface StudyOptions {
  readonly dims?: 1 | 2;
  readonly acquisition?: AcquisitionSpec;
  readonly goal?: 'maximize' | 'minimize';
  readonly fitKernel?: boolean;
  readonly seed?: number;
}

/**
 * The seed example's settings (or a 2D box) with the two initial points and n - 2 probes at seeded
 * random places: probes do not spend the budget, so the next step is a BO step. A few values fail
 * (null), as in real studies.
 */
export function studyWith(n: number, opts: StudyOptions = {}): LoopState {
  // The seed example's box and goal with bayes_opt's defaults (bo/, not the store: workers/ sits
  // below store/ and its tests may not import it).
  let config = defaultConfig({ lower: [-2], upper: [6] }, 'maximize');
  if (opts.dims === 2) {
    config = { ...config, bounds: { lower: [-5, -5], upper: [-1, -1] } };
  }
  config = {
    ...config,
    ...(opts.acquisition ? { acquisition: opts.acquisition } : {}),
    ...(opts.goal ? { goal: opts.goal } : {}),
    ...(opts.fitKernel !== undefined ? { fitKernel: opts.fitKernel } : {}),
    seed: opts.seed ?? config.seed,
  };
  const rng = createRng(11);
  const { lower, upper } = config.bounds;
  const observations: Observation[] = Array.from({ length: n }, (_, i) => {
    const x = lower.map((lo, k) => rng.uniform(lo, upper[k] as number));
    const y = i % 37 === 5 ? null : Math.sin(3 * (x[0] as number)) + 0.2 * (x[1] ?? 0);
    return { x, y, phase: i < 2 ? 'init' : 'manual' };
  });
  return { config, observations };
}
