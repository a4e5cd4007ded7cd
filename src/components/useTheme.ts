import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

/** The two color themes; CSS variables for each live in src/styles/theme.css. */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'bo-playground.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readStoredTheme(): Theme | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : null;
  } catch {
    return null;
  }
}

function subscribeSystem(onChange: () => void): () => void {
  const query = globalThis.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

function systemTheme(): Theme {
  return globalThis.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

/**
 * The theme in force: the user's explicit choice if they made one (remembered when storage
 * allows), otherwise the system's, following it live. Mirrors it to <html data-theme>.
 */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [choice, setChoice] = useState<Theme | null>(readStoredTheme);
  const system = useSyncExternalStore(subscribeSystem, systemTheme, () => 'light' as const);
  const theme = choice ?? system;

  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);

  const choose = useCallback((next: Theme) => {
    setChoice(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across reloads; the in-page choice still holds.
    }
  }, []);

  return [theme, choose];
}
