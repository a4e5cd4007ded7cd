/**
 * The URL boot: the study the address names (?s= or #/?s=) and the session this browser saved are
 * read once, before the first render, and handed to the store. The store itself reads nothing at
 * import (it depends on nothing above it), so tests and the CLI get the plain defaults.
 */
import { parseRoute } from '../routing.ts';
import { bootStudy } from '../share/boot.ts';
import { browserStorage, type KeyValueStore } from '../share/session.ts';
import { useStore } from '../store/store.ts';
import { parseViewMode } from '../store/viewMode.ts';
import { createServices, type Services } from './services.tsx';
import { shellPolicy } from './shellPolicy.ts';

/**
 * Makes the app's services and hands the analysis queue to the store, where Step and the screens
 * reach it. main.tsx calls it once, before the first render (a large study a link names must not
 * be analysed on the main thread first), and gives the services to the shell, which provides the
 * rest by context.
 */
export function startServices(services: Services = createServices()): Services {
  useStore.setState({ analysisJobs: services.analysis });
  return services;
}

/**
 * Loads the study the address names into the store, and offers the stored session where the view's
 * policy allows (never in an embed). main.tsx calls it once, before rendering.
 */
export function bootApp(
  search = globalThis.location?.search ?? '',
  hash = globalThis.location?.hash ?? '',
  storage: () => KeyValueStore | null = browserStorage,
): void {
  const policy = shellPolicy(parseViewMode(search).kind, parseRoute(hash).section);
  const loaded = bootStudy(search, hash, policy.offerStored ? storage() : null);
  if (loaded) useStore.getState().loadStudy(loaded);
}
