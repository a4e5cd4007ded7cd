/**
 * bayes_opt's SequentialDomainReductionTransformer (Stander & Craig 2002, "On the robustness of a
 * simple domain reduction scheme for simulation-based optimization"), as pure functions over an
 * immutable state. After every BO iteration the search box is re-centred on the best point so far
 * and shrunk: by eta when the best stands still, less when it moves (panning, gamma_pan), more
 * when it jumps back and forth (oscillation, gamma_osc). The arithmetic follows the library's
 * domain_reduction.py step for step so the boxes can be compared with a python run.
 */
import type { Bounds } from '../../bo/types.ts';

/** The transformer's parameters; bayes_opt's defaults are in SDR_DEFAULTS. */
export interface DomainReductionParams {
  readonly gammaOsc: number;
  readonly gammaPan: number;
  readonly eta: number;
  /** Smallest width the box may shrink to, per dimension (0: none). */
  readonly minimumWindow: readonly number[] | number;
}

export const SDR_DEFAULTS: DomainReductionParams = {
  gammaOsc: 0.7,
  gammaPan: 1.0,
  eta: 0.9,
  minimumWindow: 0,
};

/** Everything the transformer remembers between iterations (its attributes in python). */
export interface DomainReductionState {
  readonly params: DomainReductionParams;
  readonly original: Bounds;
  readonly minimumWindow: readonly number[];
  readonly previousOptimal: readonly number[];
  readonly currentOptimal: readonly number[];
  readonly previousD: readonly number[];
  readonly currentD: readonly number[];
  /** The window widths r, already contracted for the next step. */
  readonly r: readonly number[];
  /** The contraction rate of the last step, per dimension (for the readout). */
  readonly rate: readonly number[];
  /** Every box so far, the original first. */
  readonly history: readonly Bounds[];
}

const map = (a: readonly number[], f: (v: number, i: number) => number): number[] => a.map(f);
const at = (a: readonly number[], i: number): number => a[i] as number;

/** gamma, contraction rate and the next r, from the normalized moves d (shared by both steps). */
function contract(
  p: DomainReductionParams,
  currentD: readonly number[],
  previousD: readonly number[],
  r: readonly number[],
): { rate: number[]; r: number[] } {
  const rate = map(currentD, (d, i) => {
    const c = d * at(previousD, i);
    const cHat = Math.sqrt(Math.abs(c)) * Math.sign(c);
    const gamma = 0.5 * (p.gammaPan * (1 + cHat) + p.gammaOsc * (1 - cHat));
    return p.eta + Math.abs(d) * (gamma - p.eta);
  });
  return { rate, r: map(r, (v, i) => at(rate, i) * v) };
}

/** The transformer's initialize(): centred on the box, r already contracted once by eta. */
export function initDomainReduction(
  bounds: Bounds,
  params: DomainReductionParams = SDR_DEFAULTS,
): DomainReductionState {
  const d = bounds.lower.length;
  const minimumWindow =
    typeof params.minimumWindow === 'number'
      ? new Array<number>(d).fill(params.minimumWindow)
      : [...params.minimumWindow];
  if (minimumWindow.length !== d) {
    throw new RangeError(`minimumWindow has ${minimumWindow.length} entries, the box ${d} dims`);
  }
  const width = map(bounds.lower, (lo, i) => at(bounds.upper, i) - lo);
  minimumWindow.forEach((w, i) => {
    if (at(width, i) < w) {
      throw new RangeError(
        'the box is narrower than the minimum window: widen it or lower the window',
      );
    }
  });
  const centre = map(bounds.lower, (lo, i) => (lo + at(bounds.upper, i)) / 2);
  const zero = new Array<number>(d).fill(0);
  const { rate, r } = contract(params, zero, zero, width);
  return {
    params,
    original: bounds,
    minimumWindow,
    previousOptimal: centre,
    currentOptimal: centre,
    previousD: zero,
    currentD: zero,
    r,
    rate,
    history: [bounds],
  };
}

/**
 * The transformer's transform(): given the best point so far (search units), the next state and
 * its new box (the last entry of history).
 */
export function reduceDomain(
  state: DomainReductionState,
  bestX: readonly number[],
): DomainReductionState {
  const previousOptimal = state.currentOptimal;
  const previousD = state.currentD;
  const currentOptimal = [...bestX];
  const currentD = map(
    currentOptimal,
    (x, i) => (2 * (x - at(previousOptimal, i))) / at(state.r, i),
  );
  const { rate, r } = contract(state.params, currentD, previousD, state.r);
  const lower = map(currentOptimal, (x, i) => x - 0.5 * at(r, i));
  const upper = map(currentOptimal, (x, i) => x + 0.5 * at(r, i));
  const box = trim(lower, upper, state.original, state.minimumWindow);
  return {
    ...state,
    previousOptimal,
    currentOptimal,
    previousD,
    currentD,
    r,
    rate,
    history: [...state.history, box],
  };
}

/** The box as the python _trim leaves it: sorted, clipped to the original box, widened to the window. */
function trim(
  lower: readonly number[],
  upper: readonly number[],
  global: Bounds,
  minimumWindow: readonly number[],
): Bounds {
  const lo: number[] = [];
  const hi: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    let a = Math.min(at(lower, i), at(upper, i));
    let b = Math.max(at(lower, i), at(upper, i));
    const gLo = at(global.lower, i);
    const gHi = at(global.upper, i);
    if (a < gLo) a = gLo;
    if (b > gHi) b = gHi;
    // A window that left the box entirely is reset to the box's edge (python warns here).
    if (a > gHi) a = gLo;
    if (b < gLo) b = gHi;
    const width = Math.abs(a - b);
    const minW = at(minimumWindow, i);
    if (width < minW) {
      const deficit = (minW - width) / 2;
      const left = Math.min(deficit, Math.abs(gLo - a));
      const right = Math.min(deficit, Math.abs(gHi - b));
      a -= left + Math.max(deficit - right, 0);
      b += right + Math.max(deficit - left, 0);
    }
    lo.push(a);
    hi.push(b);
  }
  return { lower: lo, upper: hi };
}
