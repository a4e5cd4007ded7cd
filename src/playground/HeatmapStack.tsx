import './plotStack.css';
import './heatmapStack.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { bestIndex as bestIndexOf } from '../bo/modelData.ts';
import { isFinished } from '../bo/loop.ts';
import type { LoopState } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import { quantileThresholds } from '../plots/contours.ts';
import { Heatmap2D, type Point2D } from '../plots/Heatmap2D.tsx';
import { nearestCell, SCHEMES } from '../plots/heatmapRaster.ts';
import { hasNoFormula } from '../store/settings.ts';
import { type SliceMode, useStore } from '../store/store.ts';
import { nextPointShown } from '../bo/acquisitionShown.ts';
import { shownAcquisition, shownNextValue } from './acquisitionLabel.ts';
import { fill } from '../widgets/format.ts';
import { axisTitle } from '../widgets/dimText.ts';
import { boxOf, formatPoint, observations2D, panelColors } from './heatmapData.ts';
import { HeatmapReadout } from './HeatmapReadout.tsx';
import { Segmented } from '../widgets/Segmented.tsx';
import { Sized } from '../widgets/Sized.tsx';
import { useElementSize } from '../widgets/useElementSize.ts';
import { SlicePlots } from './SlicePlots.tsx';
import type { StudyView } from './useStudy.ts';
import { useSurfaces, type Surfaces } from './useSurfaces.ts';

/** Below this row width in ems the maps stack in one column (a phone): three would be stamps. */
const STACK_BELOW_EM = 36;

/** Contour levels of the true objective drawn over the panels. */
const CONTOUR_LEVELS = 9;

const SLICE_MODES: readonly {
  mode: SliceMode;
  key: 'sliceOff' | 'sliceHorizontal' | 'sliceVertical';
}[] = [
  { mode: 'off', key: 'sliceOff' },
  { mode: 'horizontal', key: 'sliceHorizontal' },
  { mode: 'vertical', key: 'sliceVertical' },
];

/**
 * The 2D screen's plots: GP mean, standard deviation and acquisition side by side, sharing one
 * cursor (crosshair on all three, values read out above), optionally a slice through the cursor
 * drawn with the 1D plots underneath. Clicking any panel evaluates f there.
 */
