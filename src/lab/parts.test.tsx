// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TableHead } from '../widgets/TableHead.tsx';
import { Card, WholeNumberField } from './parts.tsx';

afterEach(cleanup);

describe('lab parts', () => {
  it('a whole-number field says the allowed range for any bad entry and keeps the last value', () => {
    const onCommit = vi.fn();
    render(<WholeNumberField label="Seeds" value={1000} min={1} max={20000} onCommit={onCommit} />);
    const input = screen.getByLabelText('Seeds');
    const message = 'Enter a whole number from 1 to 20000; 1000 is used until then.';
    for (const bad of ['0', '2.5', '', '20001']) {
      fireEvent.change(input, { target: { value: bad } });
      expect(screen.getByRole('alert').textContent).toBe(message);
      expect(input.getAttribute('aria-invalid')).toBe('true');
    }
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '3000' } });
    expect(onCommit).toHaveBeenCalledWith(3000);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a card is a region named by its title, and a table inside can share that name', () => {
    render(
      <Card id="t-title" title="Results">
        <table aria-labelledby="t-title">
          <TableHead labels={['Design', 'Median']} />
          <tbody />
        </table>
      </Card>,
    );
    expect(screen.getByRole('region', { name: 'Results' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Results' });
    const heads = Array.from(table.querySelectorAll('th'));
    expect(heads.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Design', 'col'],
      ['Median', 'col'],
    ]);
  });
});
