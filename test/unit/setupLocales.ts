// Korean text loads on demand in the app (loadLocale, awaited before the first render); unit tests
// render components in either language directly, so every language is there first.
import { LOCALES, loadLocale } from '../../src/i18n/messages.ts';

await Promise.all(LOCALES.map(loadLocale));