export function HeatmapStack({
  study,
  objective,
  standalone,
  alone = false,
}: {
  study: StudyView;
  objective: Objective;
  /** One panel is shown on its own (an embedded figure): it keeps its own y axis. */
  alone?: boolean;
  /** Another screen's study (the network tuner): no true contours; clicks call onProbe. */
  standalone?: {
    readonly onProbe: (x: number[]) => void;
    readonly caption: string;
    /**
     * Every dim of a study of three or more, in the maps' order: the next point is read at the
     * proposal itself, off the maps' plane, so its readout names all of its coordinates.
     */
    readonly pointDims?: readonly Dim[];
  };
}) {
  const t = useMessages();
  const { state, analysis, grid, truth, pending } = study;
  const showTruth = useStore((s) => s.showTruth) && !standalone;
  // A slice runs through a point of the maps' plane: only where that plane is the whole box.
  const canSlice = state.config.bounds.lower.length === 2;
  const storeSlice = useStore((s) => s.slice);
  const sliceMode: SliceMode = canSlice ? storeSlice : 'off';
  const setSlice = useStore((s) => s.setSlice);
  const storeProbe = useStore((s) => s.probe);
  const probe = standalone ? standalone.onProbe : storeProbe;
  const surfaces = useSurfaces(state, analysis, grid);
  const dims = objective.dims;
  const box = useMemo(() => boxOf(dims), [dims]);
  // The cursor, snapped to the centre of its grid cell, and where it last was on this state: the
  // slice stays there when the pointer leaves the maps for the slice plot. Each belongs to what it
  // was taken on, so a new objective (another box) or a new step forgets it.
  const [hovered, setHovered] = useState<{ on: Objective; p: Point2D } | null>(null);
  const [pinned, setPinned] = useState<{ on: LoopState; p: Point2D } | null>(null);
  const hover = hovered && hovered.on === objective ? hovered.p : null;
  // Side by side, the maps share the first one's y axis, and the width it frees goes to the maps.
  const rowRef = useRef<HTMLDivElement>(null);
  const row = useElementSize(rowRef, { width: 900, height: 300, fontSize: 14 });
  const stacked = row.width < STACK_BELOW_EM * row.fontSize;
  const shareY = !alone && !stacked;

  const goal = state.config.goal;
  const truthSide = Math.round(Math.sqrt(grid.n));
  const truthShown = showTruth ? truth : null;
  const observedValues = useMemo(
    () => state.observations.map((o) => (o.y === null ? NaN : o.y)),
    [state.observations],
  );
  // The acquisition as shown (LCB in f's units for a minimized f), and the next point's numbers
  // computed once for the readout as for the narration (bo/acquisitionShown.ts).
  const acq = useMemo(
    () => shownAcquisition(state.config, surfaces.acquisition, t),
    [state, surfaces, t],
  );
  const nextShown = useMemo(() => nextPointShown(state, analysis), [state, analysis]);
  const colors = useMemo(
    () =>
      panelColors(surfaces.mean, surfaces.std, acq.values, observedValues, goal, acq.lowestChosen),
    [surfaces, acq, observedValues, goal],
  );
  const contours = useMemo(() => {
    if (!truthShown) return null;
    const thresholds = quantileThresholds(truthShown, CONTOUR_LEVELS);
    return thresholds.length ? { values: truthShown, side: truthSide, thresholds } : null;
  }, [truthShown, truthSide]);
  const observations = useMemo(() => observations2D(state), [state]);
  // Stable, so the memoized marks and labels of the three maps skip every hover re-render.
  const fmt = useCallback((x: number, y: number) => formatPoint([x, y], dims), [dims]);

  const [dx, dy] = dims;
  if (!dx || !dy) return null;

  const finished = isFinished(state);
  const proposal = analysis.suggestion.proposal;
  // Until a large study's model arrives there is no next point to mark.
  const next: Point2D | null =
    finished || pending ? null : { x: proposal.x[0] as number, y: proposal.x[1] as number };
  const best = bestIndexOf(state.observations, goal);
  const bestObs = best >= 0 ? observations[best] : undefined;
  const bestPoint = bestObs ? { x: bestObs.x, y: bestObs.y } : null;
  const centre = { x: (box.x[0] + box.x[1]) / 2, y: (box.y[0] + box.y[1]) / 2 };
  const lastHover = pinned && pinned.on === state ? pinned.p : null;
  const anchor = hover ?? lastHover ?? next ?? bestPoint ?? centre;

  const onHover = (p: Point2D | null) => {
    if (!p) {
      setHovered(null);
      return;
    }
    const c = nearestCell(p.x, p.y, box, surfaces.side);
    if (hover && hover.x === c.x && hover.y === c.y) return;
    const snapped = { x: c.x, y: c.y };
    setHovered({ on: objective, p: snapped });
    setPinned({ on: state, p: snapped });
  };
  const readoutPoint = hover ?? next ?? bestPoint;
  const readoutKind = hover ? 'cursor' : next ? 'next' : 'best';
  const noModel = surfaces.mean === null;
  const acqLabel = acq.label;

  const common = {
    box,
    xScale: dx.scale,
    yScale: dy.scale,
    xLabel: axisTitle(dx, t),
    yLabel: axisTitle(dy, t),
    side: surfaces.side,
    observations,
    bestIndex: best >= 0 ? best + 1 : undefined,
    next,
    hover,
    onHover,
    onProbe: (p: Point2D) => probe([p.x, p.y]),
    slice: sliceMode === 'off' ? null : { mode: sliceMode, at: anchor },
    contours,
    formatPoint: fmt,
  };
  const panels = [
    {
      key: 'mean',
      values: surfaces.mean,
      scheme: SCHEMES.mean,
      mapping: colors.mean,
      title: goal === 'minimize' ? t.heatmapMeanTitleMin : t.heatmapMeanTitle,
      ariaLabel: t.heatmapMeanLabel,
      note: noModel ? t.heatmapNoModel : undefined,
    },
    {
      key: 'std',
      values: surfaces.std,
      scheme: SCHEMES.std,
      mapping: colors.std,
      title: t.heatmapStdTitle,
      ariaLabel: t.heatmapStdLabel,
      note: noModel ? t.heatmapNoModel : undefined,
    },
    {
      key: 'acquisition',
      values: acq.values,
      scheme: SCHEMES.acquisition,
      mapping: colors.acquisition,
      // Thompson's map is the very sample path the loop optimized (bo/analysis.ts): say so.
      title:
        state.config.acquisition.type !== 'thompson'
          ? acqLabel
          : acq.lowestChosen
            ? t.heatmapThompsonTitleMin
            : t.heatmapThompsonTitle,
      ariaLabel: t.heatmapAcquisitionLabel,
      note: noModel ? t.heatmapNoModel : colors.acquisitionNearZero ? t.plotNearZero : undefined,
      emphasizeNext: true,
      nextValue: shownNextValue(state.config, proposal.acquisitionValue),
      zeroOnly: colors.acquisitionNearZero,
    },
  ] as const;

  return (
    <div
      className={`heatmap-stack${sliceMode === 'off' ? '' : ' with-slice'}`}
      data-updating={study.wanted && study.wanted !== state ? 'true' : undefined}
    >
      <div className="heatmap-toolbar">
        <HeatmapReadout
          nextDims={standalone?.pointDims}
          kind={readoutKind}
          point={readoutPoint}
          surfaces={{ ...surfaces, acquisition: acq.values }}
          box={box}
          dims={dims}
          acquisitionName={acqLabel}
          next={finished || pending ? null : nextShown}
        />
        {canSlice && (
          <Segmented
            className="slice-toggle"
            label={t.sliceGroupLabel}
            segments={SLICE_MODES.map((m) => ({ value: m.mode, label: t[m.key] }))}
            value={sliceMode}
            onChange={setSlice}
          />
        )}
      </div>
      <div
        ref={rowRef}
        className={`heatmap-row${stacked ? ' is-stacked' : ''}${shareY ? ' shares-y' : ''}`}
      >
        {panels.map((p, i) => (
          <Sized key={p.key} className={`plot-box heatmap-box heatmap-${p.key}`}>
            {(size) => <Heatmap2D {...common} {...p} {...size} sharedY={shareY && i > 0} />}
          </Sized>
        ))}
      </div>
      {sliceMode !== 'off' && (
        <SlicePlots
          state={state}
          analysis={analysis}
          objective={objective}
          mode={sliceMode}
          anchor={anchor}
          observations={observations}
          bestIndex={best >= 0 ? best + 1 : undefined}
          next={next}
          nextValue={shownNextValue(state.config, proposal.acquisitionValue)}
          onProbe={(x) => probe(x)}
        />
      )}
      <p className="plot-caption">
        {standalone
          ? standalone.caption
          : hasNoFormula(objective)
            ? t.heatmapHelpNoFormula
            : t.heatmapHelp}{' '}
        <BackendLine surfaces={surfaces} />
      </p>
    </div>
  );
}

