/**
 * Number formatting for on-screen text (narration, status, table, readouts). The plots' own
 * formatting is reused so a value reads the same in a tick label, the table and the narration:
 * true minus signs (U+2212) and m×10ⁿ for very small or large magnitudes.
 */
import type { Dim } from '../objectives/types.ts';
import { fillTemplate, formatAtResolution, formatNumber } from '../plots/format.ts';

export { formatNumber };

/**
 * A coordinate in search units shown in the units a person reads: the value itself on a linear
 * axis, 10^v on a log10 axis. Linear values get enough decimals to tell apart points about 1/1000
 * of the domain apart (2 decimals on [-2, 6], 3 on [0, 1]).
 */
export function formatCoordinate(v: number, dim: Pick<Dim, 'min' | 'max' | 'scale'>): string {
  if (dim.scale === 'log10') return formatNumber(10 ** v, 3);
  if (!Number.isFinite(v)) return formatNumber(v);
  const width = Math.abs(dim.max - dim.min) || 1;
  // Beyond 10 decimals (a box as narrow as [0, 1e-12]) this turns to m×10ⁿ, as ticks do.
  return formatAtResolution(v, 10 ** (Math.ceil(Math.log10(width)) - 3));
}

/** "x = 1.20, y = 3.40": a point in the units a person reads, each coordinate named. */
export function formatPoint(point: readonly number[], dims: readonly Dim[]): string {
  return dims.map((d, k) => `${d.name} = ${formatCoordinate(point[k] as number, d)}`).join(', ');
}

/** Replaces {name} in a message template with vars[name]; unknown names are left as they are. */
export const fill = fillTemplate;
