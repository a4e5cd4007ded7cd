import { useSyncExternalStore } from 'react';

/**
 * The app's sections, addressed by the URL hash so that a section survives a reload and can be
 * linked to without a server: #/ (the BO screen), #/network, #/lab and #/lab/<figure>. The query
 * string is left to the share links (?s=...), which are independent of the section.
 */
export type Section = 'bo' | 'network' | 'lab' | 'deck';

export const SECTIONS: readonly Section[] = ['bo', 'network', 'lab', 'deck'];

export interface Route {
  readonly section: Section;
  /** The part after the section (a lab figure's id), '' when none. */
  readonly sub: string;
}

/** Unknown or malformed hashes open the BO screen: a stale link must still open the app. */
export function parseRoute(hash: string): Route {
  // A long share link keeps its state after the route (#/?s=…): not part of the route.
  const parts = (hash.replace(/^#\/?/, '').split('?')[0] ?? '').split('/');
  const head = parts[0] ?? '';
  const sub = parts.slice(1).join('/');
  if (head === 'network') return { section: 'network', sub };
  if (head === 'lab') return { section: 'lab', sub };
  // Lecture decks (src/deck): the list, a shared deck's link, the handout.
  if (head === 'deck') return { section: 'deck', sub };
  return { section: 'bo', sub: '' };
}

export function routeHref(section: Section, sub = ''): string {
  if (section === 'bo') return '#/';
  return sub ? `#/${section}/${sub}` : `#/${section}`;
}

function subscribe(onChange: () => void): () => void {
  globalThis.addEventListener?.('hashchange', onChange);
  return () => globalThis.removeEventListener?.('hashchange', onChange);
}

function currentHash(): string {
  return globalThis.location?.hash ?? '';
}

/** The route in the address bar, following back/forward and link clicks. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return parseRoute(hash);
}
