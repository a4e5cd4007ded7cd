// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { PRINT_ROW_PX, printOnPaper } from './printOnPaper.ts';

const root = document.documentElement;
const print = (phase: 'beforeprint' | 'afterprint') => window.dispatchEvent(new Event(phase));

function plot(className: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('width', '1200');
  svg.setAttribute('height', '400');
  document.body.append(svg);
  return svg;
}

afterEach(() => {
  document.body.replaceChildren();
  delete root.dataset['theme'];
});

describe('printOnPaper', () => {
  it('prints a dark page in the light palette and gives the dark one back', () => {
    root.dataset['theme'] = 'dark';
    const stop = printOnPaper();
    print('beforeprint');
    expect(root.dataset['theme']).toBe('light');
    print('beforeprint'); // a second print request while printing keeps what to give back
    print('afterprint');
    expect(root.dataset['theme']).toBe('dark');
    stop();
    print('beforeprint');
    expect(root.dataset['theme']).toBe('dark');
  });

  it('leaves the light and high-contrast palettes as they are', () => {
    const stop = printOnPaper();
    for (const theme of ['light', 'high-contrast']) {
      root.dataset['theme'] = theme;
      print('beforeprint');
      expect(root.dataset['theme']).toBe(theme);
      print('afterprint');
      expect(root.dataset['theme']).toBe(theme);
    }
    stop();
  });

  it('lets the vector plots scale to the page while printing, and only them', () => {
    const curve = plot('bo-plot objective-plot');
    const map = plot('bo-plot heatmap');
    const stop = printOnPaper();
    print('beforeprint');
    expect(curve.getAttribute('viewBox')).toBe('0 0 1200 400');
    expect(map.hasAttribute('viewBox')).toBe(false);
    print('afterprint');
    expect(curve.hasAttribute('viewBox')).toBe(false);
    expect(curve.hasAttribute('data-print-fit')).toBe(false);
    stop();
  });

  it('zooms a row of heatmaps, at its screen size, to the width of a page and gives it back', () => {
    const row = document.createElement('div');
    row.className = 'heatmap-row';
    row.style.flex = '1 1 0';
    row.getBoundingClientRect = () => ({ width: 1400, height: 420 }) as DOMRect;
    document.body.append(row);
    const stop = printOnPaper();
    print('beforeprint');
    expect(row.style.width).toBe('1400px');
    expect(row.style.height).toBe('420px');
    expect(Number(row.style.zoom)).toBeCloseTo(PRINT_ROW_PX / 1400, 12);
    print('afterprint');
    expect(row.style.zoom).toBe('');
    expect(row.style.width).toBe('');
    expect(row.hasAttribute('data-print-fit')).toBe(false);
    stop();
  });
});
