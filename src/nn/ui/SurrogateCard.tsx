import { memo, useMemo, useState } from 'react';
import { HeatmapStack } from '../../playground/HeatmapStack.tsx';
import { PlotStack } from '../../playground/PlotStack.tsx';
import { SelectField } from '../../widgets/SelectField.tsx';
import type { StudyView } from '../../playground/useStudy.ts';
import { useMessages } from '../../i18n/locale.ts';
import { drawOnGrid } from '../../bo/analysis.ts';
import {
  inverseOrder,
  isIdentity,
  permuteState,
  permuteSuggestion,
  permuteVector,
} from '../../bo/permute.ts';
import type { LoopState } from '../../bo/types.ts';
import type { Objective } from '../../objectives/types.ts';
import { plotGrid } from '../../store/analysisCache.ts';
import { useAnalysis } from '../../store/useAnalysis.ts';
import type { HpId } from '../hyperparams.ts';
import { searchDims, type NetStudySettings } from '../study/settings.ts';
import { HP_AXIS, HP_LABEL } from './format.ts';

const noDrag = () => undefined;

/**
 * The order in which the maps see the searched dims: the chosen x and y first, the rest after.
 * A choice that no longer fits the study (other hyperparameters searched) falls back to the first
 * two.
 */
export function viewOrder(searched: readonly HpId[], axes: readonly [HpId, HpId] | null): number[] {
  const identity = searched.map((_, i) => i);
  if (!axes || searched.length < 2) return identity;
  const ix = searched.indexOf(axes[0]);
  const iy = searched.indexOf(axes[1]);
  if (ix < 0 || iy < 0 || ix === iy) return identity;
  return [ix, iy, ...identity.filter((k) => k !== ix && k !== iy)];
}

/**
 * The BO screen's 1D and 2D panels over the searched hyperparameters: the GP fitted to the trials
 * so far, its uncertainty and the acquisition with the next point. There is no true objective to
 * draw (each value costs a training), so the truth is NaN everywhere and hidden. Clicking a plot
 * queues a trial there. With two or more searched, the user picks which pair the maps show: a view
 * of the same study (bo/permute.ts), which changes nothing of the search, during a run or after it.
 */
export const SurrogateCard = memo(function SurrogateCard({
  loop,
  settings,
  onProbe,
}: {
  loop: LoopState;
  settings: NetStudySettings;
  onProbe: (x: readonly number[]) => void;
}) {
  const t = useMessages();
  const { analysis, grid, pending } = useAnalysis(loop, 0);
  const [axes, setAxes] = useState<readonly [HpId, HpId] | null>(null);
  const { searched } = settings;
  const order = viewOrder(searched, axes);
  const orderKey = order.join(',');

  const view = useMemo(() => {
    const o = orderKey.split(',').map(Number);
    if (isIdentity(o)) return { state: loop, analysis, grid };
    const state = permuteState(loop, o);
    const viewGrid = plotGrid(state);
    const suggestion = permuteSuggestion(analysis.suggestion, o);
    const drawn = drawOnGrid(state, suggestion, suggestion.model, viewGrid, 0);
    return { state, analysis: drawn, grid: viewGrid };
  }, [loop, analysis, grid, orderKey]);

  const objective = useMemo((): Objective => {
    const dims = searchDims(settings, (id) => t[HP_AXIS[id]]);
    return {
      id: 'network',
      title: t.netTitle,
      description: t.netDescription,
      dims: permuteVector(dims, orderKey.split(',').map(Number)),
      goal: loop.config.goal,
      f: () => NaN,
    };
  }, [settings, loop.config.goal, t, orderKey]);
  // The maps show the first two dims of the view (the others at mid-range).
  const mapObjective = useMemo(
    () =>
      objective.dims.length > 2 ? { ...objective, dims: objective.dims.slice(0, 2) } : objective,
    [objective],
  );
  const truth = useMemo(() => new Float64Array(view.grid.n).fill(NaN), [view.grid]);
  const study: StudyView = {
    state: view.state,
    analysis: view.analysis,
    grid: view.grid,
    pending,
    truth,
    setDrag: noDrag,
  };
  const dims = objective.dims;
  const back = inverseOrder(order);
  // A point clicked on the maps, completed with the middle of the other ranges (as drawn), then
  // put back in the study's own order for training.
  const full = (head: readonly number[]) => {
    const shown = dims.map((d, k) => (k < head.length ? (head[k] as number) : (d.min + d.max) / 2));
    return back.map((k) => shown[k] as number);
  };
  const caption = `${t.netSurrogateHint}${dims.length > 2 ? ` ${t.netSurrogateMore}` : ''}`;
  const options = searched.map((id) => ({ value: id, label: t[HP_LABEL[id]] }));
  const x = searched[order[0] as number] as HpId;
  const y = searched[order[1] as number] as HpId;
  return (
    <section className="card net-surrogate" aria-labelledby="net-surrogate-title">
      <div className="net-surrogate-head">
        <h2 id="net-surrogate-title" className="card-title">
          {t.netSurrogateTitle}
        </h2>
        {searched.length >= 2 && (
          <div className="field-row net-view-pair" role="group" aria-label={t.netViewPair}>
            <SelectField
              label={t.netViewX}
              value={x}
              options={options}
              onChange={(v) => setAxes([v, v === y ? x : y])}
            />
            <SelectField
              label={t.netViewY}
              value={y}
              options={options}
              onChange={(v) => setAxes([v === x ? y : x, v])}
            />
          </div>
        )}
      </div>
      {dims.length >= 2 ? (
        <HeatmapStack
          study={study}
          objective={mapObjective}
          standalone={{ onProbe: (p) => onProbe(full(p)), caption }}
        />
      ) : (
        <PlotStack
          study={study}
          objective={objective}
          standalone={{ onProbe: (p) => onProbe([p]), caption }}
        />
      )}
    </section>
  );
});
