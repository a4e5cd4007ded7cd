// The stylesheets keep to the tokens: every font size, margin, padding, gap and corner radius is a
// step of src/styles/tokens.css, each colour is declared once per theme in src/styles/theme.css,
// and tables of numbers share one style.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sheets(path);
    return e.name.endsWith('.css') ? [path] : [];
  });
}

/**
 * Each sheet's declarations (comments dropped) as [file, property, value]. An @page block is left
 * out: its margin is the paper's, in millimetres, not a step of the layout's spacing scale.
 */
const DECLS = sheets(SRC).flatMap((file) => {
  const css = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@page\s*\{[^}]*\}/g, '');
  const name = relative(SRC, file);
  return [...css.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)].map(
    (m) => [name, m[1] as string, (m[2] as string).trim()] as const,
  );
});
const TOKENS = 'styles/tokens.css';
const THEME = 'styles/theme.css';

function offending(property: RegExp, allowed: RegExp, except: string[] = []): string[] {
  return DECLS.filter(([file, prop, value]) => {
    if (file === TOKENS || !property.test(prop)) return false;
    const parts = value
      .replace(/var\(--[\w-]+\)/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    return parts.some((p) => !allowed.test(p)) && !except.includes(value);
  }).map(([file, prop, value]) => `${file}: ${prop}: ${value}`);
}

describe('stylesheets', () => {
  it('size text only from the type scale', () => {
    // The two root sizes (the page's and presentation mode's) are what the scale scales from.
    const roots = ['clamp(19px, 1.3vw, 44px)'];
    expect(offending(/^font-size$/, /^$/, roots)).toEqual([]);
  });

  it('space things only from the spacing scale', () => {
    // 0, auto and a 1 px border overlap are not spacing choices.
    expect(offending(/^(margin|padding|gap|row-gap|column-gap)(-|$)/, /^(0|auto|-1px)$/)).toEqual(
      [],
    );
  });

  it('round corners only from the radius tokens', () => {
    expect(offending(/^border(-[a-z]+)*-radius$/, /^0$/)).toEqual([]);
  });

  it('declare the palette in the theme sheet only, the dark palette once', () => {
    // Fixed colours for marks drawn on a colour map (which no theme changes) may stay literal.
    const palette = DECLS.filter(
      ([file, prop, value]) =>
        file !== THEME && prop.startsWith('--') && /#[0-9a-f]{3,8}\b/i.test(value),
    );
    expect(palette.map((d) => d.join(': '))).toEqual([]);
    const all = sheets(SRC)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(all.match(/\[data-theme='dark'\]\s*\{/g)).toHaveLength(1);
    expect(all).not.toMatch(/prefers-color-scheme/);
  });

  it('give every table of numbers its cells from one sheet', () => {
    // The help dialog's list of keys is a table of words, laid out as a list.
    const cellRules = sheets(SRC).flatMap((file) => {
      const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
        .filter((m) => /\b(th|td)\b/.test(m[1] as string))
        .filter((m) =>
          /(^|;)\s*(padding|border|font-size|text-align)[\w-]*\s*:/.test(m[2] as string),
        )
        .filter((m) => !(m[1] as string).includes('.shortcuts'))
        .map(() => relative(SRC, file));
    });
    expect(new Set(cellRules)).toEqual(new Set(['widgets/dataTable.css']));
  });
});
