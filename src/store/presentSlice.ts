/**
 * Whether the page is in presentation mode, and what the last full-screen request came to.
 * Commands (keyboard, buttons) reach it through useStore.getState() like they reach the study.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';
import { parseViewMode, withPresentParam } from './viewMode.ts';

/** How the last full-screen request ended; 'refused' is shown so the presenter can press F11. */
export type FullscreenOutcome = 'idle' | 'refused' | 'unsupported';

export interface PresentSlice {
  readonly presenting: boolean;
  readonly fullscreen: FullscreenOutcome;
  /** The guided tour is showing. */
  readonly tourOpen: boolean;
  setPresenting(on: boolean): void;
  setFullscreenOutcome(o: FullscreenOutcome): void;
  setTourOpen(open: boolean): void;
}

function initialPresenting(): boolean {
  return parseViewMode(globalThis.location?.search ?? '').kind === 'present';
}

/** Keeps ?present in the address bar (a reload stays put) without a history entry per toggle. */
function mirrorToUrl(on: boolean): void {
  try {
    const href = globalThis.location?.href;
    if (!href) return;
    const next = withPresentParam(href, on);
    if (next !== href) globalThis.history?.replaceState(globalThis.history.state, '', next);
  } catch {
    // A sandboxed iframe may refuse replaceState; the mode still changes in the page.
  }
}

export const createPresentSlice: StateCreator<AppState, [], [], PresentSlice> = (set) => ({
  presenting: initialPresenting(),
  fullscreen: 'idle',
  tourOpen: false,
  setPresenting(on) {
    mirrorToUrl(on);
    // The tour points at controls presentation mode hides.
    set(
      on
        ? { presenting: true, fullscreen: 'idle', tourOpen: false }
        : { presenting: false, fullscreen: 'idle' },
    );
  },
  setFullscreenOutcome: (fullscreen) => set({ fullscreen }),
  setTourOpen: (tourOpen) => set({ tourOpen }),
});
