// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutLegend, LEGEND_ROW_EM } from './layout.ts';
import { frameGeometry, legendFrame, PlotFrame, plotBox, WORDS_LABEL } from './PlotFrame.tsx';
import { linearScale, linearTicks } from './scales.ts';
import { serializeSvg, translateOf } from './testing/svg.ts';

afterEach(cleanup);

const em = 10;
// Spread into every PlotFrame below: a 300 x 200 SVG at 10 px type.
const frame = frameGeometry(300, 200, em, { top: 30, right: 10, bottom: 40, left: 50 });
const { box } = frame;
const x = linearScale([0, 10], [0, box.width]);
const y = linearScale([0, 1], [box.height, 0]);
const axes = {
  x: { ticks: linearTicks(x, 5), scale: x, label: 'evaluation', labelClassName: WORDS_LABEL },
  y: { ticks: linearTicks(y, 3), scale: y, label: 'f', labelOffset: 33 },
};
const legend = layoutLegend(
  [{ key: 'a', label: 'mean', swatch: 'line', className: 'mean' }] as const,
  200,
  em,
);

describe('PlotFrame', () => {
  it('computes the plotting box from margins, never negative', () => {
    expect(box).toEqual({ left: 50, top: 30, width: 240, height: 130 });
    expect(plotBox(40, 40, { top: 30, right: 10, bottom: 40, left: 50 })).toMatchObject({
      width: 0,
      height: 0,
    });
  });

  it('draws the frame in one order: title, clip, title line, legend, header, area, axes, overlay', () => {
    render(
      <PlotFrame
        className="bo-plot test-plot"
        ariaLabel="Test plot"
        {...frame}
        clipId="clip-1"
        title={{ text: 'EI', top: 9 }}
        legend={{ slots: legend.slots, top: 12 }}
        header={<g className="header-mark" />}
        underlay={<rect className="under" />}
        grid="xy"
        {...axes}
        overlay={<circle className="over" />}
        data={{ 'data-side': 5 }}
      >
        <path className="mark" />
      </PlotFrame>,
    );
    const svg = screen.getByRole('img', { name: 'Test plot' });
    expect(svg.getAttribute('data-side')).toBe('5');
    expect(svg.querySelector('title')?.textContent).toBe('Test plot');
    const clip = svg.querySelector('clipPath#clip-1 rect');
    expect([clip?.getAttribute('width'), clip?.getAttribute('height')]).toEqual(['240', '130']);
    expect(translateOf(svg.querySelector('.legend')?.parentElement ?? null)).toEqual([50, 12]);
    const area = svg.querySelector(':scope > g:last-of-type') as Element;
    expect(translateOf(area)).toEqual([50, 30]);
    const order = Array.from(area.children, (c) => c.getAttribute('class') ?? c.tagName);
    expect(order[0]).toBe('under');
    expect(order[1]).toBe('grid');
    expect(order[2]).toBe('mark');
    expect(order.at(-1)).toBe('over');
    // The x label sits below the axis, centred; the y label turned, left of the area.
    const xLabel = svg.querySelector('.axis-x')?.parentElement?.querySelector('.axis-label');
    expect(xLabel?.getAttribute('class')).toBe('axis-label is-words');
    expect(xLabel?.getAttribute('x')).toBe('120');
    expect(xLabel?.getAttribute('y')).toBe('27.5');
    const yLabel = Array.from(area.querySelectorAll(':scope > .axis-label')).at(-1);
    expect(yLabel?.getAttribute('transform')).toBe('translate(-33,65) rotate(-90)');
    expect(serializeSvg(svg)).toMatchSnapshot();
  });

  it('leaves out what is not asked for: no grid, no y axis, no empty label, no clip', () => {
    render(
      <PlotFrame className="bo-plot" ariaLabel="Bare" {...frame} x={{ ...axes.x, label: '' }} />,
    );
    const svg = screen.getByRole('img', { name: 'Bare' });
    expect(svg.querySelector('.grid, .axis-y, .axis-label, defs, .legend, .plot-title')).toBeNull();
    expect(svg.querySelectorAll('.axis-x .tick')).toHaveLength(axes.x.ticks.length);
  });

  it('draws grid lines at the y ticks only for a histogram', () => {
    render(<PlotFrame className="bo-plot" ariaLabel="Bars" {...frame} grid="y" {...axes} />);
    const lines = screen.getByRole('img', { name: 'Bars' }).querySelectorAll('.grid line');
    expect(lines).toHaveLength(axes.y.ticks.length);
  });

  it('legendFrame: the legend wraps within the inset width and pushes the box down a row per row', () => {
    const items = ['first series', 'second series', 'third series'].map((label, k) => ({
      key: String(k),
      label,
      swatch: 'line' as const,
      className: 'mean',
    }));
    const ems = { legendInset: 5, legendGap: 0.8, right: 1.2, bottom: 3, left: 4.4 };
    const wide = legendFrame(600, 300, em, items, ems);
    const narrow = legendFrame(180, 300, em, items, ems);
    expect(wide.legend.slots.map((s) => s.row)).toEqual([0, 0, 0]);
    expect(narrow.legend.slots.map((s) => s.row)).toEqual([0, 1, 2]);
    expect(wide.frame.box).toEqual({
      left: 44,
      top: (LEGEND_ROW_EM + 0.8) * em,
      width: 600 - 44 - 12,
      height: 300 - (LEGEND_ROW_EM + 0.8) * em - 30,
    });
    expect(narrow.frame.box.top).toBeCloseTo((3 * LEGEND_ROW_EM + 0.8) * em, 9);
    expect(wide.legend.top).toBe(0.9 * em);
    expect(legendFrame(600, 300, em, [], ems).frame.box.top).toBeCloseTo(0.8 * em, 9);
  });
});
