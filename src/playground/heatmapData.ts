/**
 * What the 2D screen derives from a state and its surfaces before drawing: colour domains shared
 * by the panels, observations in plot form, the readout at a grid cell. Pure, so it is unit-tested.
 */
import type { LoopState } from '../bo/types.ts';
import type { Dim } from '../objectives/types.ts';
import { NEAR_ZERO } from '../plots/AcquisitionPlot1D.tsx';
import type { Observation2D } from '../plots/HeatmapMarks.tsx';
import type { Box2D, ColorMapping } from '../plots/heatmapRaster.ts';
import { finiteExtent } from '../plots/scales.ts';

export { formatPoint } from '../widgets/format.ts';

/** The 2D box of the first two dims, in search units. */
export function boxOf(dims: readonly Dim[]): Box2D {
  const [a, b] = dims;
  return { x: [a?.min ?? 0, a?.max ?? 1], y: [b?.min ?? 0, b?.max ?? 1] };
}

export function observations2D(state: LoopState): Observation2D[] {
  return state.observations.map((o, i) => ({
    x: o.x[0] as number,
    y: o.x[1] as number,
    value: o.y,
    index: i + 1,
    phase: o.phase,
  }));
}

/** Colour mappings of the three panels, and whether the acquisition is zero to rounding. */
export interface PanelColors {
  readonly mean: ColorMapping;
  readonly std: ColorMapping;
  readonly acquisition: ColorMapping;
  readonly acquisitionNearZero: boolean;
}

type Values = ArrayLike<number> | null | undefined;

/**
 * Each panel's colours span what it shows. The mean's span is the GP's own (with the observed
 * values), not the true objective's: a benchmark's steep walls (Branin reaches 300 where its minima
 * are 0.4) would otherwise paint the whole learned surface one colour. A minimized objective gets
 * the ramp reversed, so bright is good in every panel. σ starts at 0, its floor. The acquisition
 * starts at 0 when it cannot be negative (EI, PI), as in the 1D plot. An acquisition whose lowest
 * point is chosen (a minimized f's LCB or Thompson path, in f's units) is reversed like the mean,
 * so the chosen point is bright and the bar's low end is its value.
 */
export function panelColors(
  mean: Values,
  std: Values,
  acquisition: Values,
  observed: Values,
  goal: LoopState['config']['goal'],
  acquisitionLowestChosen = false,
): PanelColors {
  const meanExt = finiteExtent([mean, observed]) ?? [0, 1];
  const stdMax = finiteExtent([std])?.[1] ?? 1;
  const acqExt = finiteExtent([acquisition]);
  let acqDomain: [number, number] = [0, 1];
  let nearZero = false;
  if (acqExt) {
    const [lo, hi] = acqExt;
    if (acquisitionLowestChosen) acqDomain = [lo, hi > lo ? hi : lo + 1];
    else if (lo >= 0 && hi < NEAR_ZERO) nearZero = true;
    else acqDomain = lo >= 0 ? [0, hi] : [lo, hi];
  }
  return {
    mean: { domain: meanExt, reverse: goal === 'minimize' },
    std: { domain: [0, stdMax > 0 ? stdMax : 1] },
    acquisition: { domain: acqDomain, reverse: acquisitionLowestChosen },
    acquisitionNearZero: nearZero,
  };
}

/** The surfaces' values at one grid cell (NaN where a surface is missing). */
export interface CellReadout {
  readonly mean: number;
  readonly std: number;
  readonly acquisition: number;
}

export function readoutAt(
  index: number,
  surfaces: { mean: Values; std: Values; acquisition: Values },
): CellReadout {
  const at = (a: Values) => (a && index >= 0 && index < a.length ? (a[index] as number) : NaN);
  return {
    mean: at(surfaces.mean),
    std: at(surfaces.std),
    acquisition: at(surfaces.acquisition),
  };
}

/**
 * Observations within `tolerance` (a fraction of the other axis's range) of a slice line, as 1D
 * observations along it: a point that far off the line still tells what the curve does there.
 */
export function observationsNearSlice(
  observations: readonly Observation2D[],
  axis: 0 | 1,
  through: { readonly x: number; readonly y: number },
  box: Box2D,
  tolerance = 0.03,
): { x: number; y: number | null; index: number; phase: Observation2D['phase'] }[] {
  const [lo, hi] = axis === 0 ? box.y : box.x;
  const fixed = axis === 0 ? through.y : through.x;
  const limit = tolerance * Math.abs(hi - lo);
  return observations
    .filter((o) => Math.abs((axis === 0 ? o.y : o.x) - fixed) <= limit)
    .map((o) => ({ x: axis === 0 ? o.x : o.y, y: o.value, index: o.index, phase: o.phase }));
}
