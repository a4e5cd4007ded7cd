import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES } from './messages.ts';

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
