import { useEffect, useState } from 'react';
import { AppShell } from './app/AppShell.tsx';
import { LazySection } from './app/LazySection.tsx';
import type { Services } from './app/services.tsx';
import { shellPolicy } from './app/shellPolicy.ts';
import { Header } from './app/Header.tsx';
import { LocaleNotice } from './app/LocaleNotice.tsx';
import { useTheme } from './widgets/useTheme.ts';
import { initialLocale, MessagesContext, storeLocale } from './i18n/locale.ts';
import {
  loadLocale,
  loadSectionMessages,
  localeLoaded,
  MESSAGES,
  OBJECTIVE_TEXT,
  type Locale,
} from './i18n/messages.ts';
import { ObjectiveTextContext } from './playground/objectiveText.ts';
import { EmbedView } from './present/EmbedView.tsx';
import { PresentScreen } from './present/PresentScreen.tsx';
import { SectionPresentBar } from './present/PresentCorner.tsx';
import { TourHost } from './present/TourHost.tsx';
import { useViewMode } from './present/useViewMode.ts';
import { loadNetworkStudyCode } from './nn/ui/networkStudyLoader.ts';
import { useRoute } from './routing.ts';
import { BoScreen } from './screens/BoScreen.tsx';
import { DeckBar } from './deck/DeckBar.tsx';

// The network and lab sections load on demand: the BO screen, which a lecture opens on, does not
// wait for their code (tfjs training, the lab's simulations) nor for their text. Each section's
// code renders only once the section tables are in MESSAGES (loadSectionMessages), so none of its
// components reads a missing key, and once the network study's code is there (any section can
// show the network screen: an embed, a deck slide). A load that fails shows Retry.
function withSectionNeeds<M>(load: () => Promise<M>): () => Promise<M> {
  return () =>
    Promise.all([load(), loadSectionMessages(), loadNetworkStudyCode()]).then(([m]) => m);
}
const loadNetwork = withSectionNeeds(() => import('./screens/NetworkScreen.tsx'));
const loadLab = withSectionNeeds(() => import('./screens/LabScreen.tsx'));
const loadSectionEmbed = withSectionNeeds(() => import('./screens/SectionEmbed.tsx'));
const loadDeck = withSectionNeeds(() => import('./screens/DeckScreen.tsx'));
const NO_PROPS = {};

const NO_TRANSLATIONS = {};

/** The app: the shell's effects around the view (header and section, presentation or embed). */
export function App({ services }: { readonly services?: Services }) {
  // main.tsx loads the starting language before the first render; English if that load failed.
  const [locale, setLocale] = useState<Locale>(() => {
    const start = initialLocale();
    return localeLoaded(start) ? start : 'en';
  });
  const [localeFailed, setLocaleFailed] = useState<Locale | null>(null);
  const [theme, setTheme] = useTheme();
  const route = useRoute();
  const t = MESSAGES[locale];
  // ?embed=1 (one figure, no chrome) and presentation mode replace the header and sections.
  // Every section but the deck list has a presentation layout (a deck presents its own way).
  const view = useViewMode(route.section !== 'deck');
  const sectionPresent = view.kind === 'present' && route.section !== 'bo';
  // An embedded lab figure or network study is that section, whatever route its address has.
  const embedded = view.kind === 'embed' ? view.section : undefined;
  const policySection = embedded ? (embedded === 'network' ? 'network' : 'lab') : route.section;

  // The tab's title follows the section too: AppShell (useDocumentTitle) sets it.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // A language's text may still have to load: the page switches once it is there, never before.
  const chooseLocale = (next: Locale) => {
    const apply = () => {
      setLocale(next);
      storeLocale(next);
    };
    setLocaleFailed(null);
    if (localeLoaded(next)) apply();
    else loadLocale(next).then(apply, () => setLocaleFailed(next));
  };

  return (
    <MessagesContext value={t}>
      <AppShell policy={shellPolicy(view.kind, policySection)} {...(services && { services })}>
        {view.kind === 'embed' && view.section ? (
          <ObjectiveTextContext value={OBJECTIVE_TEXT[locale] ?? NO_TRANSLATIONS}>
            <LazySection key="embed" load={loadSectionEmbed} props={{ figure: view.section }} />
          </ObjectiveTextContext>
        ) : view.kind === 'embed' ? (
          <EmbedView figure={view.figure} unknownFigure={view.unknownFigure} />
        ) : view.kind === 'present' && !sectionPresent ? (
          <PresentScreen locale={locale} />
        ) : (
          <div className={sectionPresent ? 'app section-present' : 'app'}>
            {sectionPresent ? (
              <SectionPresentBar
                // A lab figure names itself in its own heading; the network screen has none.
                title={route.section === 'network' ? t.navNetwork : undefined}
              />
            ) : (
              <Header
                locale={locale}
                onLocaleChange={chooseLocale}
                theme={theme}
                onThemeChange={setTheme}
                section={route.section}
              />
            )}
            {route.section === 'bo' ? (
              <>
                <BoScreen locale={locale} />
                <TourHost />
              </>
            ) : route.section === 'network' ? (
              <LazySection key="network" load={loadNetwork} props={NO_PROPS} />
            ) : route.section === 'deck' ? (
              <LazySection key="deck" load={loadDeck} props={NO_PROPS} />
            ) : (
              // The lab names registry objectives too: give it their translated titles.
              <ObjectiveTextContext value={OBJECTIVE_TEXT[locale] ?? NO_TRANSLATIONS}>
                <LazySection key="lab" load={loadLab} props={{ figure: route.sub }} />
              </ObjectiveTextContext>
            )}
          </div>
        )}
        {view.kind !== 'embed' && <DeckBar />}
        {localeFailed && (
          <LocaleNotice
            failed={localeFailed}
            onRetry={() => chooseLocale(localeFailed)}
            onClose={() => setLocaleFailed(null)}
          />
        )}
      </AppShell>
    </MessagesContext>
  );
}
