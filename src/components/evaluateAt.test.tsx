// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import type { Dim } from '../objectives/types.ts';
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
});
