import { memo, useMemo } from 'react';
import { HeatmapStack } from '../../components/HeatmapStack.tsx';
import { PlotStack } from '../../components/PlotStack.tsx';
import type { StudyView } from '../../components/useStudy.ts';
import { useMessages } from '../../i18n/locale.ts';
import type { LoopState } from '../../bo/types.ts';
import type { Objective } from '../../objectives/types.ts';
import { useAnalysis } from '../../store/useAnalysis.ts';
import { searchDims, type StudySettings } from '../study/settings.ts';
import { HP_AXIS } from './format.ts';

const noDrag = () => undefined;

/**
 * The BO screen's 1D and 2D panels over the searched hyperparameters: the GP fitted to the trials
 * so far, its uncertainty and the acquisition with the next point. There is no true objective to
 * draw (each value costs a training), so the truth is NaN everywhere and hidden. Clicking a plot
 * queues a trial there.
 */
export const SurrogateCard = memo(function SurrogateCard({
  loop,
  settings,
  onProbe,
}: {
  loop: LoopState;
  settings: StudySettings;
  onProbe: (x: readonly number[]) => void;
}) {
  const t = useMessages();
  const { analysis, grid } = useAnalysis(loop, 0);
  const objective = useMemo(
    (): Objective => ({
      id: 'network',
      title: t.netTitle,
      description: t.netDescription,
      dims: searchDims(settings, (id) => t[HP_AXIS[id]]),
      goal: loop.config.goal,
      f: () => NaN,
    }),
    [settings, loop.config.goal, t],
  );
  // The maps show the first two dims (the others at mid-range): their readout names those two.
  const mapObjective = useMemo(
    () =>
      objective.dims.length > 2 ? { ...objective, dims: objective.dims.slice(0, 2) } : objective,
    [objective],
  );
  const truth = useMemo(() => new Float64Array(grid.n).fill(NaN), [grid]);
  const study: StudyView = { state: loop, analysis, grid, truth, setDrag: noDrag };
  const dims = objective.dims;
  // Dims beyond the first two sit at the middle of their ranges, as on the maps.
  const full = (head: readonly number[]) =>
    dims.map((d, k) => (k < head.length ? (head[k] as number) : (d.min + d.max) / 2));
  const caption = `${t.netSurrogateHint}${dims.length > 2 ? ` ${t.netSurrogateMore}` : ''}`;
  return (
    <section className="card net-surrogate" aria-labelledby="net-surrogate-title">
      <h2 id="net-surrogate-title" className="card-title">
        {t.netSurrogateTitle}
      </h2>
      {dims.length >= 2 ? (
        <HeatmapStack
          study={study}
          objective={mapObjective}
          standalone={{ onProbe: (x) => onProbe(full(x)), caption }}
        />
      ) : (
        <PlotStack
          study={study}
          objective={objective}
          standalone={{ onProbe: (x) => onProbe([x]), caption }}
        />
      )}
    </section>
  );
});
