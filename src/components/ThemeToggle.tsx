import { useMessages } from '../i18n/locale.ts';
import type { Theme } from './useTheme.ts';

interface ThemeToggleProps {
  readonly theme: Theme;
  readonly onChange: (theme: Theme) => void;
}

/**
 * Flips between light and dark. It shows the theme it switches to, and its accessible name
 * ("Switch to dark theme") contains that visible text, so voice control users can say what they see.
 */
export function ThemeToggle({ theme, onChange }: ThemeToggleProps) {
  const t = useMessages();
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={next === 'dark' ? t.switchToDark : t.switchToLight}
      onClick={() => onChange(next)}
    >
      <span aria-hidden="true">{next === 'dark' ? '☾' : '☀'}</span>
      {next === 'dark' ? t.darkTheme : t.lightTheme}
    </button>
  );
}
