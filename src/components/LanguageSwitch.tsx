import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/messages.ts';
import { useMessages } from '../i18n/locale.ts';

interface LanguageSwitchProps {
  readonly locale: Locale;
  readonly onChange: (locale: Locale) => void;
}

/** One button per language, each labelled in its own language; the current one is pressed. */
export function LanguageSwitch({ locale, onChange }: LanguageSwitchProps) {
  const t = useMessages();
  return (
    <div className="segmented" role="group" aria-label={t.languageLabel}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === locale}
          onClick={() => onChange(l)}
        >
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
