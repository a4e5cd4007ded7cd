import './present.css';
import { useMemo } from 'react';
import { AnalysisProgress } from '../playground/AnalysisProgress.tsx';
import { useAnswerState, visibleAnswer } from '../playground/blackBox.ts';
import { LazyHeatmapStack as HeatmapStack } from '../playground/LazyHeatmapStack.tsx';
import { HelpDialog } from '../playground/HelpDialog.tsx';
import { LazyNdStack } from '../playground/LazyNdStack.tsx';
import { narrate, narrationFacts } from '../playground/narration.ts';
import { objectiveText, ObjectiveTextContext } from '../playground/objectiveText.ts';
import { PlotStack } from '../playground/PlotStack.tsx';
import { NarrationLine, StatusLine } from '../playground/StatusLine.tsx';
import { CommandButton } from '../playground/Transport.tsx';
import { useStudy } from '../playground/useStudy.ts';
import { useMessages } from '../i18n/locale.ts';
import { OBJECTIVE_TEXT, type Locale } from '../i18n/messages.ts';
import { FORMULA_OBJECTIVE_ID } from '../objectives/formula.ts';
import { ShareStatus } from '../share/ShareStatus.tsx';
import { FullscreenNotice, PresentCorner } from './PresentCorner.tsx';
import { useStore } from '../store/store.ts';

const NO_TRANSLATIONS = {};

/**
 * The BO screen for a projector: the objective's name, the stepper (Back, Step, Forward, Play),
 * the status and the narration in large type, and the plots filling the rest. Settings, tables
 * and the header are gone; Escape (or Exit) brings them back.
 */
export function PresentScreen({ locale }: { readonly locale: Locale }) {
  const t = useMessages();
  const texts = OBJECTIVE_TEXT[locale] ?? NO_TRANSLATIONS;
  const objective = useStore((s) => s.objective);
  const study = useStudy();
  const { state, analysis } = study;
  const { optimum } = visibleAnswer(useAnswerState(state), objective);
  const facts = useMemo(
    () => narrationFacts(state, analysis, optimum?.value),
    [state, analysis, optimum],
  );
  const dims = objective.dims;
  if (!dims[0]) return null;
  const title =
    objective.id === FORMULA_OBJECTIVE_ID
      ? t.customFormulaTitle
      : objectiveText(objective, texts).title;

  return (
    <ObjectiveTextContext value={texts}>
      <main className="present-screen" aria-label={t.presLabel}>
        <div className="present-bar">
          <h1 className="present-title">{title}</h1>
          <div className="present-stepper" role="group" aria-label={t.transportLabel}>
            <CommandButton id="back" />
            <CommandButton id="step" primary />
            <CommandButton id="forward" />
            <CommandButton id="togglePlay" />
          </div>
          <PresentCorner />
        </div>
        <StatusLine state={state} dims={dims} />
        {study.pending ? (
          <AnalysisProgress pending={study.pending} state={study.wanted ?? state} />
        ) : (
          <NarrationLine text={narrate(facts, t, dims)} />
        )}
        {/* A reload mid-lecture offers the autosaved steps here too; nothing waits unseen. */}
        <ShareStatus />
        <FullscreenNotice />
        <div className="present-plots">
          {dims.length > 2 ? (
            <LazyNdStack study={study} objective={objective} />
          ) : dims.length === 2 ? (
            <HeatmapStack study={study} objective={objective} />
          ) : (
            <PlotStack study={study} objective={objective} />
          )}
        </div>
        <p className="present-keys" aria-hidden="true">
          {t.presKeysHint}
        </p>
      </main>
      <HelpDialog />
    </ObjectiveTextContext>
  );
}
