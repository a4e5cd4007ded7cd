// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plotMargins } from './layout.ts';
import { ObjectivePlot1D, type ObjectivePlot1DProps } from './ObjectivePlot1D.tsx';
import { grid, mean, observations, std, truth } from './testing/fixtures.ts';
import { serializeSvg, translateOf } from './testing/svg.ts';

afterEach(cleanup);

const WIDTH = 640;
const HEIGHT = 360;
const X_DOMAIN: [number, number] = [-2, 6];

const baseProps: ObjectivePlot1DProps = {
  width: WIDTH,
  height: HEIGHT,
  xDomain: X_DOMAIN,
  scale: 'linear',
  xLabel: 'x',
  yLabel: 'f(x)',
  grid,
  truth,
  mean,
  std,
  band: 'ci95',
  observations,
  bestIndex: 3,
  next: { x: 1.25 },
  ariaLabel: 'Objective plot',
};

// An image, or a group once its marks can be moved (an image would hide its buttons).
const plot = () => screen.getByLabelText('Objective plot', { selector: 'svg' });

/** Marks matching selector, outside the legend (whose swatches share the marks' classes). */
const marks = (selector: string) =>
  Array.from(plot().querySelectorAll(selector)).filter((el) => !el.closest('.legend'));

/** The data-to-pixel map of the x axis, from the props alone (jsdom has no layout). */
function xPixel(x: number, domain = X_DOMAIN): number {
  const m = plotMargins();
  const inner = WIDTH - m.left - m.right;
  return ((x - domain[0]) / (domain[1] - domain[0])) * inner;
}

