// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import type { Dim } from '../objectives/types.ts';
import { formatSearchX } from '../plots/format.ts';
import { EvaluateAt, parsePoint } from './EvaluateAt.tsx';

afterEach(cleanup);

const x: Dim = { name: 'x', min: -2, max: 6, scale: 'linear' };
const lr: Dim = { name: 'lr', min: -5, max: -1, scale: 'log10' };
const en = MESSAGES.en;

describe('parsePoint', () => {
  it('reads natural units: the value on a linear axis, 10^u on a log10 one', () => {
    expect(parsePoint(['0.63', '0.001'], [x, lr], en)).toEqual([0.63, -3]);
    // The bounds as the placeholder shows them are inside.
    expect(parsePoint(['6', '1e-5'], [x, lr], en)).toEqual([6, -5]);
  });

  it('says which coordinate is wrong and what it must be', () => {
    expect(parsePoint(['', '0.01'], [x, lr], en)).toBe('x must be a number.');
    expect(parsePoint(['1', 'abc'], [x, lr], en)).toBe('lr must be a number.');
    expect(parsePoint(['7', '0.01'], [x, lr], en)).toBe(
      'x must be within [−2, 6], the objective’s domain.',
    );
    expect(parsePoint(['1', '0'], [x, lr], en)).toMatch(/^lr must be within \[1×10/);
    expect(parsePoint(['1', '1'], [x, lr], en)).toMatch(/^lr must be within/);
  });

  it('reads numbers as the app prints them: U+2212 minus, an en dash, m×10ⁿ', () => {
    expect(parsePoint(['\u22121.5', '0.01'], [x, lr], en)).toEqual([-1.5, -2]);
    expect(parsePoint(['\u20132', '1×10\u207b\u2075'], [x, lr], en)).toEqual([-2, -5]);
    expect(parsePoint(['\u22120.5', '10\u207b\u00b3'], [x, lr], en)).toEqual([-0.5, -3]);
    expect(parsePoint(['1', '3.2 x 10^-4'], [x, lr], en)).toEqual([1, Math.log10(3.2e-4)]);
    // The placeholder's own bounds, as the field shows them, are inside.
    const [lo = '', hi = ''] =
      `${formatSearchX(lr.min, 'log10')} … ${formatSearchX(lr.max, 'log10')}`.split(' … ');
    expect(parsePoint([formatSearchX(x.min, 'linear'), lo], [x, lr], en)).toEqual([-2, -5]);
    expect(parsePoint(['0', hi], [x, lr], en)).toEqual([0, -1]);
    // Still refused: two minus signs, a dash in the middle, a bare power sign.
    expect(parsePoint(['\u2212\u22121', '0.01'], [x, lr], en)).toBe('x must be a number.');
    expect(parsePoint(['1\u22122', '0.01'], [x, lr], en)).toBe('x must be a number.');
    expect(parsePoint(['1', '×10\u207b\u00b3'], [x, lr], en)).toBe('lr must be a number.');
  });
});

describe('EvaluateAt', () => {
  it('evaluates a valid point, and keeps the typed text with a message on a bad one', () => {
    const onEvaluate = vi.fn();
    render(<EvaluateAt dims={[x]} onEvaluate={onEvaluate} />);
    const field = screen.getByLabelText('x') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Evaluate' }));
    expect(onEvaluate).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/^x must be within/);
    expect(field.value).toBe('9');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(field, { target: { value: '0.63' } });
    fireEvent.submit(field.form as HTMLFormElement);
    expect(onEvaluate).toHaveBeenCalledWith([0.63]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('evaluates a point typed with the minus sign the app prints (U+2212)', () => {
    const onEvaluate = vi.fn();
    render(<EvaluateAt dims={[x]} onEvaluate={onEvaluate} />);
    const field = screen.getByLabelText('x') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '\u22121.25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Evaluate' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onEvaluate).toHaveBeenCalledWith([-1.25]);
  });

  it('for a study without a formula, records the typed value instead of evaluating', () => {
    const onEvaluate = vi.fn();
    const onRecord = vi.fn(() => true);
    render(<EvaluateAt dims={[x, lr]} onEvaluate={onEvaluate} onRecord={onRecord} />);
    expect(screen.getByRole('heading', { name: en.recordAtTitle })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('x'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('lr'), { target: { value: '0.01' } });
    const value = screen.getByLabelText(en.recordValueLabel) as HTMLInputElement;
    fireEvent.change(value, { target: { value: 'n/a' } });
    fireEvent.click(screen.getByRole('button', { name: en.recordButton }));
    expect(screen.getByRole('alert').textContent).toBe(en.recordNotNumber);
    expect(value.value).toBe('n/a');
    fireEvent.change(value, { target: { value: '0.93' } });
    fireEvent.click(screen.getByRole('button', { name: en.recordButton }));
    expect(onRecord).toHaveBeenCalledWith([1, -2], 0.93, 'manual');
    expect(onEvaluate).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
