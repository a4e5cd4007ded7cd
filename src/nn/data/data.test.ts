import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReal, realFile, REAL_IDS, type RealId } from './catalog.ts';
import { DatasetFormatError, parseHeaderedCsv, parsePlainCsv } from './csv.ts';
import { classCounts, columnStats, splitAndStandardize } from './split.ts';
import { makeSynthetic, SYNTHETIC_IDS } from './synthetic.ts';
import type { Dataset } from './types.ts';

function fileBytes(id: RealId): ArrayBuffer {
  const b = readFileSync(new URL(`../../../public/${realFile(id)}`, import.meta.url));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

describe('the real datasets in public/datasets', () => {
  const expected: Record<RealId, { n: number; d: number; classes: number }> = {
    digits: { n: 1797, d: 64, classes: 10 },
    'breast-cancer': { n: 569, d: 30, classes: 2 },
    wine: { n: 178, d: 13, classes: 3 },
  };
  it.each(REAL_IDS)('%s parses to the documented shape', async (id) => {
    const ds = await decodeReal(id, fileBytes(id));
    expect({ n: ds.n, d: ds.d, classes: ds.classes }).toEqual(expected[id]);
    expect(ds.x.every(Number.isFinite)).toBe(true);
    expect(classCounts(ds).every((c) => c > 0)).toBe(true);
  });

  it('reads digits pixels in 0..16 and the first row as the file has it', async () => {
    const ds = await decodeReal('digits', fileBytes('digits'));
    expect(Math.min(...ds.x)).toBe(0);
    expect(Math.max(...ds.x)).toBe(16);
    expect(Array.from(ds.x.subarray(0, 8))).toEqual([0, 0, 5, 13, 9, 1, 0, 0]);
    expect(ds.y[0]).toBe(0);
  });

  it('accepts a digits file a server already un-gzipped', async () => {
    const plain = new TextEncoder().encode('0,1,2,3\n4,5,6,1\n');
    const ds = await decodeReal('digits', plain.buffer);
    expect(ds.n).toBe(2);
    expect(Array.from(ds.y)).toEqual([3, 1]);
  });

  it('says which line is wrong', () => {
    expect(() => parseHeaderedCsv('2,2,a,b\n1,2,0\n1,x,1\n')).toThrow(/line 3: "x" is no number/);
    expect(() => parseHeaderedCsv('2,2,a,b\n1,2,0\n1,2,5\n')).toThrow(/line 3: label "5"/);
    expect(() => parsePlainCsv('1,2,0\n1,0\n', ['a', 'b'])).toThrow(DatasetFormatError);
  });
});

const toy: Dataset = {
  // Feature 0 is the row index, feature 1 is constant.
  x: Float32Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? i / 2 : 7)),
  y: Int32Array.from({ length: 10 }, (_, i) => i % 2),
  n: 10,
  d: 2,
  classes: 2,
  classNames: ['a', 'b'],
};

describe('splitAndStandardize', () => {
  it('keeps every row exactly once, 80/20, the same for the same seed', () => {
    const a = splitAndStandardize(toy, 0.2, 3);
    const b = splitAndStandardize(toy, 0.2, 3);
    expect(a.train.n).toBe(8);
    expect(a.val.n).toBe(2);
    expect(Array.from(a.val.x)).toEqual(Array.from(b.val.x));
    // Feature 0 is the row index: undo the standardization and find every row once.
    const rows = [...a.train.x, ...a.val.x]
      .filter((_, k) => k % 2 === 0)
      .map((v) => Math.round(v * a.std[0]! + a.mean[0]!));
    expect(rows.sort((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const c = splitAndStandardize(toy, 0.2, 4);
    expect(Array.from(c.val.x)).not.toEqual(Array.from(a.val.x));
  });

  it('standardizes with the training rows only', () => {
    const s = splitAndStandardize(toy, 0.2, 1);
    // The training features have mean 0 and (population) std 1...
    const st = columnStats(s.train);
    expect(st.mean[0]).toBeCloseTo(0, 6);
    expect(st.std[0]).toBeCloseTo(1, 6);
    // ...and the mean/std used are the training rows' raw statistics, not the whole set's (4.5).
    const trainRaw = Array.from(s.train.x)
      .filter((_, k) => k % 2 === 0)
      .map((v) => v * s.std[0]! + s.mean[0]!);
    const mean = trainRaw.reduce((p, q) => p + q, 0) / trainRaw.length;
    expect(s.mean[0]).toBeCloseTo(mean, 5);
    expect(s.mean[0]).not.toBeCloseTo(4.5, 5);
  });

  it('maps a constant feature to 0 instead of NaN', () => {
    const s = splitAndStandardize(toy, 0.2, 1);
    expect(s.std[1]).toBe(1);
    expect(Array.from(s.train.x).filter((_, k) => k % 2 === 1)).toEqual(new Array(8).fill(0));
  });

  it('rejects a validation fraction outside (0, 1)', () => {
    expect(() => splitAndStandardize(toy, 0, 1)).toThrow(RangeError);
    expect(() => splitAndStandardize(toy, 1, 1)).toThrow(RangeError);
  });
});

describe('synthetic 2D sets', () => {
  it.each(SYNTHETIC_IDS)('%s is seeded, balanced and noise-controlled', (id) => {
    const a = makeSynthetic(id, { n: 300, noise: 0.1, seed: 5 });
    const b = makeSynthetic(id, { n: 300, noise: 0.1, seed: 5 });
    const c = makeSynthetic(id, { n: 300, noise: 0.1, seed: 6 });
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
    const counts = classCounts(a);
    if (id !== 'xor') for (const k of counts) expect(k).toBe(300 / a.classes);
    else for (const k of counts) expect(k).toBeGreaterThan(100);
    // Without noise the points stay in the unit box; with noise they spread further.
    const clean = makeSynthetic(id, { n: 300, noise: 0, seed: 5 });
    const spread = (ds: Dataset) => Math.max(...Array.from(ds.x, Math.abs));
    expect(spread(clean)).toBeLessThanOrEqual(1.6);
    expect(spread(makeSynthetic(id, { n: 300, noise: 0.5, seed: 5 }))).toBeGreaterThan(
      spread(clean),
    );
  });

  it('draws XOR labels from the quadrant when noise is 0', () => {
    const ds = makeSynthetic('xor', { n: 200, noise: 0, seed: 1 });
    for (let i = 0; i < ds.n; i++) {
      const prod = (ds.x[2 * i] as number) * (ds.x[2 * i + 1] as number);
      expect(ds.y[i]).toBe(prod >= 0 ? 0 : 1);
    }
  });
});
