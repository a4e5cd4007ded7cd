/**
 * The network study's code (runner, persistence, `net=` links, datasets) is no part of the first
 * screen: the sections that can show the network screen load it first (src/App.tsx), and the
 * shell's lazy service makes the study from it on first use, synchronously as before.
 */
import type { NetworkStudy } from './studyHolder.ts';

type HolderModule = typeof import('./studyHolder.ts');

let loaded: HolderModule | undefined;
let loading: Promise<void> | undefined;

/** Loads the study's code once; a failed load (offline) is forgotten so Retry tries again. */
export function loadNetworkStudyCode(): Promise<void> {
  loading ??= import('./studyHolder.ts').then(
    (m) => {
      loaded = m;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/** The browser's network study, from the code loadNetworkStudyCode brought. */
export function browserNetworkStudy(): NetworkStudy {
  if (!loaded)
    throw new Error('The network study code is not loaded yet (loadNetworkStudyCode first).');
  return loaded.browserNetworkStudy();
}
