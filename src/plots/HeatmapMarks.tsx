/**
 * What a heatmap draws over its raster: the numbered observations, the best one ringed, failed
 * ones as grey crosses, and the next point as a plus. Marks are light with a dark outline so they
 * read on every colour of every scheme and in both themes (the raster's colours do not follow the
 * theme). Shapes match the 1D plots: hollow initial points, filled BO points, diamonds for probes.
 */
import { memo } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { fillTemplate, formatNumber } from './format.ts';
import { clamp, indexWidthEm, placeLabels, type LabelRequest } from './layout.ts';
import { ObservationSymbol, SpotLabel, type ObservationShape } from './marks.tsx';
import type { ObservationPhase } from './ObservationMarks.tsx';

/** One evaluation on a 2D plot, in search units; value null for a failed evaluation. */
export interface Observation2D {
  readonly x: number;
  readonly y: number;
  readonly value: number | null;
  /** 1-based order in which it was taken; also its label. */
  readonly index: number;
  readonly phase: ObservationPhase;
}

/** A plus sign of half-width r, centred on the origin (stroke it). */
export function plusPath(r: number): string {
  return `M${-r},0H${r}M0,${-r}V${r}`;
}

interface HeatmapMarksProps {
  readonly observations: readonly Observation2D[];
  readonly u: (x: number) => number;
  readonly v: (y: number) => number;
  readonly size: number;
  readonly em: number;
  readonly bestIndex?: number | undefined;
  /** "x = 1.2, y = 3.4": how a point reads in the marks' accessible names. */
  readonly formatPoint: (x: number, y: number) => string;
  /** Number the marks (off where the plot is too small for labels to be read). */
  readonly labelled: boolean;
}

// Failures carry no fill, so they are not an hm-mark.
const heatmapMarkClass = (shape: ObservationShape) =>
  shape === 'failed' ? 'hm-failed' : `hm-mark hm-${shape}`;

/**
 * Memoized: a hover moves only the crosshair (its own layer in Heatmap2D), so the marks and their
 * label placement (a third of a hover's cost at N = 100 in three maps) redraw only when the
 * observations, the scales or the size change.
 */
export const HeatmapMarks = memo(function HeatmapMarks(props: HeatmapMarksProps) {
  const { observations, u, v, size, em, bestIndex, formatPoint, labelled } = props;
  const t = useMessages();
  const r = 0.32 * em;
  const labelEm = 0.74 * em;
  const placed = observations.map((o) => ({
    o,
    pu: clamp(u(o.x), 0, size),
    pv: clamp(v(o.y), 0, size),
    failed: o.value === null || !Number.isFinite(o.value),
  }));
  const requests: LabelRequest[] = placed.map((p) => ({
    u: p.pu,
    v: p.pv,
    width: indexWidthEm(p.o.index) * labelEm + 2,
    height: 0.9 * em,
  }));
  const obstacles = placed.map((p) => ({ u: p.pu, v: p.pv, width: 2 * r + 3, height: 2 * r + 3 }));
  // Inside the map only: a number below its bottom edge would sit on the colour bar's ticks.
  const spots = labelled
    ? placeLabels(requests, obstacles, r * 0.4, { width: size, height: size })
    : [];

  return (
    <g className="heatmap-marks" pointerEvents="none">
      {placed.map(({ o, pu, pv, failed }) => {
        const template = failed
          ? t.plotObservationFailed2d
          : o.index === bestIndex
            ? t.plotObservationBest2d
            : t.plotObservation2d;
        const label = fillTemplate(template, {
          n: o.index,
          at: formatPoint(o.x, o.y),
          y: failed ? '' : formatNumber(o.value as number, 4),
        });
        return (
          <g
            key={o.index}
            className={`observation observation-${failed ? 'failed' : o.phase}`}
            transform={`translate(${pu},${pv})`}
            data-index={o.index}
            role="img"
            aria-label={label}
          >
            <ObservationSymbol
              shape={failed ? 'failed' : o.phase}
              r={r}
              classOf={heatmapMarkClass}
              haloClass="hm-halo"
            />
            {o.index === bestIndex && !failed && (
              <>
                <circle className="hm-halo" r={r + 0.28 * em} />
                <circle className="hm-best" r={r + 0.28 * em} />
              </>
            )}
          </g>
        );
      })}
      {labelled && (
        <g className="heatmap-labels" aria-hidden="true">
          {placed.map(({ o }, i) => {
            const spot = spots[i];
            return spot ? (
              <SpotLabel key={o.index} spot={spot}>
                {o.index}
              </SpotLabel>
            ) : null;
          })}
        </g>
      )}
    </g>
  );
});

/** The next point: a plus, larger on the acquisition panel where it is the point of the picture. */
export function NextMark({ u, v, r }: { u: number; v: number; r: number }) {
  return (
    <g className="next-mark" transform={`translate(${u},${v})`} pointerEvents="none">
      <path className="hm-next-halo" d={plusPath(r)} />
      <path className="hm-next" d={plusPath(r)} />
    </g>
  );
}
