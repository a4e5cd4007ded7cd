/**
 * Whether the page is in presentation mode, and what the last full-screen request came to. A small
 * store of its own: the study's store knows nothing of layout, and commands (keyboard, buttons)
 * reach this one through getState() like they reach the study's.
 */
import { create } from 'zustand';
import { parseViewMode, withPresentParam } from './viewMode.ts';

/** How the last full-screen request ended; 'refused' is shown so the presenter can press F11. */
export type FullscreenOutcome = 'idle' | 'refused' | 'unsupported';

export interface PresentState {
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

export const usePresent = create<PresentState>()((set) => ({
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
}));

/**
 * Enters or leaves full screen. Browsers grant it only to a user gesture and may refuse anyway
 * (iframes without allowfullscreen, kiosk policies): the refusal is recorded, never thrown.
 */
export async function toggleFullscreen(doc: Document = document): Promise<void> {
  const set = usePresent.getState().setFullscreenOutcome;
  try {
    if (doc.fullscreenElement) {
      await doc.exitFullscreen();
      return;
    }
    const el = doc.documentElement;
    if (typeof el.requestFullscreen !== 'function' || doc.fullscreenEnabled === false) {
      set('unsupported');
      return;
    }
    await el.requestFullscreen();
    set('idle');
  } catch {
    set('refused');
  }
}

/** Presentation mode is full screen too: entering asks for it (a user gesture is needed). */
export function enterPresentation(doc: Document = document): void {
  usePresent.getState().setPresenting(true);
  if (!doc.fullscreenElement) void toggleFullscreen(doc);
}

/** Leaving it gives the screen back as it was. */
export function leavePresentation(doc: Document = document): void {
  usePresent.getState().setPresenting(false);
  if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
}
