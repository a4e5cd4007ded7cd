import { describe, expect, it } from 'vitest';
import {
  embedHref,
  figuresFor,
  parseViewMode,
  resolveFigure,
  withPresentParam,
} from './viewMode.ts';

describe('view mode from the query string', () => {
  it('is normal without parameters, and ignores the share state', () => {
    expect(parseViewMode('')).toEqual({ kind: 'normal' });
    expect(parseViewMode('?s=abc123')).toEqual({ kind: 'normal' });
    expect(parseViewMode('?present=0')).toEqual({ kind: 'normal' });
  });

  it('reads ?present=1 and ?embed=1 with a figure', () => {
    expect(parseViewMode('?present=1')).toEqual({ kind: 'present' });
    expect(parseViewMode('?s=x&present=true')).toEqual({ kind: 'present' });
    expect(parseViewMode('?embed=1&figure=acquisition')).toEqual({
      kind: 'embed',
      figure: 'acquisition',
    });
    expect(parseViewMode('?embed=1&figure=ACQ')).toEqual({ kind: 'embed', figure: 'acq' });
    expect(parseViewMode('?embed=1')).toEqual({ kind: 'embed', figure: null });
  });

  it('embed wins over present; an unknown figure is reported, capped in length', () => {
    expect(parseViewMode('?present=1&embed=1&figure=std').kind).toBe('embed');
    const bad = parseViewMode(`?embed=1&figure=${'z'.repeat(100)}`);
    expect(bad).toMatchObject({ kind: 'embed', figure: null });
    expect(bad.kind === 'embed' && bad.unknownFigure?.length).toBe(40);
  });

  it('maps a figure to what the objective’s dimensions show', () => {
    expect(resolveFigure('acquisition', 2)).toBe('acq');
    expect(resolveFigure('acq', 1)).toBe('acquisition');
    expect(resolveFigure('objective', 2)).toBe('mean');
    expect(resolveFigure('mean', 1)).toBe('objective');
    expect(resolveFigure('convergence', 2)).toBe('convergence');
    // A study of 3 to 10 dims shows the same maps, over the pair chosen on screen.
    expect(resolveFigure('objective', 4)).toBe('mean');
    expect(figuresFor(4)).toEqual(figuresFor(2));
    expect(resolveFigure(null, 1)).toBe('objective');
    for (const d of [1, 2]) {
      for (const f of figuresFor(d)) expect(resolveFigure(f, d)).toBe(f);
    }
  });

  it('rewrites ?present and builds embed links, keeping other parameters and the hash', () => {
    const on = withPresentParam('https://x.org/app/?s=abc#/', true);
    expect(on).toBe('https://x.org/app/?s=abc&present=1#/');
    expect(withPresentParam(on, false)).toBe('https://x.org/app/?s=abc#/');
    const embed = new URL(embedHref('https://x.org/app/?present=1&s=abc#/', 'std'));
    expect(embed.searchParams.get('present')).toBeNull();
    expect(embed.searchParams.get('s')).toBe('abc');
    expect(parseViewMode(embed.search)).toEqual({ kind: 'embed', figure: 'std' });
    expect(embed.hash).toBe('#/');
  });
});
