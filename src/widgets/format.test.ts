import { describe, expect, it } from 'vitest';
import { fill, formatCoordinate, formatNumber } from './format.ts';

describe('formatNumber (shared with the plots)', () => {
  it('keeps significant digits, drops trailing zeros, uses a true minus', () => {
    expect(formatNumber(1.70579, 5)).toBe('1.7058');
    expect(formatNumber(1.5, 3)).toBe('1.5');
    expect(formatNumber(-0.0912, 2)).toBe('−0.091');
    expect(formatNumber(2e-5, 3)).toBe('2×10⁻⁵');
  });
});

describe('formatCoordinate', () => {
  it('gives linear coordinates decimals by the width of the domain', () => {
    expect(formatCoordinate(0.63137, { min: -2, max: 6, scale: 'linear' })).toBe('0.63');
    expect(formatCoordinate(0.63137, { min: 0, max: 1, scale: 'linear' })).toBe('0.631');
    expect(formatCoordinate(-2, { min: -2, max: 6, scale: 'linear' })).toBe('−2.00');
    expect(formatCoordinate(-0.001, { min: -2, max: 6, scale: 'linear' })).toBe('0.00');
  });

  it('shows log10 coordinates in natural units', () => {
    expect(formatCoordinate(-2.5, { min: -5, max: -1, scale: 'log10' })).toBe('0.00316');
  });
});

describe('fill', () => {
  it('replaces known placeholders and leaves unknown ones', () => {
    expect(fill('{a} of {b} {c}', { a: 1, b: 'two' })).toBe('1 of two {c}');
  });
});

describe('formatCoordinate at the edges of the box rule (objectives/dims.ts)', () => {
  it('prints a point of [0, 1e-12] as 2×10⁻¹³, not 0.0000000000', () => {
    const dim = { min: 0, max: 1e-12, scale: 'linear' as const };
    expect(formatCoordinate(2e-13, dim)).toBe('2×10⁻¹³');
    expect(formatCoordinate(5e99, { min: -1e100, max: 1e100, scale: 'linear' })).toBe('5×10⁹⁹');
  });
});
