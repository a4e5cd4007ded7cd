import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitGP, predict } from '../gp.ts';
import { createRng } from '../rng.ts';
import type { GPModel, KernelType, PointSet } from '../types.ts';
import { lastPredictBackend, resetWasmPredict, type PredictBackend } from './predictWasm.ts';

const TYPES: readonly KernelType[] = ['matern52', 'matern32', 'matern12', 'rbf'];

interface Run {
  readonly mean: Float64Array;
  readonly std: Float64Array;
  readonly backend: PredictBackend;
}

/** predict on the WebAssembly path, or (wasm false) in a thread without WebAssembly: the JS loops. */
function run(model: GPModel, Xs: PointSet, wasm: boolean): Run {
  if (!wasm) {
    vi.stubGlobal('WebAssembly', undefined);
    resetWasmPredict();
  }
  const mean = new Float64Array(Xs.n);
  const std = new Float64Array(Xs.n);
  try {
    predict(model, Xs, mean, std);
  } finally {
    if (!wasm) {
      vi.unstubAllGlobals();
      resetWasmPredict();
    }
  }
  return { mean, std, backend: lastPredictBackend() };
}

function randomGP(
  n: number,
  d: number,
  type: KernelType,
  seed: number,
  lengthScale: number | number[] = 0.4,
): GPModel {
  const rng = createRng(seed);
  const X = Float64Array.from({ length: n * d }, () => rng.next());
  const y = Array.from({ length: n }, (_, i) => Math.sin(7 * (X[i * d] as number)) + rng.normal());
  return fitGP({ data: X, n, d }, y, {
    kernel: { type, lengthScale, variance: 0.5 + rng.next() },
    alpha: 1e-6,
    normalizeY: true,
  });
}

function randomPoints(m: number, d: number, seed: number): PointSet {
  const rng = createRng(seed);
  return { data: Float64Array.from({ length: m * d }, () => rng.uniform(-0.2, 1.2)), n: m, d };
}

/** Largest |a - b| relative to the largest |b|. */
function relDiff(a: Float64Array, b: Float64Array): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs((a[i] as number) - (b[i] as number)));
    scale = Math.max(scale, Math.abs(b[i] as number));
  }
  return diff / scale;
}

/** Indices where the two differ in any bit (NaN equals NaN). */
function bitDiffs(a: Float64Array, b: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) if (!Object.is(a[i], b[i])) out.push(i);
  return out;
}

afterEach(() => {
  vi.unstubAllGlobals();
  resetWasmPredict();
});

