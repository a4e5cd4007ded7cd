import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  formatNumber,
  formatPowerOfTen,
  formatSearchX,
  superscript,
} from './format.ts';

describe('format', () => {
  it('writes 3-4 significant digits with a true minus sign', () => {
    expect(formatNumber(1.7075)).toBe('1.71');
    expect(formatNumber(1.7075, 4)).toBe('1.708');
    expect(formatNumber(-0.63138)).toBe('−0.631');
    expect(formatNumber(2)).toBe('2');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes very small and very large numbers with superscript exponents', () => {
    expect(formatNumber(1.5e-5)).toBe('1.5×10⁻⁵');
    expect(formatNumber(-2e-30)).toBe('−2×10⁻³⁰');
    expect(formatNumber(123456)).toBe('1.23×10⁵');
  });

  it('names non-finite values', () => {
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(-Infinity)).toBe('−∞');
  });

  it('writes powers of ten and superscripts', () => {
    expect(formatPowerOfTen(-3)).toBe('10⁻³');
    expect(formatPowerOfTen(0)).toBe('10⁰');
    expect(superscript(-12)).toBe('⁻¹²');
  });

  it('shows log10 search units in natural units', () => {
    expect(formatSearchX(-3, 'log10')).toBe('0.001');
    expect(formatSearchX(-2.5, 'log10')).toBe('0.00316');
    expect(formatSearchX(0.625, 'linear')).toBe('0.625');
  });

  it('fills message templates', () => {
    expect(fillTemplate('Observation {n}: x = {x}', { n: 3, x: '0.62' })).toBe(
      'Observation 3: x = 0.62',
    );
    expect(fillTemplate('{missing}', {})).toBe('{missing}');
  });
});
