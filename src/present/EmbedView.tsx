import './present.css';
import { COMMANDS } from '../components/commands.ts';
import { ConvergenceCard } from '../components/ConvergenceCard.tsx';
import { fill } from '../components/format.ts';
import { HeatmapStack } from '../components/HeatmapStack.tsx';
import { PlotStack } from '../components/PlotStack.tsx';
import { useKeyboard } from '../components/useKeyboard.ts';
import { usePlayback } from '../components/usePlayback.ts';
import { useStudy } from '../components/useStudy.ts';
import { useMessages } from '../i18n/locale.ts';
import { useStore } from '../store/store.ts';
import { FIGURE_LABEL } from './figureLabels.ts';
import { FIGURE_IDS, resolveFigure, type FigureId } from './viewMode.ts';

// Commands that make sense inside an iframe: stepping through the run, not page modes or help.
const EMBED_COMMANDS = COMMANDS.filter((c) =>
  ['step', 'togglePlay', 'back', 'forward', 'reset'].includes(c.id),
);

/**
 * One figure and nothing else, sized to the iframe, on a transparent page: for slides and course
 * pages (?embed=1&figure=...). It is the same live figure as on the BO screen, so a click into the
 * frame and Space still steps the run.
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
  usePlayback();
  useKeyboard(EMBED_COMMANDS);
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
        ) : objective.dims.length === 2 ? (
          <HeatmapStack study={study} objective={objective} />
        ) : (
          <PlotStack study={study} objective={objective} />
        )}
      </div>
    </main>
  );
}
