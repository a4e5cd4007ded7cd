import { useMemo } from 'react';
import type { Analysis } from '../bo/analysis.ts';
import { posteriorSlice } from '../bo/slice.ts';
import type { LoopState } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import type { PointSet } from '../math/types.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import type { Objective } from '../objectives/types.ts';
import type { Observation2D, Point2D } from '../plots/Heatmap2D.tsx';
import { BAND_Z } from '../plots/ObjectivePlot1D.tsx';
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

function truthOn(objective: Objective, points: PointSet): Float64Array {
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
  const band = useStore((s) => s.band);
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
  const yDomain = useMemo(
    () =>
      objectiveYDomain({
        truth,
        observations: near.map((o) => o.y),
        mean: slice.mean,
        std: slice.std,
        z: BAND_Z[band],
      }),
    [truth, near, slice, band],
  );
  if (!dim || !fixedDim) return null;

  // The next point belongs on this line only if it lies on it (to rounding).
  const range = Math.abs(fixedDim.max - fixedDim.min) || 1;
  const onLine = next && Math.abs((axis === 0 ? next.y : next.x) - fixed) <= 1e-9 * range;
  const nextAlong = onLine ? (axis === 0 ? next.x : next.y) : null;
  const xDomain = [dim.min, dim.max] as const;
  const title = fill(t.sliceAt, { at: `${fixedDim.name} = ${formatCoordinate(fixed, fixedDim)}` });
  const probeAt = (v: number) => onProbe(axis === 0 ? [v, anchor.y] : [anchor.x, v]);

  return (
    <section className="slice-row" aria-label={title}>
      <p className="slice-title">{title}</p>
      <div className="slice-plots">
        <Plot1DPair
          xDomain={xDomain}
          scale={dim.scale}
          grid={slice.t}
          boxClass={['plot-box slice-box', 'plot-box slice-box']}
          objective={{
            xLabel: axisTitle(dim, t),
            truth,
            mean: slice.mean,
            std: slice.std,
            band,
            observations: near,
            bestIndex: props.bestIndex,
            next: nextAlong === null ? null : { x: nextAlong },
            yDomain,
            onProbe: probeAt,
            ariaLabel: t.slicePlotLabel,
          }}
          acquisition={{
            ...shownAcquisition(state.config, slice.acquisition, t),
            next: nextAlong === null ? null : { x: nextAlong, value: props.nextValue },
            xLabel: axisTitle(dim, t),
            ariaLabel: t.sliceAcquisitionLabel,
          }}
        />
      </div>
    </section>
  );
}
