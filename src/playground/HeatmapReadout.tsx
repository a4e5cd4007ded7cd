import { useMessages } from '../i18n/locale.ts';
import type { Dim } from '../objectives/types.ts';
import type { Point2D } from '../plots/Heatmap2D.tsx';
import { nearestCell, type Box2D } from '../plots/heatmapRaster.ts';
import { formatNumber } from '../widgets/format.ts';
import { formatPoint, readoutAt } from './heatmapData.ts';
import type { Surfaces } from './useSurfaces.ts';

interface HeatmapReadoutProps {
  /** Whose values these are: the cursor's, else the next point's, else the best point's. */
  readonly kind: 'cursor' | 'next' | 'best';
  readonly point: Point2D | null;
  readonly surfaces: Surfaces;
  readonly box: Box2D;
  readonly dims: readonly Dim[];
  /** "EI (ξ = 0.01)". */
  readonly acquisitionName: string;
}

/**
 * The three surfaces read at one point (the nearest grid cell, so the numbers are exactly the
 * colours under the crosshair): position, mean, σ and acquisition in one line.
 */
export function HeatmapReadout(props: HeatmapReadoutProps) {
  const { kind, point, surfaces, box, dims, acquisitionName } = props;
  const t = useMessages();
  if (!point) return <p className="heatmap-readout" data-testid="heatmap-readout" />;
  const cell = nearestCell(point.x, point.y, box, surfaces.side);
  const r = readoutAt(cell.index, surfaces);
  const who = kind === 'cursor' ? t.readoutCursor : kind === 'next' ? t.readoutNext : t.plotBest;
  const num = (v: number, digits: number) => (Number.isFinite(v) ? formatNumber(v, digits) : '—');
  return (
    <dl
      className="heatmap-readout"
      data-testid="heatmap-readout"
      data-kind={kind}
      data-x={cell.x}
      data-y={cell.y}
    >
      <div className="readout-point">
        <dt>{who}</dt>
        <dd>{formatPoint([cell.x, cell.y], dims)}</dd>
      </div>
      <div>
        <dt>{t.readoutMean}</dt>
        <dd>{num(r.mean, 4)}</dd>
      </div>
      <div>
        <dt>{t.readoutStd}</dt>
        <dd>{num(r.std, 3)}</dd>
      </div>
      <div>
        <dt>{acquisitionName}</dt>
        <dd>{num(r.acquisition, 3)}</dd>
      </div>
    </dl>
  );
}
