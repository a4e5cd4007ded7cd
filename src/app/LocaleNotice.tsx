import './updateNotice.css';
import { useMessages } from '../i18n/locale.ts';
import { LOCALE_NAMES, type Locale } from '../i18n/messages.ts';
import { fill } from '../widgets/format.ts';

/**
 * A language whose text could not be loaded (offline before it was ever cached): the switch would
 * otherwise do nothing, silently. Says which language and offers to try again.
 */
export function LocaleNotice({
  failed,
  onRetry,
  onClose,
}: {
  readonly failed: Locale;
  readonly onRetry: () => void;
  readonly onClose: () => void;
}) {
  const t = useMessages();
  return (
    <div className="update-notice" role="alert">
      <span>{fill(t.localeLoadFailed, { language: LOCALE_NAMES[failed] })}</span>
      <button type="button" className="primary" onClick={onRetry}>
        {t.localeRetry}
      </button>
      <button type="button" onClick={onClose}>
        {t.localeClose}
      </button>
    </div>
  );
}
