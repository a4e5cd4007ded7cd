import { beforeEach, describe, expect, it, vi } from 'vitest';

// The setup file loads every language; a fresh copy of the module shows the state a page starts in.
type MessagesModule = typeof import('./messages.ts');
let m: MessagesModule;
beforeEach(async () => {
  vi.resetModules();
  m = await import('./messages.ts');
});

const UNKNOWN_FUNCTION = "Unknown function 'ln' at column 1: use log(x) for the natural logarithm.";

describe('loadLocale', () => {
  it('ships English with the page and Korean only once asked for', async () => {
    expect(m.localeLoaded('en')).toBe(true);
    expect(m.localeLoaded('ko')).toBe(false);
    expect(Object.keys(m.MESSAGES.ko)).toEqual([]);
    expect(m.OBJECTIVE_TEXT.ko).toBeUndefined();
    expect(m.formulaErrorText(UNKNOWN_FUNCTION, 'ko')).toBeNull();
    expect(m.formulaErrorText(UNKNOWN_FUNCTION, 'en')).toBe(UNKNOWN_FUNCTION);
    await m.loadLocale('en');
    expect(m.localeLoaded('ko')).toBe(false);
  });

  it('fills the same Korean table with every first-screen key, once', async () => {
    const ko = m.MESSAGES.ko;
    await Promise.all([m.loadLocale('ko'), m.loadLocale('ko')]);
    expect(m.localeLoaded('ko')).toBe(true);
    expect(m.MESSAGES.ko).toBe(ko);
    expect(Object.keys(ko).sort()).toEqual(Object.keys(m.MESSAGES.en).sort());
    expect(ko.navBo).toBe('베이즈 최적화');
    expect(m.OBJECTIVE_TEXT.ko?.['bayes-opt-1d']?.title).toBe('bayes_opt 예제');
    expect(m.formulaErrorText(UNKNOWN_FUNCTION, 'ko')).toMatch(/함수/);
  });

  it('leaves the section tables to loadSectionMessages, in either order', async () => {
    await m.loadSectionMessages();
    await m.loadLocale('ko');
    expect(Object.keys(m.MESSAGES.ko).sort()).toEqual(Object.keys(m.MESSAGES.en).sort());
  });
});
