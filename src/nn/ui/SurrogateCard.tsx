import { memo, useMemo, useState } from 'react';
import { HeatmapStack } from '../../playground/HeatmapStack.tsx';
import { PlotStack } from '../../playground/PlotStack.tsx';
import { useMessages } from '../../i18n/locale.ts';
import { fullPoint, viewOrder } from '../../bo/pairView.ts';
import { permuteVector } from '../../bo/permute.ts';
import { PairPicker, usePairStudy } from '../../playground/PairPicker.tsx';
import type { LoopState } from '../../bo/types.ts';
import type { Objective } from '../../objectives/types.ts';
import { useAnalysis } from '../../store/useAnalysis.ts';
import type { HpId } from '../hyperparams.ts';
import { searchDims, type NetStudySettings } from '../study/settings.ts';
import { HP_AXIS, HP_LABEL } from './format.ts';

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

  const study = usePairStudy(loop, analysis, grid, order, pending);

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
  // The maps show the first two dims of the view (the others at the best trial's values).
  const mapObjective = useMemo(
    () =>
      objective.dims.length > 2 ? { ...objective, dims: objective.dims.slice(0, 2) } : objective,
    [objective],
  );
  const dims = objective.dims;
  // A point clicked on the maps, completed with the point the others are held at (as drawn).
  const full = (head: readonly number[]) => fullPoint(loop, order, head);
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
          <PairPicker
            className="net-view-pair"
            options={options}
            x={x}
            y={y}
            onChange={setAxes}
            labels={{ group: t.netViewPair, x: t.netViewX, y: t.netViewY }}
          />
        )}
      </div>
      {dims.length >= 2 ? (
        <HeatmapStack
          study={study}
          objective={mapObjective}
          standalone={{ onProbe: (p) => onProbe(full(p)), caption, pointDims: dims }}
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
