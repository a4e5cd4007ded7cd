import { describe, expect, it } from 'vitest';
import { createRng } from '../math/rng.ts';
import { parseRoute } from '../routing.ts';
import { decodeStudy, encodeStudy, linkFor, studyFromLocation } from './linkCodec.ts';
import { MAX_QUERY_LINK, readLinkParam, withLinkParam } from './linkAddress.ts';
import type { SharedStudy } from './studyState.ts';
import { randomStudy } from './testStudies.ts';

/** What a browser sends to the server: everything but the fragment. */
const requestTarget = (link: string) => link.split('#')[0] as string;

/** A study with `n` observations (1-D seed objective, decoded from a real link). */
function bigStudy(n: number): SharedStudy {
  const base = randomStudy(createRng(1));
  const dims = base.observations[0]?.x.length ?? 1;
  const observations = Array.from({ length: n }, (_, i) => ({
    x: Array.from({ length: dims }, () => 0),
    y: i / n,
    phase: 'manual' as const,
  }));
  return { ...base, observations };
}

describe('links of any length open on a stock static server', () => {
  it('a study of 1,000 observations keeps what the server sees under 2,000 characters', () => {
    const study = bigStudy(1000);
    const link = linkFor(study, 'https://example.org/app/#/');
    expect(link.length).toBeGreaterThan(16_384);
    // nginx/Apache refuse a request line over ~8 KB, Node over 16 KB: the fragment is never sent.
    expect(requestTarget(link).length).toBeLessThanOrEqual(MAX_QUERY_LINK);
    const url = new URL(link);
    const parsed = studyFromLocation(url.search, url.hash);
    expect(parsed?.study.observations).toHaveLength(1000);
    expect(parsed?.study).toEqual(decodeStudy(encodeStudy(study)).study);
    expect(parseRoute(url.hash)).toEqual({ section: 'bo', sub: '' });
  });

  it('short links stay in the query, and old ?s= links still open', () => {
    const study = randomStudy(createRng(2));
    const link = linkFor(study, 'https://example.org/app/');
    expect(new URL(link).searchParams.get('s')).toBe(encodeStudy(study));
    expect(new URL(link).hash).toBe('');
    expect(studyFromLocation(new URL(link).search, '')?.study).toEqual(study);
  });

  it('a new link replaces the old study wherever it was, keeping route and other parameters', () => {
    const long = withLinkParam('https://h/?embed=1#/lab/race', 's', 'A'.repeat(3000));
    expect(new URL(long).searchParams.get('embed')).toBe('1');
    expect(new URL(long).searchParams.has('s')).toBe(false);
    expect(new URL(long).hash.startsWith('#/lab/race?s=AAA')).toBe(true);
    expect(parseRoute(new URL(long).hash)).toEqual({ section: 'lab', sub: 'race' });
    const short = withLinkParam(long, 's', 'B');
    expect(new URL(short).hash).toBe('#/lab/race');
    expect(readLinkParam('s', new URL(short).search, new URL(short).hash)).toBe('B');
    // The fragment wins over a stale query copy.
    expect(readLinkParam('s', '?s=old', '#/?s=new')).toBe('new');
    expect(readLinkParam('s', '?embed=1', '#/network')).toBeNull();
  });
});
