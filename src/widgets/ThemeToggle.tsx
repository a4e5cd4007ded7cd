import './controls.css';
import { useMessages } from '../i18n/locale.ts';
import type { Theme } from './useTheme.ts';

interface ThemeToggleProps {
  readonly theme: Theme;
  readonly onChange: (theme: Theme) => void;
}

/**
 * Flips between light and dark, and turns the high-contrast theme on or off. The flip button shows
 * the theme it switches to, and its accessible name ("Switch to dark theme") contains that visible
 * text, so voice control users can say what they see; from high contrast it offers dark.
 */
export function ThemeToggle({ theme, onChange }: ThemeToggleProps) {
  const t = useMessages();
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  const high = theme === 'high-contrast';
  return (
    <div className="theme-controls">
      <button
        type="button"
        className="theme-toggle"
        aria-label={next === 'dark' ? t.switchToDark : t.switchToLight}
        onClick={() => onChange(next)}
      >
        <span aria-hidden="true">{next === 'dark' ? '☾' : '☀'}</span>
        <span className="compact-text">{next === 'dark' ? t.darkTheme : t.lightTheme}</span>
      </button>
      <button
        type="button"
        className="theme-toggle contrast-toggle"
        aria-pressed={high}
        aria-label={t.presHighContrastOn}
        title={t.presHighContrastOn}
        onClick={() => onChange(high ? 'light' : 'high-contrast')}
      >
        <span aria-hidden="true">◐</span>
        <span className="compact-text">{t.presHighContrast}</span>
      </button>
    </div>
  );
}
