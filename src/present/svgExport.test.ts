// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { exportFileName, finishSvg, inlineStyles, type StyleReader } from './svgExport.ts';

const NS = 'http://www.w3.org/2000/svg';

function plot(): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = `<svg xmlns="${NS}" class="bo-plot" role="img" aria-label="Objective plot">
    <g class="axis"><line x1="0" x2="10" class="domain"></line><text>1.5</text></g>
    <path class="mean" d="M0,0L10,10"></path>
    <circle class="observation" tabindex="0" r="4"></circle>
    <rect class="hidden-thing" width="3" height="3"></rect>
  </svg>`;
  document.body.append(host);
  return host.querySelector('svg') as SVGSVGElement;
}

/** Stands in for getComputedStyle with the CSS variables already resolved, as a browser does. */
const reader: StyleReader = (el) => {
  const cls = el.getAttribute('class') ?? '';
  const styles: Record<string, string> = {
    'font-family': 'system-ui',
    'font-size': '14px',
    fill: 'rgb(0, 0, 0)',
    stroke: 'none',
  };
  if (cls === 'mean')
    Object.assign(styles, { fill: 'none', stroke: 'rgb(0, 114, 178)', 'stroke-width': '2.5px' });
  if (cls === 'domain') Object.assign(styles, { stroke: 'rgb(74, 82, 93)' });
  if (cls === 'hidden-thing') styles['display'] = 'none';
  return { getPropertyValue: (p: string) => styles[p] ?? '' };
};

describe('SVG export', () => {
  it('inlines the resolved styles onto the clone and drops what is not displayed', () => {
    const svg = plot();
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone, reader);
    const mean = clone.querySelector('.mean');
    expect(mean?.getAttribute('style')).toContain('stroke: rgb(0, 114, 178)');
    expect(mean?.getAttribute('style')).toContain('fill: none');
    expect(mean?.getAttribute('style')).toContain('stroke-width: 2.5px');
    expect(clone.querySelector('.domain')?.getAttribute('style')).toContain('rgb(74, 82, 93)');
    expect(clone.querySelector('.hidden-thing')).toBeNull();
    expect(clone.querySelector('.observation')?.hasAttribute('tabindex')).toBe(false);
    // No var(--...) survives: the file must look right outside the app.
    expect(clone.outerHTML).not.toContain('var(');
    // The page's own SVG is untouched.
    expect(svg.querySelector('.mean')?.hasAttribute('style')).toBe(false);
    expect(svg.querySelector('.hidden-thing')).not.toBeNull();
  });

  it('refuses a clone that does not match its source', () => {
    const svg = plot();
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.querySelector('.mean')?.remove();
    expect(() => inlineStyles(svg, clone, reader)).toThrow(/does not match/);
  });

  it('writes a standalone document with size, background, title and rasters under the marks', () => {
    const svg = plot();
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone, reader);
    const text = finishSvg(clone, {
      width: 640,
      height: 320,
      background: 'rgb(255, 255, 255)',
      title: 'Objective',
      rasters: [
        {
          href: 'data:image/png;base64,AAAA',
          x: 40,
          y: 20,
          width: 210,
          height: 210,
          clip: { x: 43, y: 23, width: 204, height: 204 },
          backdrop: 'rgb(233, 236, 240)',
        },
      ],
    });
    expect(text.startsWith('<?xml')).toBe(true);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toBe('0 0 640 320');
    expect(root.getAttribute('width')).toBe('640');
    expect(root.namespaceURI).toBe(NS);
    const kids = [...root.children].map((c) => c.tagName);
    // Title, background, the raster's clip and image, then the plot's own marks.
    expect(kids.slice(0, 3)).toEqual(['title', 'rect', 'defs']);
    expect(kids.indexOf('g')).toBeLessThan(kids.lastIndexOf('path'));
    const image = root.querySelector('image');
    expect(image?.getAttribute('href')).toBe('data:image/png;base64,AAAA');
    expect(root.querySelector('clipPath rect')?.getAttribute('width')).toBe('204');
    expect(root.querySelector('title')?.textContent).toBe('Objective');
  });

  it('names files by objective, figure and evaluations', () => {
    expect(
      exportFileName({
        objectiveId: 'bayes-opt-1d',
        figure: 'objective',
        evaluations: 5,
        ext: 'svg',
      }),
    ).toBe('bo-playground_bayes-opt-1d_objective_n05.svg');
    expect(
      exportFileName({ objectiveId: 'Branin', figure: 'acq', evaluations: 123, ext: 'png' }),
    ).toBe('bo-playground_branin_acq_n123.png');
    expect(
      exportFileName({ objectiveId: '*formula*', figure: 'mean', evaluations: 0, ext: 'webm' }),
    ).toBe('bo-playground_formula_mean_run.webm');
    expect(exportFileName({ objectiveId: '///', figure: 'std', evaluations: 1, ext: 'png' })).toBe(
      'bo-playground_custom_std_n01.png',
    );
  });
});
