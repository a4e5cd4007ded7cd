import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, SECTIONS } from './routing.ts';

describe('routing', () => {
  it('parses the sections and a lab figure', () => {
    expect(parseRoute('')).toEqual({ section: 'bo', sub: '' });
    expect(parseRoute('#/')).toEqual({ section: 'bo', sub: '' });
    expect(parseRoute('#/network')).toEqual({ section: 'network', sub: '' });
    expect(parseRoute('#/lab/coverage')).toEqual({ section: 'lab', sub: 'coverage' });
  });

  it('opens the BO screen for unknown hashes', () => {
    expect(parseRoute('#/nope/x').section).toBe('bo');
    expect(parseRoute('#garbage%%').section).toBe('bo');
  });

  it('round-trips every section through its href', () => {
    for (const s of SECTIONS) expect(parseRoute(routeHref(s, 'a')).section).toBe(s);
    expect(parseRoute(routeHref('lab', 'race'))).toEqual({ section: 'lab', sub: 'race' });
  });
});
