import './plotStack.css';
import { useCallback, useMemo } from 'react';
import { bestIndex as bestIndexOf, failedAsWorst } from '../bo/modelData.ts';
import { useMessages } from '../i18n/locale.ts';
import type { Objective } from '../objectives/types.ts';
import { BAND_Z, type Observation1D } from '../plots/ObjectivePlot1D.tsx';
import { isFinished } from '../bo/loop.ts';
import { shownAcquisition, shownNextValue } from './acquisitionLabel.ts';
import { CompareGrid } from './CompareGrid.tsx';
import { Plot1DPair } from './Plot1DPair.tsx';
import { objectiveYDomain } from './plotDomain.ts';
import { thompsonSample } from './thompsonSample.ts';
import type { StudyView } from './useStudy.ts';
import { hasNoFormula } from '../store/settings.ts';
import { useStore } from '../store/store.ts';
import { axisTitle } from '../widgets/dimText.ts';

interface PlotStackProps {
  readonly study: StudyView;
  readonly objective: Objective;
  /**
   * Another screen's study (the network tuner): no true curve, no compare view, no dragging or
   * deleting points; a click calls onProbe, and the caption is the one given.
   */
  readonly standalone?: { readonly onProbe: (x: number) => void; readonly caption: string };
}

/**
 * The objective plot over the acquisition plot (or the four acquisitions side by side), sharing
 * one x axis: same width and margins, so the next point's guide line runs straight through both.
 */
export function PlotStack({ study, objective, standalone }: PlotStackProps) {
  const t = useMessages();
  const { state, analysis, grid, truth, setDrag, pending } = study;
  const showTruth = useStore((s) => s.showTruth) && !standalone;
  const band = useStore((s) => s.band);
  const compareAll = useStore((s) => s.compareAll) && !standalone;
  const { probe, moveObservation, deleteObservation } = useStore.getState();
  const dim = objective.dims[0];

  const hasModel = analysis.model !== null;
  const observations = useMemo((): Observation1D[] => {
    // Where the drawn model counts each failed point (none without a model to count them).
    const failed = hasModel ? failedAsWorst(state.observations, state.config.goal) : null;
    const modelled = new Set(failed?.indices);
    return state.observations.map((o, i) => ({
      x: o.x[0] as number,
      y: o.y,
      index: i + 1,
      phase: o.phase,
      ...(failed && modelled.has(i) ? { modelY: failed.value } : {}),
    }));
  }, [state.observations, state.config.goal, hasModel]);
  const gridX = grid.data;
  const finished = isFinished(state);
  const proposal = analysis.suggestion.proposal;
  // Until a large study's model arrives there is no next point to mark.
  const nextX = finished || pending ? null : (proposal.x[0] as number);
  const best = bestIndexOf(state.observations, state.config.goal);
  const yDomain = useMemo(
    () =>
      objectiveYDomain({
        truth: showTruth ? truth : null,
        observations: state.observations.map((o) => o.y),
        mean: analysis.mean,
        std: analysis.std,
        z: BAND_Z[band],
      }),
    [showTruth, truth, state.observations, analysis.mean, analysis.std, band],
  );
  const thompson = useMemo(
    () => thompsonSample(state.config, analysis, nextX !== null),
    [state.config, analysis, nextX],
  );
  const dimMin = dim?.min ?? 0;
  const dimMax = dim?.max ?? 1;
  // Props that keep their identity while nothing they show changed: the plots are memoised, so a
  // Step's "kept picture" render (and a new row in the table) costs them nothing.
  const xDomain = useMemo(() => [dimMin, dimMax] as const, [dimMin, dimMax]);
  const next = useMemo(() => (nextX === null ? null : { x: nextX }), [nextX]);
  const nextValue = shownNextValue(state.config, proposal.acquisitionValue);
  const acquisitionNext = useMemo(
    () => (nextX === null ? null : { x: nextX, value: nextValue }),
    [nextX, nextValue],
  );
  const acquisitionShown = useMemo(
    () => shownAcquisition(state.config, analysis.acquisition, t),
    [state.config, analysis.acquisition, t],
  );
  const setDragPreview = useCallback(
    (index: number, x: number) => setDrag({ i: index - 1, x }),
    [setDrag],
  );
  const onMove = useCallback(
    (index: number, x: number) => {
      setDrag(null);
      moveObservation(index - 1, [x]);
    },
    [setDrag, moveObservation],
  );
  const onDelete = useCallback(
    (index: number) => deleteObservation(index - 1),
    [deleteObservation],
  );
  const onProbeHere = useCallback((x: number) => probe([x]), [probe]);
  const onProbe = standalone ? standalone.onProbe : onProbeHere;
  const xLabel = dim ? axisTitle(dim, t) : '';
  const yLabel = dim ? `f(${dim.name})` : '';
  const truthShown = showTruth ? truth : null;
  const objectiveProps = useMemo(
    () => ({
      xLabel,
      yLabel,
      truth: truthShown,
      mean: analysis.mean,
      std: analysis.std,
      band,
      samples: analysis.samples,
      thompson,
      observations,
      ...(best >= 0 ? { bestIndex: best + 1 } : {}),
      next,
      yDomain,
      onProbe,
      ...(standalone
        ? {}
        : {
            onDragObservation: setDragPreview,
            onMoveObservation: onMove,
            onDeleteObservation: onDelete,
          }),
      ariaLabel: t.objectivePlotLabel,
    }),
    [
      xLabel,
      yLabel,
      truthShown,
      analysis.mean,
      analysis.std,
      band,
      analysis.samples,
      thompson,
      observations,
      best,
      next,
      yDomain,
      onProbe,
      standalone,
      setDragPreview,
      onMove,
      onDelete,
      t,
    ],
  );
  const acquisitionProps = useMemo(
    () => ({ ...acquisitionShown, next: acquisitionNext, ariaLabel: t.acquisitionPlotLabel }),
    [acquisitionShown, acquisitionNext, t],
  );
  const boxClass = useMemo(
    () => ['plot-box objective-box', 'plot-box acquisition-box'] as const,
    [],
  );
  if (!dim) return null;

  return (
    <div
      className={`plot-stack${compareAll ? ' comparing' : ''}`}
      data-updating={study.wanted && study.wanted !== state ? 'true' : undefined}
    >
      <Plot1DPair
        xDomain={xDomain}
        scale={dim.scale}
        grid={gridX}
        boxClass={boxClass}
        objective={objectiveProps}
        acquisition={acquisitionProps}
        lower={
          compareAll ? (
            <CompareGrid
              state={state}
              xDomain={xDomain}
              scale={dim.scale}
              grid={gridX}
              finished={finished}
            />
          ) : undefined
        }
      />
      <p className="plot-caption">
        {standalone
          ? standalone.caption
          : hasNoFormula(objective)
            ? t.plotHelpNoFormula
            : t.plotHelp}
      </p>
    </div>
  );
}
