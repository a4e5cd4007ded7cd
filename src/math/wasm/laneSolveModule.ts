/**
 * The WebAssembly SIMD (f64x2) triangular solves of gpGradientBatch.ts: eight right-hand sides,
 * interleaved (u[i * 8 + lane]), in four two-lane accumulators. Every lane does exactly the scalar
 * loop's operations in its order (a -= l * u[k] for k ascending, then a / diagonal; no fused
 * multiply-add exists in WebAssembly SIMD), so the bits are the JS path's.
 *
 * One exported function walks `rows` rows; every pointer moves by a fixed byte step per row, which
 * expresses both solves of a row-major triangle T:
 *   row's terms T[pk .. pe) against u from pu, its diagonal at pd, its result at po (8 lanes).
 */
import { encodeModule, FunctionBuilder, I32, SIMD as S, V128 } from './encoder.ts';

/** Byte stride of one row of u: eight f64 lanes. */
const ROW_BYTES = 64;

export function buildLaneSolveModule(): Uint8Array<ArrayBuffer> {
  const f = new FunctionBuilder([I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32]);
  const [pk0, dPk, pe0, dPe, pu0, dPu, pd0, dPd, po0, dPo, rows] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
  ];
  const { r, pk, pe, pu } = f.locals(I32, 'r pk pe pu');
  const { a0, a1, a2, a3, l, dg } = f.locals(V128, 'a0 a1 a2 a3 l dg');
  const acc = [a0, a1, a2, a3];
  const step = (p: number, d: number) => f.get(p).get(d).add().set(p);
  f.forPtr(r, rows, 1, () => {
    acc.forEach((a, j) => f.load(po0, 16 * j).set(a));
    f.get(pk0).set(pk).get(pe0).set(pe).get(pu0).set(pu);
    f.forPtr(pk, pe, 8, () => {
      f.loadSplat(pk).set(l);
      acc.forEach((a, j) => {
        f.get(a)
          .get(l)
          .load(pu, 16 * j)
          .v(S.f64x2Mul)
          .v(S.f64x2Sub)
          .set(a);
      });
      f.inc(pu, ROW_BYTES);
    });
    f.loadSplat(pd0).set(dg);
    acc.forEach((a, j) => f.store(po0, 16 * j, () => f.get(a).get(dg).v(S.f64x2Div)));
    step(pk0, dPk);
    step(pe0, dPe);
    step(pu0, dPu);
    step(pd0, dPd);
    step(po0, dPo);
  });
  return encodeModule([{ name: 'solve', fn: f }]);
}

let compiled: WebAssembly.Module | null | undefined;

/** A memory holding L, L^T (row-major, n x n each) and u (n x 8), and the two solves on them. */
export interface LaneSolver {
  /** u, in the memory: what the solves read and overwrite. */
  readonly u: Float64Array;
  /** u = L^-1 u, lane by lane. */
  readonly forward: () => void;
  /** u = L^-T u, lane by lane. */
  readonly backward: () => void;
}

/**
 * The solver for a factor L (n x n, row-major, lower), its memory filled once; null where
 * WebAssembly SIMD is not available (the caller then runs the JS loops, which give the same bits).
 */
export function laneSolver(L: Float64Array, n: number): LaneSolver | null {
  const wa = (globalThis as { WebAssembly?: typeof WebAssembly }).WebAssembly;
  if (typeof wa !== 'object' || typeof wa.validate !== 'function') return null;
  if (compiled === undefined) {
    try {
      const bytes = buildLaneSolveModule();
      compiled = wa.validate(bytes) ? new wa.Module(bytes) : null;
    } catch {
      compiled = null;
    }
  }
  if (compiled === null) return null;
  const pU = 0;
  const pL = n * ROW_BYTES;
  const pLt = pL + 8 * n * n;
  const bytes = pLt + 8 * n * n;
  const memory = new wa.Memory({ initial: Math.max(1, Math.ceil(bytes / 65536)) });
  const run = new wa.Instance(compiled, { env: { memory } }).exports['solve'] as (
    ...a: number[]
  ) => void;
  const heap = memory.buffer;
  new Float64Array(heap, pL, n * n).set(L.subarray(0, n * n));
  const Lt = new Float64Array(heap, pLt, n * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) Lt[i * n + k] = L[k * n + i] as number;
  const rowL = 8 * n;
  const diagStep = 8 * (n + 1);
  const lastDiag = (n - 1) * diagStep;
  return {
    u: new Float64Array(heap, pU, n * 8),
    // Row s: terms L[s][0 .. s) against u from row 0, diagonal L[s][s], result in row s.
    forward: () => run(pL, rowL, pL, diagStep, pU, 0, pL, diagStep, pU, ROW_BYTES, n),
    // Row i = n-1 down to 0: terms L^T[i][i+1 .. n) against u from row i + 1.
    backward: () =>
      run(
        pLt + lastDiag + 8,
        -diagStep,
        pLt + 8 * n * n,
        -rowL,
        pU + n * ROW_BYTES,
        -ROW_BYTES,
        pLt + lastDiag,
        -diagStep,
        pU + (n - 1) * ROW_BYTES,
        -ROW_BYTES,
        n,
      ),
  };
}
