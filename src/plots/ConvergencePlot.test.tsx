// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConvergencePlot, type ConvergencePlotProps } from './ConvergencePlot.tsx';
import { plotMargins } from './layout.ts';
import { serializeSvg } from './testing/svg.ts';

afterEach(cleanup);

const baseProps: ConvergencePlotProps = {
  width: 480,
  height: 240,
  values: [null, 0.8, 0.8, 1.2, 1.6, 1.6, 1.7],
  optimum: 1.7075,
  goal: 'maximize',
  initCount: 2,
  ariaLabel: 'Convergence plot',
};

const plot = () => screen.getByRole('img', { name: 'Convergence plot' });

describe('ConvergencePlot', () => {
  it('is an image with an accessible name', () => {
    render(<ConvergencePlot {...baseProps} />);
    expect(plot().querySelector('title')?.textContent).toBe('Convergence plot');
  });

  it('draws a step line through the successes and a dot per evaluation with a value', () => {
    render(<ConvergencePlot {...baseProps} />);
    const d = plot().querySelector('path.best-so-far')?.getAttribute('d') ?? '';
    // Steps: every segment is horizontal or vertical.
    const pts = d
      .slice(1)
      .split('L')
      .map((p) => p.split(',').map(Number));
    expect(pts.length).toBeGreaterThan(6);
    pts.slice(1).forEach(([u, v], i) => {
      const [pu, pv] = pts[i] ?? [];
      expect(u === pu || v === pv).toBe(true);
    });
    expect(plot().querySelectorAll('circle.best-so-far-dot')).toHaveLength(6);
  });

  it('draws the known optimum as a labelled dashed line', () => {
    render(<ConvergencePlot {...baseProps} />);
    expect(plot().querySelector('line.optimum')).not.toBeNull();
    expect(plot().querySelector('.optimum-label')?.textContent).toBe('known optimum 1.708');
  });

  it('omits the optimum when unknown', () => {
    const { optimum: _omit, ...rest } = baseProps;
    render(<ConvergencePlot {...rest} />);
    expect(plot().querySelector('line.optimum')).toBeNull();
  });

  it('shades the initial design up to the last initial evaluation', () => {
    render(<ConvergencePlot {...baseProps} />);
    const m = plotMargins();
    const inner = 480 - m.left - m.right;
    const shade = plot().querySelector('rect.init-shade');
    // x runs from 0.5 to 7.5 evaluations; the init phase covers evaluations 1 and 2.
    expect(Number(shade?.getAttribute('width'))).toBeCloseTo((2 / 7) * inner, 6);
  });

  it('labels the x axis with whole evaluation numbers only', () => {
    render(<ConvergencePlot {...baseProps} />);
    const ticks = Array.from(plot().querySelectorAll('.axis-x .tick text'), (t) => t.textContent);
    expect(ticks.every((t) => /^\d+$/.test(t ?? ''))).toBe(true);
    expect(ticks[0]).toBe('1');
  });

  it('highlights the snapshot shown and fades what comes after it', () => {
    render(<ConvergencePlot {...baseProps} current={3} />);
    expect(plot().querySelector('circle.current-dot')).not.toBeNull();
    expect(plot().querySelector('path.best-so-far.is-future')).not.toBeNull();
    expect(plot().querySelectorAll('circle.best-so-far-dot.is-future')).toHaveLength(3);
  });

  it('labels the y axis for the goal', () => {
    render(<ConvergencePlot {...baseProps} goal="minimize" values={[3, 2, 1]} optimum={0} />);
    expect(plot().textContent).toContain('best so far (min)');
  });

  it('matches its SVG snapshot', () => {
    render(<ConvergencePlot {...baseProps} current={5} />);
    expect(serializeSvg(plot())).toMatchSnapshot();
  });
});
