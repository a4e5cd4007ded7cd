import './styles/controls.css';
import { useEffect, useMemo, useState } from 'react';
import { AcquisitionPanel } from './components/AcquisitionPanel.tsx';
import { COMMANDS } from './components/commands.ts';
import { ConvergenceCard } from './components/ConvergenceCard.tsx';
import { DesignPanel } from './components/DesignPanel.tsx';
import { Header } from './components/Header.tsx';
import { HelpDialog } from './components/HelpDialog.tsx';
import { ModelPanel } from './components/ModelPanel.tsx';
import { narrate, narrationFacts } from './components/narration.ts';
import { ObjectivePanel } from './components/ObjectivePanel.tsx';
import { ObjectiveSummary } from './components/ObjectiveSummary.tsx';
import { objectiveText, ObjectiveTextContext } from './components/objectiveText.ts';
import { PlotStack } from './components/PlotStack.tsx';
import { NarrationLine, StatusLine } from './components/StatusLine.tsx';
import { Scrubber, Transport } from './components/Transport.tsx';
import { TrialsTable } from './components/TrialsTable.tsx';
import { useKeyboard } from './components/useKeyboard.ts';
import { usePlayback } from './components/usePlayback.ts';
import { useStudy } from './components/useStudy.ts';
import { useTheme } from './components/useTheme.ts';
import { ViewPanel } from './components/ViewPanel.tsx';
import { initialLocale, MessagesContext, storeLocale } from './i18n/locale.ts';
import { MESSAGES, OBJECTIVE_TEXT, type Locale } from './i18n/messages.ts';
import { FORMULA_OBJECTIVE_ID } from './objectives/formula.ts';
import { DEFAULT_OBJECTIVE_ID } from './objectives/registry.ts';
import { useStore } from './store/store.ts';

const NO_TRANSLATIONS = {};

/** The 1D BO screen: plots and narration on the left, settings in a side panel on the right. */
export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [theme, setTheme] = useTheme();
  const t = MESSAGES[locale];
  const texts = OBJECTIVE_TEXT[locale] ?? NO_TRANSLATIONS;
  const objective = useStore((s) => s.objective);
  const deleteObservation = useStore((s) => s.deleteObservation);
  const study = useStudy();
  const { state, analysis } = study;
  usePlayback();
  useKeyboard(COMMANDS);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.appName;
  }, [locale, t]);

  const chooseLocale = (next: Locale) => {
    setLocale(next);
    storeLocale(next);
  };

  const dim = objective.dims[0];
  const facts = useMemo(
    () => narrationFacts(state, analysis, objective.optimum?.value),
    [state, analysis, objective],
  );
  if (!dim) return null;
  const custom = objective.id === FORMULA_OBJECTIVE_ID;
  const text = custom
    ? { title: t.customFormulaTitle, description: t.customFormulaDescription }
    : objectiveText(objective, texts);
  const eyebrow =
    objective.id === DEFAULT_OBJECTIVE_ID
      ? t.seedExampleBadge
      : custom
        ? undefined
        : t.benchmarkBadge;

  return (
    <MessagesContext value={t}>
      <ObjectiveTextContext value={texts}>
        <div className="app">
          <Header
            locale={locale}
            onLocaleChange={chooseLocale}
            theme={theme}
            onThemeChange={setTheme}
          />
          <main className="workspace">
            <div className="stage">
              <div className="stage-top">
                <ObjectiveSummary
                  eyebrow={eyebrow}
                  title={text.title}
                  description={text.description}
                  formula={objective.formula}
                  goal={objective.goal}
                  dims={objective.dims}
                />
                <Transport />
                <StatusLine state={state} dim={dim}>
                  <Scrubber />
                </StatusLine>
                <NarrationLine text={narrate(facts, t, dim)} />
                <PlotStack study={study} objective={objective} />
              </div>
              <div className="results">
                <ConvergenceCard state={state} objective={objective} />
                <TrialsTable state={state} dim={dim} onDelete={deleteObservation} />
              </div>
            </div>
            <aside className="side-panel" aria-label={t.settingsLabel}>
              <ObjectivePanel />
              <AcquisitionPanel />
              <ModelPanel model={analysis.model} />
              <DesignPanel />
              <ViewPanel />
            </aside>
          </main>
          <HelpDialog />
        </div>
      </ObjectiveTextContext>
    </MessagesContext>
  );
}
