/**
 * Colour checks for the themes: WCAG contrast ratios and a colour-vision-deficiency simulation
 * (Machado, Oliveira & Fernandes 2009, full severity) with CIELAB distances, so a test can show
 * that the plot colours stay apart for protan, deutan and tritan viewers. Pure: no DOM.
 */

export type Rgb = readonly [number, number, number];

/** '#rgb' or '#rrggbb' to 0..255 channels; null for anything else (named colours, rgb()). */
export function parseHex(color: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m?.[1]) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;
}

function toLinear(c255: number): number {
  const c = c255 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function toSrgb(lin: number): number {
  const c = Math.min(1, Math.max(0, lin));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
}

/** WCAG 2 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export type Deficiency = 'protan' | 'deutan' | 'tritan';

type Mat3 = readonly [Rgb, Rgb, Rgb];

// Machado et al. 2009, severity 1.0, for linear RGB.
const CVD: Readonly<Record<Deficiency, Mat3>> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function apply(m: Mat3, v: Rgb): Rgb {
  return m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]) as unknown as Rgb;
}

/** How a colour looks to a viewer with the given (complete) deficiency. */
export function simulateCvd(rgb: Rgb, kind: Deficiency): Rgb {
  const lin = rgb.map(toLinear) as unknown as Rgb;
  return apply(CVD[kind], lin).map(toSrgb) as unknown as Rgb;
}

/** CIELAB (D65) of an sRGB colour. */
export function toLab(rgb: Rgb): Rgb {
  const lin = rgb.map(toLinear) as unknown as Rgb;
  const xyz = apply(
    [
      [0.4124564, 0.3575761, 0.1804375],
      [0.2126729, 0.7151522, 0.072175],
      [0.0193339, 0.119192, 0.9503041],
    ],
    lin,
  );
  const white = [0.95047, 1, 1.08883] as const;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const [fx, fy, fz] = xyz.map((v, i) => f(v / (white[i] as number))) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference: about 2.3 is just noticeable; 20 and more reads as different colours. */
export function deltaE(a: Rgb, b: Rgb): number {
  const la = toLab(a);
  const lb = toLab(b);
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

/**
 * The custom properties (--name: value) declared directly in the first rule whose selector is
 * exactly `selector`, from a stylesheet's text. Enough for the flat blocks of theme.css.
 */
export function cssVariables(css: string, selector: string): Map<string, string> {
  const out = new Map<string, string>();
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const re = /([^{}]+)\{([^{}]*)\}/g;
  for (let m = re.exec(clean); m; m = re.exec(clean)) {
    if ((m[1] ?? '').trim() !== selector) continue;
    for (const decl of (m[2] ?? '').split(';')) {
      const d = /^\s*(--[\w-]+)\s*:\s*([^;]+?)\s*$/.exec(decl);
      if (d?.[1] && d[2]) out.set(d[1], d[2]);
    }
    return out;
  }
  return out;
}
