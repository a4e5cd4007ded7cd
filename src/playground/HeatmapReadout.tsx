import type { ShownPoint } from '../bo/acquisitionShown.ts';
import { useMessages } from '../i18n/locale.ts';
import type { Dim } from '../objectives/types.ts';
import type { Point2D } from '../plots/Heatmap2D.tsx';
import { nearestCell, type Box2D } from '../plots/heatmapRaster.ts';
import { formatNumber } from '../widgets/format.ts';
import { formatPoint, readoutAt } from './heatmapData.ts';
import type { Surfaces } from './useSurfaces.ts';

/** Significant digits of the readout: mean, σ and acquisition (the truth tests read them back). */
export const READOUT_DIGITS = { mean: 4, std: 3, acquisition: 3 } as const;

interface HeatmapReadoutProps {
  /** Whose values these are: the cursor's, else the next point's, else the best point's. */
  readonly kind: 'cursor' | 'next' | 'best';
  readonly point: Point2D | null;
  /** The surfaces as shown (the acquisition converted by bo/acquisitionShown.ts). */
  readonly surfaces: Surfaces;
  readonly box: Box2D;
  readonly dims: readonly Dim[];
  /** Every dim of a study of three or more (maps' order): the next point's coordinates, all named. */
  readonly nextDims?: readonly Dim[] | undefined;
  /** "EI (ξ = 0.01)", "LCB (κ = 2.58)". */
  readonly acquisitionName: string;
  /**
   * The next point and the model's values there, as the narration states them. The next point is
   * read here, not at its grid cell: one point, one set of numbers on the whole screen.
   */
  readonly next?: ShownPoint | null | undefined;
}

/**
 * The three surfaces read at one point: position, mean, σ and acquisition in one line. The cursor
 * and the best point read the nearest grid cell, so the numbers are exactly the colours under the
 * crosshair; the next point reads the model at the proposal itself.
 */
export function HeatmapReadout(props: HeatmapReadoutProps) {
  const { kind, point, surfaces, box, dims, acquisitionName, next, nextDims } = props;
  const t = useMessages();
  if (!point) return <p className="heatmap-readout" data-testid="heatmap-readout" />;
  const exact = kind === 'next' && next ? next : null;
  const cell = nearestCell(point.x, point.y, box, surfaces.side);
  const at = exact ? { x: exact.x[0] as number, y: exact.x[1] as number } : cell;
  const r = exact ?? readoutAt(cell.index, surfaces);
  const who = kind === 'cursor' ? t.readoutCursor : kind === 'next' ? t.readoutNext : t.plotBest;
  const num = (v: number, digits: number) => (Number.isFinite(v) ? formatNumber(v, digits) : '—');
  return (
    <dl
      className="heatmap-readout"
      data-testid="heatmap-readout"
      data-kind={kind}
      data-x={at.x}
      data-y={at.y}
    >
      <div className="readout-point">
        <dt>{who}</dt>
        <dd>
          {exact && nextDims ? formatPoint(exact.x, nextDims) : formatPoint([at.x, at.y], dims)}
        </dd>
      </div>
      <div>
        <dt>{t.readoutMean}</dt>
        <dd>{num(r.mean, READOUT_DIGITS.mean)}</dd>
      </div>
      <div>
        <dt>{t.readoutStd}</dt>
        <dd>{num(r.std, READOUT_DIGITS.std)}</dd>
      </div>
      <div>
        <dt>{acquisitionName}</dt>
        <dd>{num(r.acquisition, READOUT_DIGITS.acquisition)}</dd>
      </div>
    </dl>
  );
}
