/**
 * What a state's analysis costs on the main thread, estimated from its size, and whether that is
 * too long to run there. The constants are measured (Node 22 on a shared 2-core machine, the same V8
 * as Chromium; `analyze` of the seed example's config with n random observations):
 *
 *   ML-II fit (32-point scan + 7 L-BFGS-B starts):  n = 100: 144 ms, 200: 1.05 s, 300: 3.5 s,
 *                                                   500: 12.7 s, 1,000: 158 s on a loaded machine
 *                                                   (1.0e-4 to 1.6e-4 ms x n^3); with the
 *                                                   blocked likelihood being added meanwhile
 *                                                   n = 100: 134 ms, 200: 0.70 s, 300: 2.4 s
 *   fixed kernel (one factorization):               n = 1,000: 0.38 to 0.48 s  (~4.5e-7 ms x n^3)
 *   acquisition search + plot grid, model given:   n = 1,000: 36 ms in 1D, 274 ms in 2D,
 *                                                   n = 500: 80 ms in 2D  (~2.7e-4 ms x n^2)
 *
 * so a fitted study goes to the worker from about 70 observations on, a fixed kernel from about
 * 340, and a study whose model is already known (a slider moved) from about 430.
 */
import type { LoopState } from '../bo/types.ts';

/**
 * The longest the main thread may be busy with one analysis: a task over 50 ms is a long task (it
 * delays input), so anything longer goes to the worker while the last picture stays on screen.
 */
export const SYNC_LIMIT_MS = 50;

const FIT_MS_PER_N3 = 1.3e-4;
/** The starts of the measured fit: the given length scale, the scan's best and 5 random ones. */
const MEASURED_STARTS = 7;
const FIXED_FIT_MS_PER_N3 = 4.5e-7;
const SEARCH_MS_PER_N2 = 2.7e-4;

/**
 * Estimated milliseconds of the analysis of `state`; without the fit when the model is known.
 * Every observation counts, failed ones too: they may enter the GP (imputed), never fewer.
 */
export function estimateAnalysisMs(state: LoopState, modelKnown: boolean): number {
  const n = state.observations.length;
  const { fitKernel, restarts } = state.config;
  const search = SEARCH_MS_PER_N2 * n * n;
  if (modelKnown) return search;
  const fit = fitKernel
    ? (FIT_MS_PER_N3 * n ** 3 * (restarts + 2)) / MEASURED_STARTS
    : FIXED_FIT_MS_PER_N3 * n ** 3;
  return fit + search;
}

/** True when the analysis would hold the main thread longer than SYNC_LIMIT_MS. */
export function tooSlowForMainThread(state: LoopState, modelKnown: boolean): boolean {
  return estimateAnalysisMs(state, modelKnown) > SYNC_LIMIT_MS;
}
