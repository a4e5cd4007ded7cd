import './styles/controls.css';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Header } from './components/Header.tsx';
import { useTheme } from './components/useTheme.ts';
import { initialLocale, MessagesContext, storeLocale } from './i18n/locale.ts';
import { MESSAGES, OBJECTIVE_TEXT, type Locale } from './i18n/messages.ts';
import { ObjectiveTextContext } from './components/objectiveText.ts';
import { EmbedView } from './present/EmbedView.tsx';
import { PresentScreen } from './present/PresentScreen.tsx';
import { TourHost } from './present/TourHost.tsx';
import { useViewMode } from './present/useViewMode.ts';
import { useRoute } from './routing.ts';
import { BoScreen } from './screens/BoScreen.tsx';

// The network and lab sections load on demand: the BO screen, which a lecture opens on, does not
// wait for their code (tfjs training, the lab's simulations).
const NetworkScreen = lazy(() => import('./screens/NetworkScreen.tsx'));
const LabScreen = lazy(() => import('./screens/LabScreen.tsx'));

const NO_TRANSLATIONS = {};

/** The shell: header with the section navigation, then the section the URL hash names. */
export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [theme, setTheme] = useTheme();
  const route = useRoute();
  const t = MESSAGES[locale];
  // ?embed=1 (one figure, no chrome) and presentation mode replace the shell (src/present).
  const view = useViewMode(route.section === 'bo');

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.appName;
  }, [locale, t]);

  const chooseLocale = (next: Locale) => {
    setLocale(next);
    storeLocale(next);
  };

  if (view.kind !== 'normal') {
    return (
      <MessagesContext value={t}>
        {view.kind === 'embed' ? (
          <EmbedView figure={view.figure} unknownFigure={view.unknownFigure} />
        ) : (
          <PresentScreen locale={locale} />
        )}
      </MessagesContext>
    );
  }

  return (
    <MessagesContext value={t}>
      <div className="app">
        <Header
          locale={locale}
          onLocaleChange={chooseLocale}
          theme={theme}
          onThemeChange={setTheme}
          section={route.section}
        />
        {route.section === 'bo' ? (
          <>
            <BoScreen locale={locale} />
            <TourHost />
          </>
        ) : (
          <Suspense fallback={<p className="screen-loading">{t.loadingSection}</p>}>
            {route.section === 'network' ? (
              <NetworkScreen />
            ) : (
              // The lab names registry objectives too: give it their translated titles.
              <ObjectiveTextContext value={OBJECTIVE_TEXT[locale] ?? NO_TRANSLATIONS}>
                <LabScreen figure={route.sub} />
              </ObjectiveTextContext>
            )}
          </Suspense>
        )}
      </div>
    </MessagesContext>
  );
}
