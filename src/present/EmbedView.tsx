import './present.css';
import { ConvergenceCard } from '../playground/ConvergenceCard.tsx';
import { fill } from '../widgets/format.ts';
import { LazyHeatmapStack as HeatmapStack } from '../playground/LazyHeatmapStack.tsx';
import { LazyNdStack } from '../playground/LazyNdStack.tsx';
import { PlotStack } from '../playground/PlotStack.tsx';
import { useStudy } from '../playground/useStudy.ts';
import { useMessages } from '../i18n/locale.ts';
import { FIGURE_LABEL } from './figureLabels.ts';
import { FIGURE_IDS, resolveFigure, type FigureId } from '../store/viewMode.ts';
import { useStore } from '../store/store.ts';

/**
 * One figure and nothing else, sized to the iframe, on a transparent page: for slides and course
 * pages (?embed=1&figure=...). It is the same live figure as on the BO screen, so a click into the
 * frame and Space still steps the run (the app shell's embed policy, src/app/shellPolicy.ts).
 */
export function EmbedView({
  figure,
  unknownFigure,
}: {
  readonly figure: FigureId | null;
  readonly unknownFigure?: string | undefined;
}) {
  const t = useMessages();
  const objective = useStore((s) => s.objective);
  const study = useStudy();
  const shown = resolveFigure(figure, objective.dims.length);
  const label = {
    objective: t.objectivePlotLabel,
    acquisition: t.acquisitionPlotLabel,
    convergence: t.convergencePlotLabel,
    mean: t.heatmapMeanLabel,
    std: t.heatmapStdLabel,
    acq: t.heatmapAcquisitionLabel,
  }[shown];

  return (
    <main className="embed-screen" data-figure={shown} aria-label={label}>
      {unknownFigure !== undefined && (
        <p className="embed-notice" role="alert">
          {fill(t.presEmbedUnknownFigure, {
            name: unknownFigure,
            shown: t[FIGURE_LABEL[shown]],
            list: FIGURE_IDS.join('|'),
          })}
        </p>
      )}
      <div className="embed-figure">
        {shown === 'convergence' ? (
          <ConvergenceCard state={study.state} objective={objective} />
        ) : objective.dims.length > 2 ? (
          <LazyNdStack study={study} objective={objective} />
        ) : objective.dims.length === 2 ? (
          <HeatmapStack study={study} objective={objective} alone />
        ) : (
          <PlotStack study={study} objective={objective} />
        )}
      </div>
    </main>
  );
}
