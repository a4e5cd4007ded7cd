import { createContext, useContext } from 'react';
import { isLocale, MESSAGES, type Locale, type Messages } from './messages.ts';

const STORAGE_KEY = 'bo-playground.locale';

/**
 * The remembered language, else the browser's if we speak it, else English. Storage can throw
 * (private mode, disabled cookies, sandboxed iframes); that must never stop the app from starting.
 */
export function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Unreadable storage: fall through to the browser's language.
  }
  const browser = globalThis.navigator?.language.slice(0, 2);
  return isLocale(browser) ? browser : 'en';
}

/** Remembers the choice; returns false (and changes nothing else) when storage refuses. */
export function storeLocale(locale: Locale): boolean {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    return true;
  } catch {
    return false;
  }
}

/** The current language's messages; English when no provider is mounted (tests, stories). */
export const MessagesContext = createContext<Messages>(MESSAGES.en);

/** All UI text comes through here. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}

/** The language a message table is for (the table is what components get from context). */
export function localeOf(t: Messages): Locale {
  return (Object.keys(MESSAGES) as Locale[]).find((l) => MESSAGES[l] === t) ?? 'en';
}
