/**
 * The WebAssembly SIMD (f64x2) inner products of the blocked Cholesky kernels
 * (choleskyBlocked.ts): rows a0, a1 dotted with rows b0, b1 over `pairs` pairs of consecutive
 * elements, the two lanes holding the sums over the even and the odd element of each pair.
 *
 * - dot: one 2 x 2 block; writes the eight lane sums (s00, s01, s10, s11, each even then odd) at
 *   address 0.
 * - row: a row of such blocks, the row pairs of B starting at pb and 2 * stride bytes apart (rows
 *   stride bytes apart within a pair), block c's eight lane sums at out + 64 c, up to outEnd.
 *
 * The caller adds an odd tail and the two lanes, in the order dot2x2Js does, so that both paths
 * give the same bits.
 */
import { encodeModule, FunctionBuilder, I32, SIMD as S, V128 } from './encoder.ts';

/** Bytes at address 0 that receive the eight lane sums; rows start after them. */
export const DOT_SCRATCH_BYTES = 64;

/** The accumulation loop over a0 (advanced to end) and a1, b0, b1 into four v128 locals. */
function emitBlock(
  f: FunctionBuilder,
  [a0, a1, b0, b1, end]: readonly number[],
  [c00, c01, c10, c11]: readonly number[],
): void {
  const { x0, x1, y0, y1 } = f.locals(V128, 'x0 x1 y0 y1');
  f.forPtr(a0 as number, end as number, 16, () => {
    f.load(a0 as number)
      .set(x0)
      .load(a1 as number)
      .set(x1);
    f.load(b0 as number)
      .set(y0)
      .load(b1 as number)
      .set(y1);
    const acc = (c: number, x: number, y: number): void => {
      f.get(c).get(x).get(y).v(S.f64x2Mul).v(S.f64x2Add).set(c);
    };
    acc(c00 as number, x0, y0);
    acc(c01 as number, x0, y1);
    acc(c10 as number, x1, y0);
    acc(c11 as number, x1, y1);
    f.inc(a1 as number, 16)
      .inc(b0 as number, 16)
      .inc(b1 as number, 16);
  });
}

export function buildDotModule(): Uint8Array<ArrayBuffer> {
  const dot = new FunctionBuilder([I32, I32, I32, I32, I32]);
  {
    const [pa0, pa1, pb0, pb1, pairs] = [0, 1, 2, 3, 4];
    const { end, zero } = dot.locals(I32, 'end zero');
    const c = dot.locals(V128, 'c00 c01 c10 c11');
    const cs = [c.c00, c.c01, c.c10, c.c11];
    dot.get(pa0).get(pairs).i32(16).mul().add().set(end);
    emitBlock(dot, [pa0, pa1, pb0, pb1, end], cs);
    cs.forEach((v, i) => dot.store(zero, 16 * i, () => dot.get(v)));
  }
  const row = new FunctionBuilder([I32, I32, I32, I32, I32, I32, I32]);
  {
    const [pa0, pa1, pb, stride, pairs, out, outEnd] = [0, 1, 2, 3, 4, 5, 6];
    const { a0, a1, b0, b1, end } = row.locals(I32, 'a0 a1 b0 b1 end');
    const c = row.locals(V128, 'c00 c01 c10 c11');
    const cs = [c.c00, c.c01, c.c10, c.c11];
    row.forPtr(out, outEnd, 64, () => {
      row.get(pa0).set(a0).get(pa1).set(a1).get(pb).set(b0).get(pb).get(stride).add().set(b1);
      row.get(pa0).get(pairs).i32(16).mul().add().set(end);
      for (const v of cs) row.splatF64(0).set(v);
      emitBlock(row, [a0, a1, b0, b1, end], cs);
      cs.forEach((v, i) => row.store(out, 16 * i, () => row.get(v)));
      row.get(pb).get(stride).get(stride).add().add().set(pb);
    });
  }
  return encodeModule([
    { name: 'dot', fn: dot },
    { name: 'row', fn: row },
  ]);
}
