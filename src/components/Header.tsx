import type { Locale } from '../i18n/messages.ts';
import { useMessages } from '../i18n/locale.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import type { Theme } from './useTheme.ts';

interface HeaderProps {
  readonly locale: Locale;
  readonly onLocaleChange: (locale: Locale) => void;
  readonly theme: Theme;
  readonly onThemeChange: (theme: Theme) => void;
}

/** The app bar: name and tagline on the left, language and theme on the right. */
export function Header({ locale, onLocaleChange, theme, onThemeChange }: HeaderProps) {
  const t = useMessages();
  return (
    <header className="app-header">
      <div className="brand">
        <img className="brand-logo" src="./favicon.svg" alt="" width="32" height="32" />
        <h1>{t.appName}</h1>
        <p className="tagline">{t.tagline}</p>
      </div>
      <div className="header-controls">
        <LanguageSwitch locale={locale} onChange={onLocaleChange} />
        <ThemeToggle theme={theme} onChange={onThemeChange} />
      </div>
    </header>
  );
}
