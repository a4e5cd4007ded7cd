import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  cssVariables,
  deltaE,
  luminance,
  parseHex,
  simulateCvd,
} from './colorCheck.ts';

describe('colour checks', () => {
  it('parse hex colours, short and long', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('#0072B2')).toEqual([0, 114, 178]);
    expect(parseHex('rgb(0 0 0)')).toBeNull();
    expect(parseHex('#12345')).toBeNull();
  });

  it('compute WCAG contrast ratios (reference values)', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 10);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBeCloseTo(1, 10);
    // #777 on white is the classic 4.48:1, just short of AA.
    expect(contrastRatio([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 2);
    expect(luminance([255, 0, 0])).toBeCloseTo(0.2126, 4);
    // Symmetric.
    expect(contrastRatio([0, 114, 178], [20, 30, 40])).toBe(
      contrastRatio([20, 30, 40], [0, 114, 178]),
    );
  });

  it('simulate colour-vision deficiencies: greys stay grey, red and green merge for deutans', () => {
    for (const kind of ['protan', 'deutan', 'tritan'] as const) {
      const g = simulateCvd([128, 128, 128], kind);
      for (const c of g) expect(c).toBeCloseTo(128, 0);
    }
    const red: [number, number, number] = [213, 94, 0];
    const green: [number, number, number] = [0, 158, 115];
    const normal = deltaE(red, green);
    const deutan = deltaE(simulateCvd(red, 'deutan'), simulateCvd(green, 'deutan'));
    expect(deutan).toBeLessThan(normal);
    // Pure red against pure green: far apart normally, close for a deuteranope.
    const r = simulateCvd([255, 0, 0], 'deutan');
    const gr = simulateCvd([0, 255, 0], 'deutan');
    expect(deltaE([255, 0, 0], [0, 255, 0])).toBeGreaterThan(80);
    expect(deltaE(r, gr)).toBeLessThan(deltaE([255, 0, 0], [0, 255, 0]) / 2);
  });

  it('CIELAB distance: white to black is 100', () => {
    expect(deltaE([255, 255, 255], [0, 0, 0])).toBeCloseTo(100, 1);
    expect(deltaE([10, 20, 30], [10, 20, 30])).toBe(0);
  });

  it('read a rule’s custom properties, skipping comments and other rules', () => {
    const css = `/* :root { --x: #000; } */
      :root { --a: #111; --b: #222 }
      @media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { --a: #999; } }
      :root[data-theme='dark'] { --a: #eee; color: red; }`;
    expect([...cssVariables(css, ':root')]).toEqual([
      ['--a', '#111'],
      ['--b', '#222'],
    ]);
    expect(cssVariables(css, ":root[data-theme='dark']").get('--a')).toBe('#eee');
    expect(cssVariables(css, ':root.none').size).toBe(0);
  });
});
