import './workspace.css';
import { useMemo } from 'react';
import { AcquisitionPanel } from '../playground/AcquisitionPanel.tsx';
import { AnalysisProgress } from '../playground/AnalysisProgress.tsx';
import { ConvergenceCard } from '../playground/ConvergenceCard.tsx';
import { DesignPanel } from '../playground/DesignPanel.tsx';
import { EvaluateAt } from '../playground/EvaluateAt.tsx';
import { HelpDialog } from '../playground/HelpDialog.tsx';
import { ModelPanel } from '../playground/ModelPanel.tsx';
import { narrate, narrationFacts } from '../playground/narration.ts';
import { ObjectivePanel } from '../playground/ObjectivePanel.tsx';
import { ObjectiveSummary } from '../playground/ObjectiveSummary.tsx';
import { useAnswerState, visibleAnswer } from '../playground/blackBox.ts';
import { objectiveText, ObjectiveTextContext } from '../playground/objectiveText.ts';
import { LazyHeatmapStack as HeatmapStack } from '../playground/LazyHeatmapStack.tsx';
import { LazyNdStack, LazyNextTrial } from '../playground/LazyNdStack.tsx';
import { PlotStack } from '../playground/PlotStack.tsx';
import { NarrationLine, StatusLine } from '../playground/StatusLine.tsx';
import { Scrubber, Transport } from '../playground/Transport.tsx';
import { TrialsTable } from '../playground/TrialsTable.tsx';
import { useStudy } from '../playground/useStudy.ts';
import { ViewPanel } from '../playground/ViewPanel.tsx';
import { useMessages } from '../i18n/locale.ts';
import { OBJECTIVE_TEXT, type Locale } from '../i18n/messages.ts';
import { FORMULA_OBJECTIVE_ID } from '../objectives/formula.ts';
import { DEFAULT_2D_OBJECTIVE_ID, DEFAULT_OBJECTIVE_ID } from '../objectives/registry.ts';
import { ExportPanel } from '../present/ExportPanel.tsx';
import { Hideable } from '../share/Hideable.tsx';
import { SharePanel } from '../share/SharePanel.tsx';
import { ShareStatus } from '../share/ShareStatus.tsx';
import { hasNoFormula } from '../store/settings.ts';
import { useStore } from '../store/store.ts';
import { formatPoint } from '../widgets/format.ts';

const NO_TRANSLATIONS = {};

/**
 * The BO screen: plots and narration on the left, settings in a side panel on the right. The plots
 * are the objective over the acquisition in 1D, three heatmaps (mean, σ, acquisition) in 2D.
 */
export function BoScreen({ locale }: { readonly locale: Locale }) {
  const t = useMessages();
  const texts = OBJECTIVE_TEXT[locale] ?? NO_TRANSLATIONS;
  const objective = useStore((s) => s.objective);
  const deleteObservation = useStore((s) => s.deleteObservation);
  const probe = useStore((s) => s.probe);
  const record = useStore((s) => s.record);
  const study = useStudy();
  const { state, analysis } = study;

  const dims = objective.dims;
  const dim = dims[0];
  const answer = useAnswerState(state);
  const { optimum } = visibleAnswer(answer, objective);
  const facts = useMemo(
    () => narrationFacts(state, analysis, optimum?.value),
    [state, analysis, optimum],
  );
  const optimumAt = optimum?.x[0];
  if (!dim) return null;
  const custom = objective.id === FORMULA_OBJECTIVE_ID;
  const noFormula = hasNoFormula(objective);
  const text = custom
    ? { title: t.customFormulaTitle, description: t.customFormulaDescription }
    : objectiveText(objective, texts);
  const eyebrow =
    objective.id === DEFAULT_OBJECTIVE_ID
      ? t.seedExampleBadge
      : objective.id === DEFAULT_2D_OBJECTIVE_ID
        ? t.example2dBadge
        : custom || noFormula
          ? undefined
          : dims.length === 2
            ? t.benchmarkBadge2d
            : t.benchmarkBadge;

  return (
    <ObjectiveTextContext value={texts}>
      <main className="workspace">
        <div className="stage">
          <div className="stage-top">
            <ShareStatus />
            <ObjectiveSummary
              eyebrow={eyebrow}
              title={text.title}
              description={text.description}
              formula={objective.formula}
              goal={objective.goal}
              dims={objective.dims}
              answer={answer}
              optimum={
                optimum && optimumAt
                  ? { value: optimum.value, at: formatPoint(optimumAt, dims) }
                  : undefined
              }
            />
            <Hideable id="transport">
              <Transport />
            </Hideable>
            <StatusLine state={state} dims={dims}>
              <Scrubber />
            </StatusLine>
            {study.pending ? (
              <AnalysisProgress pending={study.pending} state={study.wanted ?? state} />
            ) : (
              <NarrationLine text={narrate(facts, t, dims)} />
            )}
            {dims.length > 2 ? (
              <LazyNdStack study={study} objective={objective} truthKnown={!noFormula} />
            ) : dims.length === 2 ? (
              <HeatmapStack study={study} objective={objective} />
            ) : (
              <PlotStack study={study} objective={objective} />
            )}
          </div>
          <div className="results">
            <ConvergenceCard state={state} objective={objective} />
            <TrialsTable state={state} dims={dims} onDelete={deleteObservation} />
            {noFormula && dims.length <= 2 && (
              <LazyNextTrial study={study} objective={objective} card />
            )}
            <EvaluateAt
              dims={objective.dims}
              onEvaluate={probe}
              {...(noFormula ? { onRecord: record } : {})}
            />
          </div>
        </div>
        <aside className="side-panel" aria-label={t.settingsLabel}>
          {/* Hideable: a classroom link may hide these groups (src/share). */}
          <Hideable id="objective">
            <ObjectivePanel />
          </Hideable>
          <Hideable id="acquisition">
            <AcquisitionPanel />
          </Hideable>
          <Hideable id="model">
            <ModelPanel model={analysis.model} dims={dims} />
          </Hideable>
          <Hideable id="design">
            <DesignPanel />
          </Hideable>
          <Hideable id="view">
            <ViewPanel />
          </Hideable>
          <ExportPanel />
          <Hideable id="share">
            <SharePanel />
          </Hideable>
        </aside>
      </main>
      <HelpDialog />
    </ObjectiveTextContext>
  );
}
