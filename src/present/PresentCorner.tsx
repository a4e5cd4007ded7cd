import { useMessages } from '../i18n/locale.ts';
import { leavePresentation, toggleFullscreen } from '../store/fullscreen.ts';
import { useStore } from '../store/store.ts';

/** Full screen and Exit, top right of every presentation layout, with the refusal said aloud. */
export function PresentCorner() {
  const t = useMessages();
  return (
    <div className="present-corner">
      <button
        type="button"
        onClick={() => void toggleFullscreen()}
        aria-keyshortcuts="F"
        title={`${t.presFullscreen} (F)`}
      >
        {t.presFullscreen}
      </button>
      <button
        type="button"
        onClick={() => leavePresentation()}
        aria-label={t.presExit}
        aria-keyshortcuts="Escape"
        title={`${t.presExit} (Esc)`}
      >
        <span aria-hidden="true">✕ </span>
        {t.presExitShort}
      </button>
    </div>
  );
}

/** Says why full screen did not happen, where it did not. */
export function FullscreenNotice() {
  const t = useMessages();
  const fullscreen = useStore((s) => s.fullscreen);
  if (fullscreen === 'idle') return null;
  return (
    <p className="present-notice" role="alert">
      {fullscreen === 'refused' ? t.presFullscreenRefused : t.presFullscreenUnsupported}
    </p>
  );
}

/**
 * The presentation layout's bar for a section other than the BO screen (a lab figure, the
 * network study): its title in large type and the corner buttons; the section itself sits below
 * with its navigation hidden (present.css), live as ever.
 */
export function SectionPresentBar({ title }: { readonly title?: string | undefined }) {
  const t = useMessages();
  return (
    <div className="present-bar section-present-bar" role="banner" aria-label={t.presLabel}>
      {title ? <h1 className="present-title">{title}</h1> : <span className="present-title" />}
      <PresentCorner />
      <FullscreenNotice />
    </div>
  );
}
