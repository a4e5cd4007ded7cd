/**
 * The WebAssembly SIMD (f64x2) inner product of the blocked Cholesky kernels (choleskyBlocked.ts):
 * rows a0, a1 dotted with rows b0, b1 over `pairs` pairs of consecutive elements, the two lanes
 * holding the sums over the even and the odd element of each pair. It writes the eight lane sums
 * (s00, s01, s10, s11, each even then odd) at address 0; the caller adds an odd tail and the two
 * lanes, in the order dot2x2Js does, so that both paths give the same bits.
 */
import { encodeModule, FunctionBuilder, I32, SIMD as S, V128 } from './encoder.ts';

/** Bytes at address 0 that receive the eight lane sums; rows start after them. */
export const DOT_SCRATCH_BYTES = 64;

export function buildDotModule(): Uint8Array<ArrayBuffer> {
  const f = new FunctionBuilder([I32, I32, I32, I32, I32]);
  const [pa0, pa1, pb0, pb1, pairs] = [0, 1, 2, 3, 4];
  const { end, zero } = f.locals(I32, 'end zero');
  const { c00, c01, c10, c11, x0, x1, y0, y1 } = f.locals(V128, 'c00 c01 c10 c11 x0 x1 y0 y1');
  f.get(pa0).get(pairs).i32(16).mul().add().set(end);
  f.forPtr(pa0, end, 16, () => {
    f.load(pa0).set(x0).load(pa1).set(x1).load(pb0).set(y0).load(pb1).set(y1);
    const acc = (c: number, x: number, y: number): void => {
      f.get(c).get(x).get(y).v(S.f64x2Mul).v(S.f64x2Add).set(c);
    };
    acc(c00, x0, y0);
    acc(c01, x0, y1);
    acc(c10, x1, y0);
    acc(c11, x1, y1);
    f.inc(pa1, 16).inc(pb0, 16).inc(pb1, 16);
  });
  [c00, c01, c10, c11].forEach((c, i) => f.store(zero, 16 * i, () => f.get(c)));
  return encodeModule([{ name: 'dot', fn: f }]);
}
