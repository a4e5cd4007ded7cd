import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  formatAtResolution,
  formatNumber,
  formatPowerOfTen,
  formatSearchX,
  superscript,
  tickLabels,
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

  it('labels ticks with as many digits as it takes to tell neighbours apart', () => {
    expect(tickLabels([1, 1.0000002, 1.0000004], 6)).toEqual(['1', '1.0000002', '1.0000004']);
    expect(tickLabels([0, 2e-13, 4e-13])).toEqual(['0', '2×10⁻¹³', '4×10⁻¹³']);
    expect(tickLabels([1e6, 1e6 + 0.5, 1e6 + 1], 3)).toEqual([
      '1×10⁶',
      '1.0000005×10⁶',
      '1.000001×10⁶',
    ]);
  });

  it('prints coordinates of tiny and huge boxes at their resolution', () => {
    expect(formatAtResolution(4.3e-13, 1e-15)).toBe('4.3×10⁻¹³');
    expect(formatAtResolution(5e99, 1e97)).toBe('5×10⁹⁹');
    expect(formatAtResolution(-0.631, 0.01)).toBe('−0.63');
    expect(formatAtResolution(1.00000123, 1e-8)).toBe('1.00000123');
  });
});
