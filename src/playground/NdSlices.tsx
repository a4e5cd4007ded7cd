import { memo, useMemo } from 'react';
import type { Analysis } from '../bo/analysis.ts';
import { posteriorSlice } from '../bo/slice.ts';
import type { LoopState } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import type { NdKey } from '../i18n/nd.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import type { Observation1D } from '../plots/ObservationMarks.tsx';
import { useStore } from '../store/store.ts';
import { fill } from '../widgets/format.ts';
import { SliceCurves, truthOn } from './SlicePlots.tsx';

/** Points along each slice: fewer than the 2D slice's, as up to ten are drawn at once. */
const SLICE_POINTS = 160;

interface DimSliceProps {
  readonly state: LoopState;
  readonly analysis: Analysis;
  readonly objective: Objective;
  /** Whether the objective can be evaluated (a formula or a benchmark): then its truth is drawn. */
  readonly truthKnown: boolean;
  readonly axis: number;
  /** The point every slice goes through (search units): the best trial, or the box's middle. */
  readonly held: readonly number[];
  /** The best trial, marked where every slice passes through it. */
  readonly best: Observation1D | null;
  /** The next trial, or null; its coordinate along the axis is marked. */
  readonly next: readonly number[] | null;
  readonly nextValue: number;
  readonly onProbe: (x: readonly number[]) => void;
  readonly tt: Readonly<Record<NdKey, string>>;
}

/** One small multiple: the posterior and the acquisition along one dim through the held point. */
const DimSlice = memo(function DimSlice(props: DimSliceProps) {
  const { state, analysis, objective, axis, held, best, next, tt } = props;
  const t = useMessages();
  const showTruth = useStore((s) => s.showTruth) && props.truthKnown;
  const dim = objective.dims[axis] as Dim;
  const slice = useMemo(
    () => posteriorSlice(state, analysis, axis, held, SLICE_POINTS),
    [state, analysis, axis, held],
  );
  const truth = useMemo(
    () => (showTruth ? truthOn(objective, slice.points) : null),
    [showTruth, objective, slice],
  );
  const observations = useMemo(
    () => (best ? [{ ...best, x: held[axis] as number }] : []),
    [best, held, axis],
  );
  // The next point lies on this line only when it differs from the held point in this dim alone.
  const onLine =
    next !== null &&
    next.every(
      (v, k) => k === axis || Math.abs(v - (held[k] as number)) <= 1e-9 * (Math.abs(v) + 1),
    );
  const nextAlong = next ? (next[axis] as number) : null;
  const title = fill(tt.ndSliceOf, { dim: dim.name });
  return (
    <section className="nd-slice" aria-label={title}>
      <p className="slice-title">{title}</p>
      <div className="nd-slice-plots">
        <SliceCurves
          state={state}
          dim={dim}
          slice={slice}
          truth={truth}
          observations={observations}
          bestIndex={best?.index}
          nextMark={nextAlong}
          nextStar={onLine && nextAlong !== null ? { x: nextAlong, value: props.nextValue } : null}
          onProbe={(v) => props.onProbe(held.map((h, k) => (k === axis ? v : h)))}
          labels={[`${t.slicePlotLabel}: ${title}`, `${t.sliceAcquisitionLabel}: ${title}`]}
          boxClass="plot-box nd-slice-box"
        />
      </div>
    </section>
  );
});

/** The slices through the held point, one per dim of the study, in the study's own order. */
export function NdSlices(props: Omit<DimSliceProps, 'axis'>) {
  return (
    <section className="nd-slices" aria-label={props.tt.ndSlicesTitle}>
      <h3 className="nd-subtitle">{props.tt.ndSlicesTitle}</h3>
      <p className="nd-hint">{props.tt.ndSlicesHint}</p>
      <div className="nd-slice-grid">
        {props.objective.dims.map((d, k) => (
          <DimSlice key={d.name} {...props} axis={k} />
        ))}
      </div>
    </section>
  );
}
