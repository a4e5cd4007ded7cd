// The themes' colours as the stylesheets declare them: text contrast (WCAG 2: AA in light and dark,
// AAA = 7:1 in high contrast), plot marks against the plot surface (3:1 for graphics), and the
// plot hues still apart for protan, deutan and tritan viewers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  cssVariables,
  deltaE,
  parseHex,
  simulateCvd,
  type Deficiency,
  type Rgb,
} from './colorCheck.ts';

const theme = readFileSync(new URL('../styles/theme.css', import.meta.url), 'utf8');

const light = cssVariables(theme, ':root');
const dark = new Map([...light, ...cssVariables(theme, ":root[data-theme='dark']")]);
const high = new Map([...light, ...cssVariables(theme, ":root[data-theme='high-contrast']")]);
const THEMES = { light, dark, 'high-contrast': high } as const;

function color(vars: Map<string, string>, name: string): Rgb {
  const raw = vars.get(name);
  const rgb = raw === undefined ? null : parseHex(raw);
  if (!rgb) throw new Error(`${name} is not a hex colour: ${raw}`);
  return rgb;
}

const TEXT = ['--text', '--muted', '--accent', '--danger', '--success', '--axis'];
const MARKS = [
  '--plot-truth',
  '--plot-mean',
  '--plot-acq',
  '--plot-best',
  '--plot-next',
  '--focus',
];
// Hues told apart by colour (the truth is a grey dashed line, the failed marks grey crosses).
const HUES = ['--plot-mean', '--plot-acq', '--plot-best', '--plot-next'];
const DEFICIENCIES: readonly Deficiency[] = ['protan', 'deutan', 'tritan'];

describe('theme colours', () => {
  it('parse as the stylesheets declare them', () => {
    expect(high.get('--text')).toBe('#000000');
    expect(high.get('--bg')).toBe('#ffffff');
    expect(dark.get('--bg')).not.toBe(light.get('--bg'));
  });

  for (const [name, vars] of Object.entries(THEMES)) {
    const minText = name === 'high-contrast' ? 7 : 4.5;
    it(`${name}: text reads at ${minText}:1 or more on the page and on surfaces`, () => {
      for (const bg of ['--bg', '--surface']) {
        for (const fg of TEXT) {
          const ratio = contrastRatio(color(vars, fg), color(vars, bg));
          expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(minText);
        }
      }
      const onAccent = contrastRatio(color(vars, '--accent-contrast'), color(vars, '--accent'));
      expect(onAccent).toBeGreaterThanOrEqual(minText);
    });

    it(`${name}: the trials table's "best" badge reads at ${minText}:1 (small bold text)`, () => {
      const badge = contrastRatio(color(vars, '--best-badge-text'), color(vars, '--best-badge'));
      expect(badge).toBeGreaterThanOrEqual(minText);
    });

    it(`${name}: plot marks and the focus ring stand out from the surface (3:1)`, () => {
      for (const fg of MARKS) {
        const ratio = contrastRatio(color(vars, fg), color(vars, '--surface'));
        expect(ratio, fg).toBeGreaterThanOrEqual(name === 'high-contrast' ? 4.5 : 3);
      }
    });

    it(`${name}: plot hues stay apart for colour-blind viewers`, () => {
      for (const kind of DEFICIENCIES) {
        for (let i = 0; i < HUES.length; i++) {
          for (let j = i + 1; j < HUES.length; j++) {
            const a = simulateCvd(color(vars, HUES[i] as string), kind);
            const b = simulateCvd(color(vars, HUES[j] as string), kind);
            // 10 CIELAB units: plainly different colours side by side on a plot.
            expect(deltaE(a, b), `${HUES[i]} / ${HUES[j]} (${kind})`).toBeGreaterThanOrEqual(10);
          }
        }
      }
    });
  }
});
