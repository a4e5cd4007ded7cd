import './shell.css';
import type { Locale } from '../i18n/messages.ts';
import { routeHref, SECTIONS, type Section } from '../routing.ts';
import { useMessages } from '../i18n/locale.ts';
import { PresentButton } from '../present/PresentButton.tsx';
import { AddSlideButton } from '../deck/AddSlideButton.tsx';
import { LanguageSwitch } from '../widgets/LanguageSwitch.tsx';
import { ThemeToggle } from '../widgets/ThemeToggle.tsx';
import { SkipLink } from './SkipLink.tsx';
import type { Theme } from '../widgets/useTheme.ts';
import { SECTION_LABEL } from './useDocumentTitle.ts';

interface HeaderProps {
  readonly locale: Locale;
  readonly onLocaleChange: (locale: Locale) => void;
  readonly theme: Theme;
  readonly onThemeChange: (theme: Theme) => void;
  readonly section: Section;
}

/** The app bar: name, the sections, then language and theme on the right. */
export function Header({ locale, onLocaleChange, theme, onThemeChange, section }: HeaderProps) {
  const t = useMessages();
  return (
    <header className="app-header">
      <SkipLink />
      <div className="brand">
        <img className="brand-logo" src="./favicon.svg" alt="" width="32" height="32" />
        <h1>{t.appName}</h1>
        <p className="tagline" title={t.tagline}>
          {t.tagline}
        </p>
      </div>
      <nav className="sections" aria-label={t.navLabel}>
        {SECTIONS.map((s) => (
          <a key={s} href={routeHref(s)} aria-current={s === section ? 'page' : undefined}>
            {t[SECTION_LABEL[s]]}
          </a>
        ))}
      </nav>
      <div className="header-controls">
        {section !== 'deck' && <PresentButton />}
        {section !== 'deck' && <AddSlideButton onBoScreen={section === 'bo'} />}
        <LanguageSwitch locale={locale} onChange={onLocaleChange} />
        <ThemeToggle theme={theme} onChange={onThemeChange} />
      </div>
    </header>
  );
}
