import { describe, expect, it } from 'vitest';
import { labelOffsets, placeLabels, type LabelRequest } from './layout.ts';

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const box = (c: { u: number; v: number }, r: LabelRequest): Box => ({
  x0: c.u - r.width / 2,
  x1: c.u + r.width / 2,
  y0: c.v - r.height / 2,
  y1: c.v + r.height / 2,
});
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A deterministic scatter of points, some piled on one spot and some on the edges. */
function scatter(n: number, w: number, h: number): LabelRequest[] {
  const out: LabelRequest[] = [];
  let s = 7;
  const rand = () => (s = (s * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) {
    const piled = i % 3 === 0;
    const u = piled ? w * 0.7 + rand() * 6 : rand() * w;
    const v = i % 5 === 0 ? h : piled ? h * 0.2 + rand() * 6 : rand() * h;
    out.push({ u, v, width: String(i + 1).length * 8 + 2, height: 12 });
  }
  return out;
}

describe('placeLabels', () => {
  it.each([
    [16, 220, 220],
    [30, 220, 220],
    [40, 600, 300],
  ])('%i labels in %ix%i: no two overlap, none leaves the area or covers a mark', (n, w, h) => {
    const requests = scatter(n, w, h);
    const marks = requests.map((r) => ({ u: r.u, v: r.v, width: 8, height: 8 }));
    const spots = placeLabels(requests, marks, 2, { width: w, height: h });
    expect(spots).toHaveLength(n);
    const boxes = spots.flatMap((s, i) => (s ? [box(s, requests[i] as LabelRequest)] : []));
    // Most labels find room; the rest are dropped rather than drawn over one another.
    expect(boxes.length).toBeGreaterThan(n / 2);
    for (const [i, a] of boxes.entries()) {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.y0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(w);
      // Below the area is the axis or a heatmap's colour bar.
      expect(a.y1).toBeLessThanOrEqual(h);
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      for (const m of marks) expect(overlap(a, box(m, m))).toBe(false);
    }
  });

  it('keeps a label near its anchor and drops one with no free spot', () => {
    const r: LabelRequest = { u: 50, v: 50, width: 10, height: 10 };
    const [first] = placeLabels([r], [], 1, { width: 100, height: 100 });
    expect(first).toEqual({ u: 50, v: 44 });
    // An area just the label's size: no spot beside the anchor fits.
    expect(placeLabels([r], [], 1, { width: 12, height: 12 })).toEqual([null]);
  });

  it('moves a label at the bottom edge up into the area', () => {
    const r: LabelRequest = { u: 50, v: 100, width: 10, height: 10 };
    const [s] = placeLabels([r], [], 1, { width: 100, height: 100 });
    expect(s && s.v + 5).toBeLessThanOrEqual(100);
  });
});

describe('placeLabels at a study’s size', () => {
  /** The greedy rule checked against every box so far: the first free candidate, or none. */
  function bruteForce(
    requests: LabelRequest[],
    marks: LabelRequest[],
    gap: number,
    w: number,
    h: number,
  ) {
    const taken: Box[] = marks.map((m) => box(m, m));
    return requests.map((r) => {
      for (const [ou, ov] of labelOffsets(r, gap)) {
        const b = box({ u: r.u + ou, v: r.v + ov }, r);
        const fits = b.x0 >= 0 && b.y0 >= 0 && b.x1 <= w && b.y1 <= h;
        if (fits && !taken.some((t) => overlap(t, b))) {
          taken.push(b);
          return { u: r.u + ou, v: r.v + ov };
        }
      }
      return null;
    });
  }

  it.each([
    [190, 700, 300],
    [250, 400, 200],
  ])('%i labels in %ix%i: the same spots as checking every box', (n, w, h) => {
    const requests = scatter(n, w, h);
    const marks = requests.map((r) => ({ u: r.u, v: r.v, width: 10, height: 10 }));
    // A wide obstacle (spanning many cells) is honoured too.
    marks.push({ u: w / 2, v: h / 2, width: w, height: 4 });
    expect(placeLabels(requests, marks, 2, { width: w, height: h })).toEqual(
      bruteForce(requests, marks, 2, w, h),
    );
  });
});
