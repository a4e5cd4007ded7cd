/**
 * Seeded synthetic 2D classification sets, in the spirit of TensorFlow Playground and
 * scikit-learn's make_moons/make_circles/make_blobs. Points lie roughly in [-1, 1]^2 before noise;
 * `noise` is the standard deviation of the Gaussian jitter added to each coordinate, in those units.
 */
import { createRng, type Rng } from '../../math/rng.ts';
import type { Dataset } from './types.ts';

export type SyntheticId = 'spirals' | 'circles' | 'xor' | 'moons' | 'blobs';

export const SYNTHETIC_IDS: readonly SyntheticId[] = [
  'spirals',
  'circles',
  'xor',
  'moons',
  'blobs',
];

export interface SyntheticOptions {
  readonly n: number;
  readonly noise: number;
  readonly seed: number;
}

/** Largest noise the UI offers; beyond it every set is a cloud. */
export const MAX_NOISE = 0.5;

type Gen = (i: number, n: number, rng: Rng) => { x: number; y: number; label: number };

const GENERATORS: Record<SyntheticId, { classes: number; gen: Gen }> = {
  // Two interleaved arms, each turning 1.75 times around the origin.
  spirals: {
    classes: 2,
    gen: (i, _n, rng) => {
      const label = i % 2;
      const t = rng.next();
      const r = 0.1 + 0.9 * t;
      const angle = 1.75 * 2 * Math.PI * t + label * Math.PI;
      return { x: r * Math.cos(angle), y: r * Math.sin(angle), label };
    },
  },
  // A disc inside a ring.
  circles: {
    classes: 2,
    gen: (i, _n, rng) => {
      const label = i % 2;
      const r = label === 0 ? 0.45 * Math.sqrt(rng.next()) : 0.7 + 0.3 * rng.next();
      const a = 2 * Math.PI * rng.next();
      return { x: r * Math.cos(a), y: r * Math.sin(a), label };
    },
  },
  // Opposite quadrants share a class; a margin keeps points off the axes before noise.
  xor: {
    classes: 2,
    gen: (_i, _n, rng) => {
      const pad = (v: number) => (v >= 0 ? v + 0.05 : v - 0.05);
      const x = pad(rng.uniform(-0.95, 0.95));
      const y = pad(rng.uniform(-0.95, 0.95));
      return { x, y, label: x * y >= 0 ? 0 : 1 };
    },
  },
  // scikit-learn's make_moons, scaled and centred.
  moons: {
    classes: 2,
    gen: (i, _n, rng) => {
      const label = i % 2;
      const t = Math.PI * rng.next();
      const x = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
      const y = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
      return { x: (x - 0.5) * 0.65, y: (y - 0.25) * 0.65, label };
    },
  },
  // Three Gaussian clusters at the corners of a triangle.
  blobs: {
    classes: 3,
    gen: (i, _n, rng) => {
      const label = i % 3;
      const a = (2 * Math.PI * label) / 3 + Math.PI / 2;
      return {
        x: 0.55 * Math.cos(a) + 0.18 * rng.normal(),
        y: 0.55 * Math.sin(a) + 0.18 * rng.normal(),
        label,
      };
    },
  },
};

export function syntheticClasses(id: SyntheticId): number {
  return GENERATORS[id].classes;
}

/** n points of the named set; the same (id, n, noise, seed) always gives the same points. */
export function makeSynthetic(id: SyntheticId, opts: SyntheticOptions): Dataset {
  const { n, noise, seed } = opts;
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`n must be an integer >= 2, got ${n}`);
  if (!(noise >= 0)) throw new RangeError(`noise must be >= 0, got ${noise}`);
  const { classes, gen } = GENERATORS[id];
  const rng = createRng(seed);
  const noiseRng = rng.split();
  const x = new Float32Array(n * 2);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = gen(i, n, rng);
    x[2 * i] = p.x + noise * noiseRng.normal();
    x[2 * i + 1] = p.y + noise * noiseRng.normal();
    y[i] = p.label;
  }
  const classNames = Array.from({ length: classes }, (_, k) => `class ${k}`);
  return { x, y, n, d: 2, classes, classNames };
}
