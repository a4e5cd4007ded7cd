import { describe, expect, it } from 'vitest';
import { AREA_TABLES } from './areaTables.ts';
import { loadSectionMessages, LOCALES, MESSAGES } from './messages.ts';

describe('messages', () => {
  it('gives every language every key, none of them empty', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort()).toEqual(keys);
      for (const key of keys)
        expect(MESSAGES[locale][key as keyof typeof MESSAGES.en]).not.toBe('');
    }
  });
});

describe('area tables', () => {
  it('never use the same key twice (a later area would silently win)', () => {
    const seen = new Map<string, string>();
    for (const [area, tables] of Object.entries(AREA_TABLES)) {
      for (const key of Object.keys(tables.en)) {
        expect(seen.get(key), `${area}.${key} repeats ${seen.get(key) ?? ''}`).toBeUndefined();
        seen.set(key, area);
      }
      expect(Object.keys(tables.ko).sort()).toEqual(Object.keys(tables.en).sort());
    }
  });
});

describe('section tables', () => {
  it('arrive in the same table objects, after which every area key is there', async () => {
    const en = MESSAGES.en;
    await loadSectionMessages();
    expect(MESSAGES.en).toBe(en);
    const all = Object.values(AREA_TABLES).flatMap((tables) => Object.keys(tables.en));
    for (const locale of LOCALES) expect(Object.keys(MESSAGES[locale]).sort()).toEqual(all.sort());
  });
});
