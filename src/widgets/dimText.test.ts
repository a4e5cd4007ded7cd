import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import type { Dim } from '../objectives/types.ts';
import { axisTitle, formatBound, formatDomain } from './dimText.ts';

const en = MESSAGES.en;
const ko = MESSAGES.ko;
const LR: Dim = { name: 'lr', min: -5, max: -1, scale: 'log10', label: 'log10 learning rate' };
const X: Dim = { name: 'x', min: -2, max: 6, scale: 'linear' };

describe('log10 dimensions are read as values', () => {
  it('bounds: whole decades as 10ⁿ or plain decimals, others as values', () => {
    expect(formatBound(-5, LR)).toBe('10⁻⁵');
    expect(formatBound(-1, LR)).toBe('0.1');
    expect(formatBound(-3, LR)).toBe('0.001');
    expect(formatBound(6, LR)).toBe('10⁶');
    expect(formatBound(Math.log10(3e-5), LR)).toBe('3×10⁻⁵');
    expect(formatBound(-2, X)).toBe('−2');
    expect(formatBound(0.5, X)).toBe('0.5');
  });

  it('a domain says its values and its scale, never a negative learning rate', () => {
    expect(formatDomain(LR, en)).toBe('lr ∈ [10⁻⁵, 0.1], log scale');
    expect(formatDomain(LR, ko)).toBe('lr ∈ [10⁻⁵, 0.1], 로그 척도');
    expect(formatDomain(X, en)).toBe('x ∈ [−2, 6]');
  });

  it('an axis with 10ⁿ ticks is titled once as log scale', () => {
    expect(axisTitle(LR, en)).toBe('learning rate (log scale)');
    expect(axisTitle(LR, ko)).toBe('learning rate (로그 척도)');
    expect(axisTitle({ ...LR, label: 'learning rate' }, en)).toBe('learning rate (log scale)');
    expect(axisTitle({ name: 'c', min: -3, max: 0, scale: 'log10' }, en)).toBe('c (log scale)');
    expect(axisTitle(X, en)).toBe('x');
    expect(axisTitle({ ...X, label: 'x (important)' }, en)).toBe('x (important)');
  });
});
