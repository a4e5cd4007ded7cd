// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CurvesPlot } from './CurvesPlot.tsx';
import { simulateHyperband } from './simulate.ts';

afterEach(cleanup);

const run = simulateHyperband(9, 3, 0.04, 1);
const bracket = run.brackets[0] as (typeof run.brackets)[number];
const rungEpochs = run.schedule.brackets[0]?.rungs.map((r) => r.epochs) ?? [];

function plot(live: readonly number[] | null) {
  return render(
    <CurvesPlot
      width={480}
      height={360}
      fontSize={14}
      bracket={bracket}
      rungEpochs={rungEpochs}
      maxEpochs={9}
      live={live}
    />,
  ).container;
}

describe('CurvesPlot', () => {
  it('draws the model training now, epoch by epoch, with its legend entry', () => {
    const el = plot([2.1, 1.4, 0.9]);
    const live = el.querySelector('.hb-live');
    expect(live?.getAttribute('data-live')).toBe('3');
    expect(live?.querySelector('path.is-live')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(live?.querySelector('circle.is-live')).not.toBeNull();
    expect(el.textContent).toContain('training now');
  });

  it('shows a first epoch as a dot, skips a non-finite loss, and draws nothing live without one', () => {
    const one = plot([1.7]);
    expect(one.querySelector('.hb-live path')).toBeNull();
    expect(one.querySelector('.hb-live circle')).not.toBeNull();
    cleanup();
    const broken = plot([1.7, Number.POSITIVE_INFINITY]);
    expect(broken.querySelector('.hb-live path')?.getAttribute('d')).not.toMatch(/NaN|Infinity/);
    expect(broken.querySelector('.hb-live circle')).toBeNull();
    cleanup();
    const none = plot(null);
    expect(none.querySelector('.hb-live')).toBeNull();
    expect(none.textContent).not.toContain('training now');
    expect(none.querySelectorAll('.hb-trial').length).toBe(bracket.trials.length);
  });
});
