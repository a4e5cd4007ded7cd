import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/messages.ts';
import { useMessages } from '../i18n/locale.ts';
import { Segmented } from './Segmented.tsx';

interface LanguageSwitchProps {
  readonly locale: Locale;
  readonly onChange: (locale: Locale) => void;
}

/** One button per language, each labelled in its own language; the current one is pressed. */
export function LanguageSwitch({ locale, onChange }: LanguageSwitchProps) {
  const t = useMessages();
  return (
    <Segmented
      label={t.languageLabel}
      segments={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))}
      value={locale}
      onChange={onChange}
    />
  );
}
