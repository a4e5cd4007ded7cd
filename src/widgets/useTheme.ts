import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

/** The color themes; CSS variables for each live in src/styles/theme.css. */
export type Theme = 'light' | 'dark' | 'high-contrast';

export const THEMES: readonly Theme[] = ['light', 'dark', 'high-contrast'];

const STORAGE_KEY = 'bo-playground.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';
/** A system asking for more contrast gets the high-contrast theme until the user picks another. */
const CONTRAST_QUERY = '(prefers-contrast: more)';

function isTheme(v: unknown): v is Theme {
  return typeof v === 'string' && (THEMES as readonly string[]).includes(v);
}

function readStoredTheme(): Theme | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isTheme(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** ?theme=dark (light, high-contrast) in the address: an embed matching its host page. */
function queryTheme(): Theme | null {
  const v = new URLSearchParams(globalThis.location?.search ?? '').get('theme');
  return isTheme(v) ? v : null;
}

function subscribeSystem(onChange: () => void): () => void {
  const queries = [DARK_QUERY, CONTRAST_QUERY].map((q) => globalThis.matchMedia?.(q));
  for (const query of queries) query?.addEventListener('change', onChange);
  return () => {
    for (const query of queries) query?.removeEventListener('change', onChange);
  };
}

function systemTheme(): Theme {
  if (globalThis.matchMedia?.(CONTRAST_QUERY).matches) return 'high-contrast';
  return globalThis.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

/**
 * The theme in force: the user's explicit choice if they made one (remembered when storage
 * allows), otherwise the system's, following it live. Mirrors it to <html data-theme>.
 */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [choice, setChoice] = useState<Theme | null>(() => queryTheme() ?? readStoredTheme());
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
