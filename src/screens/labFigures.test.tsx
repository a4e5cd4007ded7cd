// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import LabScreen from './LabScreen.tsx';
import { FIGURES, figureFor } from '../lab/figures.ts';

afterEach(cleanup);

describe('lab screen', () => {
  it('lists every figure and marks the chosen one', async () => {
    render(<LabScreen figure="trials" />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(FIGURES.length);
    expect(
      screen.getByRole('link', { name: 'How many random trials?' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'How many random trials?' }),
    ).toBeTruthy();
    expect(figureFor('nonsense').id).toBe('coverage');
  });

  it('grid vs random shows the distinct values per axis of both designs', async () => {
    render(<LabScreen figure="coverage" />);
    await screen.findByRole('heading', { level: 2, name: 'Grid vs random' });
    expect(screen.getByRole('region', { name: 'Grid vs random' })).toBeTruthy();
    expect(screen.getByTestId('cov-grid-distinct-x').textContent).toBe('5');
    expect(screen.getByTestId('cov-random-distinct-x').textContent).toBe('25');
    fireEvent.change(screen.getByRole('slider', { name: 'Grid side k (k² trials)' }), {
      target: { value: '3' },
    });
    expect(screen.getByTestId('cov-grid-distinct-y').textContent).toBe('3');
    expect(screen.getByTestId('cov-random-distinct-y').textContent).toBe('9');
    expect(screen.getAllByRole('img').length).toBeGreaterThanOrEqual(2);
  });

  it('how many trials shows 59 for the top 5% and follows the confidence', async () => {
    render(<LabScreen figure="trials" />);
    expect((await screen.findByTestId('trials-needed')).textContent).toBe('59');
    fireEvent.change(screen.getByRole('slider', { name: 'Confidence' }), {
      target: { value: '0.99' },
    });
    // ceil(log(0.01) / log(0.95)) = 90.
    expect(screen.getByTestId('trials-needed').textContent).toBe(
      String(Math.ceil(Math.log(0.01) / Math.log(0.95))),
    );
  });

  it('log-scale sampling shows the beta rows', async () => {
    render(<LabScreen figure="log-scale" />);
    expect((await screen.findByTestId('beta-change-high')).textContent).toBe('×2');
    expect(screen.getByTestId('beta-change-low').textContent).toBe('×1.005');
  });
});
