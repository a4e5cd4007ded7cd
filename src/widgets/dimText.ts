/**
 * How a search dimension is named and bounded in words a person reads. A log10 dimension is
 * searched in exponents, but its bounds are shown as values (10⁻⁵, not −5, which reads as a
 * negative learning rate) and its axis is titled once as log scale, since the ticks already read 10ⁿ.
 */
import type { Messages } from '../i18n/messages.ts';
import type { Dim } from '../objectives/types.ts';
import { fillTemplate, formatNumber, formatPowerOfTen } from '../plots/format.ts';

/** A bound in search units as a value: itself, or 10^v on a log10 dimension ("10⁻⁵", "0.1", "3×10⁻⁵"). */
export function formatBound(v: number, dim: Pick<Dim, 'scale'>): string {
  if (dim.scale !== 'log10') return formatNumber(v, 6);
  // A whole decade outside plain decimals reads "10⁻⁵" rather than formatNumber's "1×10⁻⁵".
  const k = Math.round(v);
  if (Math.abs(v - k) < 1e-9 && (k < -3 || k >= 5)) return formatPowerOfTen(k);
  return formatNumber(10 ** v, 3);
}

/** "lr ∈ [10⁻⁵, 0.1], log scale" / "x ∈ [−2, 6]". */
export function formatDomain(dim: Dim, t: Pick<Messages, 'domainLogScale'>): string {
  const box = `${dim.name} ∈ [${formatBound(dim.min, dim)}, ${formatBound(dim.max, dim)}]`;
  return dim.scale === 'log10' ? `${box}, ${t.domainLogScale}` : box;
}

/**
 * The title of a dimension's axis: its label (else its name); on a log10 axis without a leading
 * "log10 ", whose ticks already say it, and with "(log scale)" instead.
 */
export function axisTitle(dim: Dim, t: Pick<Messages, 'axisLogScale'>): string {
  const label = dim.label ?? dim.name;
  if (dim.scale !== 'log10') return label;
  return fillTemplate(t.axisLogScale, { label: label.replace(/^log(10|₁₀)\s+/i, '') });
}
