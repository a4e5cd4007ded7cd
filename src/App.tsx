import { useEffect, useState } from 'react';
import { Header } from './components/Header.tsx';
import { ObjectiveSummary } from './components/ObjectiveSummary.tsx';
import { PlotArea } from './components/PlotArea.tsx';
import { useTheme } from './components/useTheme.ts';
import { initialLocale, MessagesContext, storeLocale } from './i18n/locale.ts';
import { MESSAGES, OBJECTIVE_TEXT, type Locale } from './i18n/messages.ts';
import { DEFAULT_OBJECTIVE_ID, getObjective } from './objectives/registry.ts';
import type { Objective } from './objectives/types.ts';

function seedObjective(): Objective {
  const objective = getObjective(DEFAULT_OBJECTIVE_ID);
  if (!objective) throw new Error(`default objective "${DEFAULT_OBJECTIVE_ID}" is not registered`);
  return objective;
}

const seed = seedObjective();

/**
 * Until there is a curve to fit the axis to: the seed target stays within (0.1, 1.71) on its
 * domain, so [0, 2] frames it.
 */
const SEED_Y_DOMAIN = [0, 2] as const;

export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [theme, setTheme] = useTheme();
  const t = MESSAGES[locale];
  const text = OBJECTIVE_TEXT[locale]?.[seed.id];

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.appName;
  }, [locale, t]);

  const chooseLocale = (next: Locale) => {
    setLocale(next);
    storeLocale(next);
  };

  const dim = seed.dims[0];
  return (
    <MessagesContext value={t}>
      <div className="app">
        <Header
          locale={locale}
          onLocaleChange={chooseLocale}
          theme={theme}
          onThemeChange={setTheme}
        />
        <main className="workspace">
          <ObjectiveSummary
            eyebrow={t.seedExampleBadge}
            title={text?.title ?? seed.title}
            description={text?.description ?? seed.description}
            formula={seed.formula}
            goal={seed.goal}
            dims={seed.dims}
          />
          {dim && (
            <PlotArea
              xDomain={[dim.min, dim.max]}
              yDomain={SEED_Y_DOMAIN}
              xLabel={dim.label ?? dim.name}
              yLabel={`f(${dim.name})`}
              ariaLabel={t.objectivePlotLabel}
              hint={t.emptyPlotHint}
            />
          )}
        </main>
      </div>
    </MessagesContext>
  );
}