describe('ObjectivePlot1D', () => {
  it('is an image with an accessible name and a title', () => {
    render(<ObjectivePlot1D {...baseProps} />);
    expect(plot().tagName.toLowerCase()).toBe('svg');
    expect(plot().querySelector('title')?.textContent).toBe('Objective plot');
    expect(screen.getByRole('img', { name: 'Objective plot' })).toBe(plot());
  });

  it('with movable marks is a group, described by what it shows, its marks reachable', () => {
    render(<ObjectivePlot1D {...baseProps} onMoveObservation={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Objective plot' });
    expect(group.querySelectorAll('[role="button"]')).toHaveLength(5);
    const desc = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(desc?.tagName.toLowerCase()).toBe('desc');
    expect(desc?.textContent).toMatch(/^GP mean and (95% |±1σ )band over x in \[/);
    expect(desc?.textContent).toMatch(/, 5 observations, best .* next point x = 1\.25$/);
  });

  it('draws one numbered marker per observation, in the order taken', () => {
    render(<ObjectivePlot1D {...baseProps} />);
    const dots = plot().querySelectorAll('.observation');
    expect(dots).toHaveLength(5);
    const labels = Array.from(plot().querySelectorAll('.observation-label'), (t) => t.textContent);
    expect(labels).toEqual(['1', '2', '3', '4', '5']);
    expect(dots[0]?.getAttribute('aria-label')).toBe('Observation 1: x = −1, value 0.5');
    expect(dots[2]?.getAttribute('aria-label')).toBe(
      'Observation 3 (best so far): x = 0.6, value 1.699',
    );
  });

  it('draws a failed point as a grey cross on the bottom edge, not as a dot', () => {
    render(<ObjectivePlot1D {...baseProps} />);
    const failed = plot().querySelector('.observation[data-index="4"]');
    expect(failed?.classList.contains('observation-failed')).toBe(true);
    expect(failed?.querySelector('path.mark-failed')).not.toBeNull();
    expect(failed?.querySelector('circle:not(.hit-target)')).toBeNull();
    expect(failed?.getAttribute('aria-label')).toBe('Observation 4: x = 5.5, evaluation failed');
    // Every other marker is a dot or (for a person's probe) a diamond.
    expect(marks('.mark-init, .mark-bo')).toHaveLength(3);
    expect(marks('.mark-manual')).toHaveLength(1);
    const bottoms = Array.from(plot().querySelectorAll('.observation'), (g) => translateOf(g)?.[1]);
    expect(Math.max(...(bottoms as number[]))).toBe(translateOf(failed)?.[1]);
    expect(translateOf(failed)?.[0]).toBeCloseTo(xPixel(5.5), 6);
  });

  it('shows where the model counts a failed point: a hollow grey marker at that value', () => {
    // The worst value observed is observation 1's; the model counts the failed point 4 there.
    const worst = observations[0]?.y as number;
    const withModel = observations.map((o) => (o.y === null ? { ...o, modelY: worst } : o));
    const { rerender } = render(<ObjectivePlot1D {...baseProps} />);
    expect(plot().querySelector('.legend-failed')?.textContent).toBe('failed');
    expect(plot().querySelector('.failed-model')).toBeNull();
    rerender(<ObjectivePlot1D {...baseProps} observations={withModel} />);
    const failed = plot().querySelector('.observation[data-index="4"]');
    const hollow = failed?.querySelector('.failed-model circle.mark-failed');
    expect(hollow).not.toBeNull();
    // Same height as observation 1, whose value it is; the cross stays on the bottom edge.
    const crossV = translateOf(failed)?.[1] as number;
    const worstV = translateOf(plot().querySelector('.observation[data-index="1"]'))?.[1];
    expect(crossV + Number(hollow?.getAttribute('cy'))).toBeCloseTo(worstV as number, 6);
    expect(failed?.querySelector('path.mark-failed')).not.toBeNull();
    expect(plot().querySelector('.legend-failed')?.textContent).toBe(
      'failed: counted as the worst value for the model',
    );
    expect(failed?.getAttribute('aria-label')).toBe(
      'Observation 4: x = 5.5, evaluation failed; the model counts it as the worst value seen, 0.5',
    );
  });

  it('rings the best observation and labels it', () => {
    render(<ObjectivePlot1D {...baseProps} />);
    const best = plot().querySelector('.observation[data-index="3"]');
    expect(best?.querySelector('.mark-best')).not.toBeNull();
    expect(marks('.mark-best')).toHaveLength(1);
    expect(plot().querySelector('.best-label')?.textContent).toBe('best');
  });

  it('draws the uncertainty band if and only if std is given', () => {
    const { rerender } = render(<ObjectivePlot1D {...baseProps} />);
    expect(plot().querySelector('.curves path.band')).not.toBeNull();
    expect(plot().querySelector('.legend-band')?.textContent).toBe('95% interval');
    rerender(<ObjectivePlot1D {...baseProps} std={null} />);
    expect(plot().querySelector('.curves path.band')).toBeNull();
    expect(plot().querySelector('.legend-band')).toBeNull();
    expect(plot().querySelector('.curves path.mean')).not.toBeNull();
  });

  it('hides the objective in the black-box game (truth null)', () => {
    const { rerender } = render(<ObjectivePlot1D {...baseProps} />);
    expect(plot().querySelector('.curves path.truth')).not.toBeNull();
    rerender(<ObjectivePlot1D {...baseProps} truth={null} />);
    expect(plot().querySelector('.curves path.truth')).toBeNull();
    expect(plot().querySelector('.legend-truth')).toBeNull();
  });

  it('stars the next point on the x axis at the scaled x, with a guide line', () => {
    render(<ObjectivePlot1D {...baseProps} />);
    const [star, ...others] = marks('path.next-star');
    expect(others).toHaveLength(0);
    expect(translateOf(star ?? null)?.[0]).toBeCloseTo(xPixel(1.25), 6);
    const guide = plot().querySelector('line.next-line');
    expect(Number(guide?.getAttribute('x1'))).toBeCloseTo(xPixel(1.25), 6);
  });

  it('labels a log10 axis with powers of ten', () => {
    render(
      <ObjectivePlot1D
        {...baseProps}
        scale="log10"
        xDomain={[-5, -1]}
        grid={[-5, -4, -3, -2, -1]}
        truth={[0.1, 0.4, 0.9, 0.5, 0.2]}
        mean={null}
        std={null}
        observations={[{ x: -3, y: 0.9, index: 1, phase: 'init' }]}
        next={null}
      />,
    );
    const ticks = Array.from(plot().querySelectorAll('.axis-x .tick text'), (t) => t.textContent);
    expect(ticks).toEqual(['10⁻⁵', '10⁻⁴', '10⁻³', '10⁻²', '10⁻¹']);
    // The observation reads in natural units: 10^-3.
    expect(plot().querySelector('.observation')?.getAttribute('aria-label')).toBe(
      'Observation 1: x = 0.001, value 0.9',
    );
  });

  it('reports a click on the empty plot as a probe at the data x', () => {
    const onProbe = vi.fn();
    render(<ObjectivePlot1D {...baseProps} onProbe={onProbe} />);
    const background = plot().querySelector('.plot-background') as Element;
    // The SVG sits at the page origin in jsdom, so clientX is the margin plus the pixel.
    fireEvent.click(background, { clientX: plotMargins().left + xPixel(2.5) });
    expect(onProbe).toHaveBeenCalledTimes(1);
    expect(onProbe.mock.calls[0]?.[0]).toBeCloseTo(2.5, 9);
    expect(plot().classList.contains('is-probing')).toBe(true);
  });

  it('shows the x under the pointer while probing', () => {
    render(<ObjectivePlot1D {...baseProps} onProbe={() => {}} />);
    const background = plot().querySelector('.plot-background') as Element;
    fireEvent.pointerMove(background, { clientX: plotMargins().left + xPixel(3) });
    expect(plot().querySelector('.probe-readout text')?.textContent).toBe('evaluate at 3');
    fireEvent.pointerLeave(background);
    expect(plot().querySelector('.probe-readout')).toBeNull();
  });

  it('keeps handing the latest x on while the drag goes on, one preview per frame', async () => {
    const onDrag = vi.fn();
    render(
      <ObjectivePlot1D {...baseProps} onMoveObservation={vi.fn()} onDragObservation={onDrag} />,
    );
    const mark = plot().querySelector('.observation[data-index="2"]') as Element;
    const left = plotMargins().left;
    const frame = () => act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
    fireEvent.pointerDown(mark, { clientX: left + xPixel(4), button: 0, pointerId: 1 });
    fireEvent.pointerMove(mark, { clientX: left + xPixel(4.5), pointerId: 1 });
    await frame();
    fireEvent.pointerMove(mark, { clientX: left + xPixel(5.5), pointerId: 1 });
    fireEvent.pointerMove(mark, { clientX: left + xPixel(6), pointerId: 1 });
    await frame();
    await frame();
    expect(onDrag.mock.calls.map((c) => Number(c[1]).toFixed(6))).toEqual(['4.500000', '6.000000']);
    // A render for the preview leaves the mark under the pointer.
    expect(translateOf(plot().querySelector('.observation[data-index="2"]'))?.[0]).toBeCloseTo(
      xPixel(6),
      6,
    );
  });

  it('drags an observation sideways: live preview while moving, one commit on release', async () => {
    const onMove = vi.fn();
    const onDrag = vi.fn();
    render(
      <ObjectivePlot1D {...baseProps} onMoveObservation={onMove} onDragObservation={onDrag} />,
    );
    const mark = plot().querySelector('.observation[data-index="2"]') as Element;
    const left = plotMargins().left;
    fireEvent.pointerDown(mark, { clientX: left + xPixel(4), button: 0, pointerId: 1 });
    fireEvent.pointerMove(mark, { clientX: left + xPixel(4.5), pointerId: 1 });
    fireEvent.pointerMove(mark, { clientX: left + xPixel(5), pointerId: 1 });
    // The marker follows the pointer at once, before the app has re-evaluated anything...
    expect(translateOf(plot().querySelector('.observation[data-index="2"]'))?.[0]).toBeCloseTo(
      xPixel(5),
      6,
    );
    // ...and the app hears of the moves once per frame, with the latest x.
    expect(onDrag).not.toHaveBeenCalled();
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
    expect(onDrag).toHaveBeenCalledTimes(1);
    expect(onDrag.mock.calls[0]?.[0]).toBe(2);
    expect(onDrag.mock.calls[0]?.[1]).toBeCloseTo(5, 9);
    expect(onMove).not.toHaveBeenCalled();
    expect(translateOf(plot().querySelector('.observation[data-index="2"]'))?.[0]).toBeCloseTo(
      xPixel(5),
      6,
    );
    fireEvent.pointerUp(mark, { clientX: left + xPixel(5), pointerId: 1 });
    expect(onMove).toHaveBeenCalledTimes(1);
    expect(onMove.mock.calls[0]?.[0]).toBe(2);
    expect(onMove.mock.calls[0]?.[1]).toBeCloseTo(5, 9);
  });

  it('does not commit a press without movement', () => {
    const onMove = vi.fn();
    render(<ObjectivePlot1D {...baseProps} onMoveObservation={onMove} />);
    const mark = plot().querySelector('.observation[data-index="1"]') as Element;
    fireEvent.pointerDown(mark, { clientX: 100, button: 0, pointerId: 1 });
    fireEvent.pointerUp(mark, { clientX: 101, pointerId: 1 });
    expect(onMove).not.toHaveBeenCalled();
  });

  it('deletes a focused observation with Delete, or on double-click', () => {
    const onDelete = vi.fn();
    render(<ObjectivePlot1D {...baseProps} onDeleteObservation={onDelete} />);
    const mark = screen.getByRole('button', { name: /^Observation 5:/ });
    expect(mark.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(mark, { key: 'Delete' });
    expect(onDelete).toHaveBeenLastCalledWith(5);
    fireEvent.doubleClick(screen.getByRole('button', { name: /^Observation 2:/ }));
    expect(onDelete).toHaveBeenLastCalledWith(2);
  });

  it('moves a focused observation with the arrow keys, by 1% of the domain', () => {
    const onMove = vi.fn();
    render(<ObjectivePlot1D {...baseProps} onMoveObservation={onMove} />);
    fireEvent.keyDown(screen.getByRole('button', { name: /^Observation 1:/ }), {
      key: 'ArrowRight',
    });
    expect(onMove.mock.calls[0]?.[0]).toBe(1);
    expect(onMove.mock.calls[0]?.[1]).toBeCloseTo(-1 + 0.08, 9);
  });

  it('ignores non-finite values when fitting the y axis', () => {
    const spoiled = Float64Array.from(truth);
    spoiled[3] = NaN;
    spoiled[4] = Infinity;
    render(<ObjectivePlot1D {...baseProps} truth={spoiled} />);
    const yTicks = Array.from(plot().querySelectorAll('.axis-y .tick text'), (t) =>
      Number((t.textContent ?? '').replace('−', '-')),
    );
    expect(yTicks.every(Number.isFinite)).toBe(true);
    expect(Math.max(...yTicks)).toBeLessThan(3);
  });

  it('matches its SVG snapshot', () => {
    render(<ObjectivePlot1D {...baseProps} samples={[mean.map((m) => m + 0.1)]} />);
    expect(serializeSvg(plot())).toMatchSnapshot();
  });

  it('draws Thompson’s sample path, its optimum at the next point, and says so in the legend', () => {
    const path = Array.from(grid, (x) => -((x - 1.25) ** 2));
    render(
      <ObjectivePlot1D
        {...baseProps}
        samples={[mean, truth]}
        thompson={{ values: path, optimum: { x: 1.25, y: 0 }, lowest: false }}
      />,
    );
    expect(marks('.thompson-path')).toHaveLength(1);
    const optimum = marks('.thompson-optimum')[0];
    expect(Number(optimum?.getAttribute('cx'))).toBeCloseTo(xPixel(1.25), 6);
    const legend = Array.from(plot().querySelectorAll('.legend text'), (t) => t.textContent);
    expect(legend).toContain("Thompson's sample (its max is the next point)");
    expect(legend).toContain('other samples');
  });

  it('hides a number with no free spot and shows it on hover or focus instead', () => {
    // Ten points piled on one spot: their numbers cannot all sit beside it.
    const piled = Array.from({ length: 10 }, (_, i) => ({
      x: 1 + i * 0.001,
      y: 0.5,
      index: i + 1,
      phase: 'bo' as const,
    }));
    render(<ObjectivePlot1D {...baseProps} observations={piled} bestIndex={undefined} />);
    const placed = plot().querySelectorAll('.observation-labels .observation-label');
    const dropped = plot().querySelectorAll('.observation .dropped-label');
    expect(placed.length).toBeGreaterThan(0);
    expect(dropped.length).toBeGreaterThan(0);
    expect(placed.length + dropped.length).toBe(10);
  });
});
