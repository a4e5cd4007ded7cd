import './ndStack.css';
import { useMemo, useState } from 'react';
import { isFinished } from '../bo/loop.ts';
import { bestIndex } from '../bo/modelData.ts';
import { fullPoint, viewOrder } from '../bo/pairView.ts';
import { permuteVector } from '../bo/permute.ts';
import { heldPoint } from '../bo/plotGrid.ts';
import { useMessages } from '../i18n/locale.ts';
import { ndText } from '../i18n/nd.ts';
import type { Objective } from '../objectives/types.ts';
import type { Observation1D } from '../plots/ObservationMarks.tsx';
import { useStore } from '../store/store.ts';
import { fill, formatCoordinate } from '../widgets/format.ts';
import { shownNextValue } from './acquisitionLabel.ts';
import { HeatmapStack } from './HeatmapStack.tsx';
import { NdSlices } from './NdSlices.tsx';
import NextTrialPanel from './NextTrialCard.tsx';
import { PairPicker, usePairStudy } from './PairPicker.tsx';
import type { StudyView } from './useStudy.ts';

/**
 * The BO screen's view of a study of three or more dims (loaded only when one is opened): the
 * three maps over a chosen pair with the other dims held at the best trial (bo/plotGrid.ts), a 1D
 * slice through that point along every dim, and the next trial in the units a person types.
 */
export default function NdStack({
  study,
  objective,
  truthKnown = true,
}: {
  study: StudyView;
  objective: Objective;
  /** False for a study without a formula: nothing true to draw along the slices. */
  truthKnown?: boolean;
}) {
  const t = useMessages();
  const tt = ndText(t);
  const probe = useStore((s) => s.probe);
  const { state, analysis, grid, pending } = study;
  const dims = objective.dims;
  const names = useMemo(() => dims.map((d) => d.name), [dims]);
  const [axes, setAxes] = useState<readonly [string, string] | null>(null);
  const order = viewOrder(names, axes);
  const viewStudy = usePairStudy(state, analysis, grid, order, pending);
  const orderKey = order.join(',');
  const viewDims = useMemo(
    () => permuteVector(dims, orderKey.split(',').map(Number)),
    [dims, orderKey],
  );
  const mapObjective = useMemo(
    () => ({ ...objective, dims: viewDims.slice(0, 2) }),
    [objective, viewDims],
  );

  const held = useMemo(() => heldPoint(state), [state]);
  const bestAt = bestIndex(state.observations, state.config.goal);
  const bestObs = bestAt >= 0 ? state.observations[bestAt] : undefined;
  const best = useMemo<Observation1D | null>(
    () =>
      bestObs ? { x: 0, y: bestObs.y, index: bestAt + 1, phase: bestObs.phase ?? 'bo' } : null,
    [bestObs, bestAt],
  );
  const others = order
    .slice(2)
    .map((k) => `${dims[k]?.name} = ${formatCoordinate(held[k] as number, dims[k]!)}`)
    .join(', ');
  const heldText = bestObs
    ? fill(tt.ndHeldAtBest, { index: bestAt + 1, at: others })
    : fill(tt.ndHeldAtMiddle, { at: others });
  const next = isFinished(state) || pending ? null : analysis.suggestion.proposal.x;
  const nextValue = shownNextValue(state.config, analysis.suggestion.proposal.acquisitionValue);

  return (
    <div className="nd-stack">
      <div className="nd-head">
        <PairPicker
          className="nd-pair"
          options={names.map((n) => ({ value: n, label: n }))}
          x={names[order[0] as number] as string}
          y={names[order[1] as number] as string}
          onChange={setAxes}
          labels={{ group: tt.ndPairLabel, x: tt.ndPairX, y: tt.ndPairY }}
        />
        <p className="nd-held" data-testid="nd-held">
          {heldText}
        </p>
      </div>
      <HeatmapStack
        study={viewStudy}
        objective={mapObjective}
        standalone={{
          onProbe: (p) => probe(fullPoint(state, order, p)),
          caption: truthKnown ? tt.ndMapsHint : tt.ndMapsHintNoFormula,
          pointDims: viewDims,
        }}
      />
      <NextTrialPanel study={study} objective={objective} />
      <NdSlices
        state={state}
        analysis={analysis}
        objective={objective}
        truthKnown={truthKnown}
        held={held}
        best={best}
        next={next}
        nextValue={nextValue}
        onProbe={probe}
        tt={tt}
      />
    </div>
  );
}