describe('predict on the WebAssembly path', () => {
  // m = 8k + r exercises short last blocks; 2 * 2048 + 13 crosses chunks.
  const cases: [n: number, d: number, m: number][] = [
    [1, 1, 5],
    [7, 2, 61],
    [7, 5, 8],
    [30, 1, 203],
    [30, 2, 1003],
    [30, 5, 99],
    [300, 2, 2 * 2048 + 13],
    [300, 5, 157],
  ];
  for (const [n, d, m] of cases) {
    for (const type of TYPES) {
      it(`matches the JS path: n=${n}, d=${d}, ${m} points, ${type}`, () => {
        const model = randomGP(n, d, type, 1000 * n + 10 * d + TYPES.indexOf(type));
        const Xs = randomPoints(m, d, n + d);
        const js = run(model, Xs, false);
        const wasm = run(model, Xs, true);
        expect(js.backend).toBe('js');
        expect(wasm.backend).toBe('wasm');
        expect(relDiff(wasm.mean, js.mean)).toBeLessThanOrEqual(1e-12);
        expect(relDiff(wasm.std, js.std)).toBeLessThanOrEqual(1e-12);
        // Stronger than needed, and what the module is built for: the same bits, so a run is
        // the same with or without WebAssembly SIMD (DESIGN.md: same URL, same run).
        expect(bitDiffs(wasm.mean, js.mean)).toEqual([]);
        expect(bitDiffs(wasm.std, js.std)).toEqual([]);
      });
    }
  }

  it('matches with ARD length scales and an ill-conditioned covariance', () => {
    for (const type of TYPES) {
      const ard = randomGP(40, 3, type, 7, [0.05, 3, 0.7]);
      const flat = randomGP(25, 2, type, 8, 20); // long length scale: K nearly singular
      for (const model of [ard, flat]) {
        const Xs = randomPoints(333, model.X.d, 9);
        const js = run(model, Xs, false);
        const wasm = run(model, Xs, true);
        expect(relDiff(wasm.mean, js.mean)).toBeLessThanOrEqual(1e-12);
        expect(relDiff(wasm.std, js.std)).toBeLessThanOrEqual(1e-12);
        expect(bitDiffs(wasm.mean, js.mean)).toEqual([]);
        expect(bitDiffs(wasm.std, js.std)).toEqual([]);
      }
    }
  });

  it('computes the kernel bit for bit over all of exp: 0, 2^-28, subnormal, underflow', () => {
    // One training point at 0: the mean is w k(x, 0) yStd + yMean, so any kernel bit shows.
    // Distances from 0 to 60 length scales reach exp(-1800): past fdlibm's k = -1021 scaling
    // and its underflow threshold; the first points probe |x| < 2^-28 and exactly 0.
    const m = 20000;
    const xs = new Float64Array(m);
    for (let i = 0; i < m; i++) xs[i] = i < 100 ? i * 1e-9 : 60 * ((i - 100) / (m - 100)) ** 2;
    for (const type of TYPES) {
      const model = fitGP({ data: Float64Array.of(0), n: 1, d: 1 }, [2.5], {
        kernel: { type, lengthScale: 1, variance: 1.3 },
        alpha: 0.1,
        normalizeY: false,
      });
      const Xs = { data: xs, n: m, d: 1 };
      const js = run(model, Xs, false);
      const wasm = run(model, Xs, true);
      expect(bitDiffs(wasm.mean, js.mean)).toEqual([]);
      expect(bitDiffs(wasm.std, js.std)).toEqual([]);
    }
  });

  it('propagates NaN and infinite inputs as the JS path does', () => {
    for (const type of TYPES) {
      const model = randomGP(9, 2, type, 11);
      const Xs = {
        data: Float64Array.of(0.5, NaN, Infinity, 0.2, -Infinity, 1e300, 0.1, 0.9),
        n: 4,
        d: 2,
      };
      const js = run(model, Xs, false);
      const wasm = run(model, Xs, true);
      expect(bitDiffs(wasm.mean, js.mean)).toEqual([]);
      expect(bitDiffs(wasm.std, js.std)).toEqual([]);
    }
  });

  it('reloads the model when it changes, growing the memory for a larger one', () => {
    const small = randomGP(5, 2, 'matern52', 1);
    const large = randomGP(280, 2, 'matern52', 2);
    const other = randomGP(5, 2, 'rbf', 3);
    const Xs = randomPoints(77, 2, 4);
    for (const model of [small, large, small, other, large, small]) {
      const js = run(model, Xs, false);
      const wasm = run(model, Xs, true);
      expect(wasm.backend).toBe('wasm');
      expect(bitDiffs(wasm.mean, js.mean)).toEqual([]);
      expect(bitDiffs(wasm.std, js.std)).toEqual([]);
    }
  });
});

describe('predict falls back to the JS path', () => {
  const model = randomGP(12, 2, 'matern52', 5);
  const Xs = randomPoints(50, 2, 6);
  const reference = run(model, Xs, false);

  function expectFallback(): void {
    const r = run(model, Xs, true);
    expect(r.backend).toBe('js');
    expect(bitDiffs(r.mean, reference.mean)).toEqual([]);
    expect(bitDiffs(r.std, reference.std)).toEqual([]);
  }

  it('without WebAssembly', () => {
    vi.stubGlobal('WebAssembly', undefined);
    resetWasmPredict();
    expectFallback();
  });

  it('without SIMD (the module does not validate)', () => {
    vi.stubGlobal('WebAssembly', { ...WebAssembly, validate: () => false });
    resetWasmPredict();
    expectFallback();
  });

  it('while a refused synchronous compilation is done asynchronously, then uses it', async () => {
    // Chrome's main thread refuses new WebAssembly.Module past a size with a RangeError.
    const real = WebAssembly;
    const refusing = {
      validate: real.validate,
      Memory: real.Memory,
      Instance: real.Instance,
      instantiate: real.instantiate,
      Module: function Module() {
        throw new RangeError('WebAssembly.Compile is disallowed on the main thread');
      },
    };
    vi.stubGlobal('WebAssembly', refusing);
    resetWasmPredict();
    expectFallback();
    await vi.waitFor(() => expect(run(model, Xs, true).backend).toBe('wasm'));
    const r = run(model, Xs, true);
    expect(bitDiffs(r.mean, reference.mean)).toEqual([]);
    expect(bitDiffs(r.std, reference.std)).toEqual([]);
  });
});
