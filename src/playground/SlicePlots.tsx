import { useMemo } from 'react';
import type { Analysis } from '../bo/analysis.ts';
import { posteriorSlice, type PosteriorSlice } from '../bo/slice.ts';
import type { LoopState } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import type { PointSet } from '../math/types.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import type { Observation2D, Point2D } from '../plots/Heatmap2D.tsx';
import { BAND_Z } from '../plots/ObjectivePlot1D.tsx';
import type { Observation1D } from '../plots/ObservationMarks.tsx';
import { shownAcquisition } from './acquisitionLabel.ts';
import { fill, formatCoordinate } from '../widgets/format.ts';
import { axisTitle } from '../widgets/dimText.ts';
import { boxOf, observationsNearSlice } from './heatmapData.ts';
import { Plot1DPair } from './Plot1DPair.tsx';
import { objectiveYDomain } from './plotDomain.ts';
import { useStore } from '../store/store.ts';

/** Points along the slice: smooth curves at any width the row gets. */
const SLICE_POINTS = 240;

interface SlicePlotsProps {
  readonly state: LoopState;
  readonly analysis: Analysis;
  readonly objective: Objective;
  readonly mode: 'horizontal' | 'vertical';
  /** The point the line goes through. */
  readonly anchor: Point2D;
  readonly observations: readonly Observation2D[];
  readonly bestIndex?: number | undefined;
  /** The next point, drawn when it lies on the line. */
  readonly next: Point2D | null;
  readonly nextValue: number;
  readonly onProbe: (x: readonly number[]) => void;
}

/** The objective at each point of a line (NaN where it fails): the truth drawn along a slice. */
export function truthOn(objective: Objective, points: PointSet): Float64Array {
  const out = new Float64Array(points.n);
  for (let i = 0; i < points.n; i++) {
    const r = safeEvaluate(
      objective,
      Array.from(points.data.subarray(i * points.d, (i + 1) * points.d)),
    );
    out[i] = r.ok ? r.value : NaN;
  }
  return out;
}

/**
 * The posterior along a horizontal (x varies) or vertical (y varies) line through the cursor,
 * drawn with the 1D plots: mean and band over the truth, and the acquisition beneath.
 */
export function SlicePlots(props: SlicePlotsProps) {
  const { state, analysis, objective, mode, anchor, observations, next, onProbe } = props;
  const t = useMessages();
  const showTruth = useStore((s) => s.showTruth);
  const axis = mode === 'horizontal' ? 0 : 1;
  const dim = objective.dims[axis];
  const fixedDim = objective.dims[1 - axis];
  const fixed = axis === 0 ? anchor.y : anchor.x;

  const slice = useMemo(
    () => posteriorSlice(state, analysis, axis, [anchor.x, anchor.y], SLICE_POINTS),
    [state, analysis, axis, anchor.x, anchor.y],
  );
  const truth = useMemo(
    () => (showTruth ? truthOn(objective, slice.points) : null),
    [showTruth, objective, slice],
  );
  const box = useMemo(() => boxOf(objective.dims), [objective]);
  const near = useMemo(
    () => observationsNearSlice(observations, axis, anchor, box),
    [observations, axis, anchor, box],
  );
  if (!dim || !fixedDim) return null;

  // The next point belongs on this line only if it lies on it (to rounding).
  const range = Math.abs(fixedDim.max - fixedDim.min) || 1;
  const onLine = next && Math.abs((axis === 0 ? next.y : next.x) - fixed) <= 1e-9 * range;
  const nextAlong = onLine ? (axis === 0 ? next.x : next.y) : null;
  const title = fill(t.sliceAt, { at: `${fixedDim.name} = ${formatCoordinate(fixed, fixedDim)}` });
  const probeAt = (v: number) => onProbe(axis === 0 ? [v, anchor.y] : [anchor.x, v]);

  return (
    <section className="slice-row" aria-label={title}>
      <p className="slice-title">{title}</p>
      <div className="slice-plots">
        <SliceCurves
          state={state}
          dim={dim}
          slice={slice}
          truth={truth}
          observations={near}
          bestIndex={props.bestIndex}
          nextMark={nextAlong}
          nextStar={nextAlong === null ? null : { x: nextAlong, value: props.nextValue }}
          onProbe={probeAt}
          labels={[t.slicePlotLabel, t.sliceAcquisitionLabel]}
          boxClass="plot-box slice-box"
        />
      </div>
    </section>
  );
}

/**
 * The posterior and the acquisition along one slice, drawn with the 1D plots: the 2D screen's
 * slice under the maps and the N-D screen's slice per dim.
 */
export function SliceCurves({
  state,
  dim,
  slice,
  truth,
  observations,
  bestIndex,
  nextMark,
  nextStar,
  onProbe,
  labels,
  boxClass,
}: {
  state: LoopState;
  dim: Dim;
  slice: PosteriorSlice;
  truth: Float64Array | null;
  /** The observations drawn on the line (on it, or near enough to tell what the curve does). */
  observations: readonly Observation1D[];
  bestIndex: number | undefined;
  /** The next point's coordinate along the line, marked on the objective plot. */
  nextMark: number | null;
  /** The next point starred on the acquisition, only where it lies on the line. */
  nextStar: { readonly x: number; readonly value: number } | null;
  onProbe: (v: number) => void;
  labels: readonly [objective: string, acquisition: string];
  boxClass: string;
}) {
  const t = useMessages();
  const band = useStore((s) => s.band);
  const yDomain = useMemo(
    () =>
      objectiveYDomain({
        truth,
        observations: observations.map((o) => o.y),
        mean: slice.mean,
        std: slice.std,
        z: BAND_Z[band],
      }),
    [truth, observations, slice, band],
  );
  return (
    <Plot1DPair
      xDomain={[dim.min, dim.max]}
      scale={dim.scale}
      grid={slice.t}
      boxClass={[boxClass, boxClass]}
      objective={{
        xLabel: axisTitle(dim, t),
        truth,
        mean: slice.mean,
        std: slice.std,
        band,
        observations,
        bestIndex,
        next: nextMark === null ? null : { x: nextMark },
        yDomain,
        onProbe,
        ariaLabel: labels[0],
      }}
      acquisition={{
        ...shownAcquisition(state.config, slice.acquisition, t),
        next: nextStar,
        xLabel: axisTitle(dim, t),
        ariaLabel: labels[1],
      }}
    />
  );
}
