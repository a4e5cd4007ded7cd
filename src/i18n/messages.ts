/**
 * Every piece of UI text, per language. The English table is the reference: `Messages` is derived
 * from it, so TypeScript rejects a translation that misses a key or adds an unknown one.
 */

/** The languages the UI speaks. */
export type Locale = 'en' | 'ko';

export const LOCALES: readonly Locale[] = ['en', 'ko'];

const en = {
  appName: 'BO Playground',
  tagline: 'Watch Bayesian optimization find the best hyperparameters, live.',
  seedExampleBadge: 'Seed example of the bayesian-optimization library',
  goalLabel: 'Goal',
  goalMaximize: 'maximize',
  goalMinimize: 'minimize',
  domainLabel: 'Domain',
  objectivePlotLabel: 'Objective plot',
  emptyPlotHint: 'Press Step to start',
  languageLabel: 'Language',
  switchToDark: 'Switch to dark theme',
  switchToLight: 'Switch to light theme',
  darkTheme: 'Dark theme',
  lightTheme: 'Light theme',
};

/** Keys of the message table. */
export type MessageKey = keyof typeof en;

/** One language's complete message table. */
export type Messages = Readonly<Record<MessageKey, string>>;

const ko: Messages = {
  appName: 'BO Playground',
  tagline: '베이즈 최적화가 최적의 하이퍼파라미터를 찾아가는 과정을 실시간으로 지켜보세요.',
  seedExampleBadge: 'bayesian-optimization 라이브러리의 기본 예제',
  goalLabel: '목표',
  goalMaximize: '최대화',
  goalMinimize: '최소화',
  domainLabel: '범위',
  objectivePlotLabel: '목적 함수 그래프',
  emptyPlotHint: 'Step을 눌러 시작하세요',
  languageLabel: '언어',
  switchToDark: '어두운 테마로 전환',
  switchToLight: '밝은 테마로 전환',
  darkTheme: '어두운 테마',
  lightTheme: '밝은 테마',
};

/** All message tables, by locale. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, ko };

/** Each language's name in that language, so a reader can always find their own. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ko: '한국어' };

/** Objective text as the user should read it: a translation where one exists, else the registry's. */
export interface ObjectiveText {
  readonly title?: string;
  readonly description?: string;
}

/**
 * Translations of registry titles and descriptions (which are written in English), by locale and
 * objective id. Missing entries fall back to the registry's own text.
 */
export const OBJECTIVE_TEXT: Readonly<
  Partial<Record<Locale, Readonly<Record<string, ObjectiveText>>>>
> = {
  ko: {
    'bayes-opt-1d': {
      title: 'bayes_opt 예제',
      description:
        'bayes_opt 라이브러리의 대표적인 첫 예제입니다. 봉우리 두 개와 완만한 언덕이 있고, 최댓값은 x = 0.63 근처에 숨어 있습니다.',
    },
  },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
