import { describe, expect, it } from 'vitest';
import { RecentMap } from './recentMap.ts';

describe('RecentMap', () => {
  it('drops the least recently used entry past its capacity; reading marks an entry as used', () => {
    const m = new RecentMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    expect(m.get('a')).toBe(1);
    m.set('c', 3);
    expect(m.has('b')).toBe(false);
    expect([...m.values()]).toEqual([1, 3]);
    expect(m.size).toBe(2);
  });

  it('refuses a capacity below one', () => {
    expect(() => new RecentMap(0)).toThrow(RangeError);
  });
});
