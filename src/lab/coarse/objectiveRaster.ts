/**
 * The objective over its 2D box as a grid of display values, for the background map. Benchmarks
 * span orders of magnitude (Branin: 0.4 to 300), so the map shows log10 of the gap to the grid's
 * best value: every valley stays visible, and bright always means good, whatever the goal.
 */
import type { Objective } from '../../objectives/types.ts';

export interface ObjectiveRaster {
  readonly side: number;
  /** side x side, row-major from the bottom row (y = min) up; display units in [-3, 0]. */
  readonly values: Float64Array;
  /** The grid's best and worst objective values: what the two ends of the display range mean. */
  readonly best: number;
  readonly worst: number;
}

export const RASTER_FLOOR = -3;

export function objectiveRaster(obj: Objective, side = 120): ObjectiveRaster {
  const [dx, dy] = obj.dims as [Objective['dims'][0], Objective['dims'][0]];
  const raw = new Float64Array(side * side);
  const sign = obj.goal === 'minimize' ? 1 : -1;
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < side; j++) {
    const y = dy.min + ((dy.max - dy.min) * j) / (side - 1);
    for (let i = 0; i < side; i++) {
      const x = dx.min + ((dx.max - dx.min) * i) / (side - 1);
      let v: number;
      try {
        v = sign * obj.f([x, y]);
      } catch {
        v = NaN;
      }
      raw[j * side + i] = v;
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  const span = hi > lo ? hi - lo : 1;
  const values = raw.map((v) =>
    Number.isFinite(v) ? Math.log10((v - lo) / span + 10 ** RASTER_FLOOR) : NaN,
  );
  return { side, values, best: sign * lo, worst: sign * (lo + span) };
}

/**
 * The objective value a display value stands for (the inverse of the map's transform), so the
 * colour bar can be labelled in f rather than in log10 of a share of the range.
 */
export function rasterObjectiveValue(raster: ObjectiveRaster, display: number): number {
  const gap = (raster.worst - raster.best) * (10 ** display - 10 ** RASTER_FLOOR);
  return raster.best + gap;
}
