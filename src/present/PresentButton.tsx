import { useMessages } from '../i18n/locale.ts';
import { enterPresentation } from '../store/fullscreen.ts';

/** The header's way into presentation mode; full screen is asked for on the same click. */
export function PresentButton() {
  const t = useMessages();
  return (
    <button
      type="button"
      className="present-button"
      aria-label={t.presEnter}
      aria-keyshortcuts="L"
      title={t.presEnterTitle}
      onClick={() => enterPresentation()}
    >
      <span aria-hidden="true">▣</span>
      <span className="compact-text">{t.presEnter}</span>
    </button>
  );
}
