/** Presentation mode's full-screen requests; what they came to is the store's PresentSlice. */
import { useStore } from './store.ts';

/**
 * Enters or leaves full screen. Browsers grant it only to a user gesture and may refuse anyway
 * (iframes without allowfullscreen, kiosk policies): the refusal is recorded, never thrown.
 */
export async function toggleFullscreen(doc: Document = document): Promise<void> {
  const set = useStore.getState().setFullscreenOutcome;
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
  useStore.getState().setPresenting(true);
  if (!doc.fullscreenElement) void toggleFullscreen(doc);
}

/** Leaving it gives the screen back as it was. */
export function leavePresentation(doc: Document = document): void {
  useStore.getState().setPresenting(false);
  if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
}