const BACKEND_KEY: Record<NonNullable<Surfaces['backend']>, MessageKey> = {
  'cpu-workers': 'backendCpuWorkers',
  'cpu-main': 'backendMainThread',
  webgl: 'backendWebgl',
  wasm: 'backendWasm',
  'cpu-tfjs': 'backendCpuTfjs',
};

const NOTICE_KEY: Record<NonNullable<Surfaces['notice']>, MessageKey> = {
  'no-webgl': 'noticeNoWebgl',
  'software-only': 'noticeSoftwareOnly',
  'no-float32': 'noticeNoFloat32',
  'context-lost': 'noticeContextLost',
  failed: 'noticeFailed',
  'workers-unavailable': 'noticeWorkersUnavailable',
};

/** Where the maps were computed and at what resolution, and why not on the GPU when it matters. */
function BackendLine({ surfaces }: { surfaces: Surfaces }) {
  const t = useMessages();
  const where = t[surfaces.backend ? BACKEND_KEY[surfaces.backend] : 'backendMainThread'];
  // A missing GPU only matters to someone who would use it: say so when the CPU is doing the work.
  const notice =
    surfaces.notice && surfaces.backend !== 'webgl' ? ` (${t[NOTICE_KEY[surfaces.notice]]})` : '';
  return (
    <span
      className="backend-notice"
      data-testid="surface-backend"
      data-backend={surfaces.backend ?? 'analysis'}
    >
      {fill(t.surfacesComputedOn, { side: surfaces.side, backend: where })}
      {notice}
    </span>
  );
}
