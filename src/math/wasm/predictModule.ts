/**
 * The WebAssembly SIMD (f64x2) module behind predict: for blocks of 8 test points it computes the
 * squared scaled distances, the kernel, the posterior mean, the forward solve L V = K* and the
 * posterior std, lane by lane in exactly the operations and order of the JS in gpPredict.ts, so the
 * two agree bit for bit. exp is fdlibm's algorithm (which V8's Math.exp uses) written branch-free
 * over two lanes. One module per kernel type keeps each under Chrome's 4 KB limit on synchronous
 * compilation on the main thread.
 */
import type { KernelType } from '../types.ts';
import { encodeModule, F64, FunctionBuilder, I32, SIMD as S, V128 } from './encoder.ts';

const ADD = S.f64x2Add;
const SUB = S.f64x2Sub;
const MUL = S.f64x2Mul;

/** Points per block: the solve keeps 2 rows x 4 vectors of 2 points in registers. */
export const WASM_BLOCK = 8;

/** Parameters of `run`, in order (byte addresses into the imported memory, then scalars). */
export const RUN_PARAMS = [
  'n',
  // Rows of the solve and of |v|^2: n for the posterior std; fewer for an upper bound of it (the
  // first rows' terms, each computed exactly as in the full solve).
  'nSolve',
  'd',
  'blocks',
  'pL',
  'pInvDiag',
  'pXt',
  'pWeights',
  'pBuf',
  'pPoints',
  'pMean',
  'pStd',
  'variance',
  'yMean',
  'yStd',
  'yVar',
  'floor',
] as const;
const P = Object.fromEntries(RUN_PARAMS.map((name, i) => [name, i])) as Record<
  (typeof RUN_PARAMS)[number],
  number
>;

// fdlibm e_exp.c constants.
const INV_LN2 = 1.4426950408889634;
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const EXP_P = [
  1.66666666666666019037e-1, -2.77777777770155933842e-3, 6.61375632143793436117e-5,
  -1.6533902205465251539e-6, 4.13813679705723846039e-8,
] as const;
const U_THRESHOLD = -7.4513321910194110842e2;
/** gpPredict.ts UNDERFLOW: past it the Matern kernels are set to their limit, 0. */
const UNDERFLOW = 745;

/**
 * Vectors of 2 lanes per iteration of the kernel loop, their steps interleaved: exp is a long
 * dependency chain, and two independent ones keep the out-of-order core busy (1.7x faster in V8
 * than one; four are no faster).
 */
const KERNEL_VECTORS = 2;
/** 1.5 * 2^52: adding it to an integer-valued double puts the integer in the low mantissa bits. */
const MAGIC = 6755399441055744;

/**
 * Declares the constant locals of the kernel loop (set here, before the loops: a v128.const inside
 * a loop costs several instructions per use in V8) and returns an emitter that replaces the
 * squared scaled distances in [pB, pEnd) by kernel values, as gpPredict.ts kernelFromSquaredInPlace
 * does, KERNEL_VECTORS vectors per iteration (pEnd - pB must be a multiple of 16 of them).
 *
 * exp follows fdlibm's __ieee754_exp, which V8's Math.exp is, for x <= 0 or NaN: k = 0 where the
 * high word of |x| is <= 0x3fd62e42, else trunc(x / ln2 - 1/2); r = x - k ln2 in two parts; a
 * rational approximation; the scaling by 2^k in two steps below k = -1021 (subnormal results);
 * 1 + x below |x| = 2^-28; 0 below the underflow threshold. fdlibm's 0.5 ln2 < |x| < 1.5 ln2 branch
 * gives the same k, hi and lo as the general one, and its k = 0 formula equals the general one
 * with hi = x, lo = 0, so one branch-free path gives the same bits.
 */
function kernelLoop(
  f: FunctionBuilder,
  kind: KernelType,
  pB: number,
  pEnd: number,
  variance: number,
): () => void {
  const c = (value: () => void): number => {
    const l = f.local(V128);
    value();
    f.set(l);
    return l;
  };
  const F = (x: number): number => c(() => f.splatF64(x));
  const invLn2 = F(INV_LN2);
  const mHalf = F(-0.5);
  const ln2Hi = F(LN2_HI);
  const ln2Lo = F(LN2_LO);
  const [p1, p2, p3, p4, p5] = EXP_P.map(F) as [number, number, number, number, number];
  const one = F(1);
  const two = F(2);
  const halfLn2 = c(() => f.splatI64(0x3fd62e42, 0xffffffff)); // largest |x| with k = 0
  const tiny = F(2 ** -28);
  const kMin = F(-1021);
  const k1000 = F(1000);
  const magic = F(MAGIC);
  const bias = c(() => f.splatI64(0, 1023));
  const exp1000 = c(() => f.splatI64(1000 << 20, 0)); // 1000 in the exponent field
  const matern = kind === 'matern32' || kind === 'matern52';
  // A table, not a chain of ternaries: a new kernel does not compile until it has its factor.
  const scale = F(
    ({ rbf: 0.5, matern12: 0.5, matern32: 3, matern52: 5 } satisfies Record<KernelType, number>)[
      kind
    ],
  );
  const three = F(3);
  const limit = matern ? F(UNDERFLOW) : F(U_THRESHOLD);
  const vecs = Array.from({ length: KERNEL_VECTORS }, () =>
    f.locals(V128, 'ax x pre kf hi lo r t cc y small'),
  );
  type Vec = (typeof vecs)[number];
  const each = (step: (v: Vec, i: number) => void): void => vecs.forEach(step);

  return () =>
    f.forPtr(pB, pEnd, 16 * KERNEL_VECTORS, () => {
      // ax = |x| and x, the argument of exp: -0.5 r2, -sqrt(r2), -sqrt(3 r2) or -sqrt(5 r2).
      each((v, i) => {
        f.load(pB, 16 * i);
        if (kind !== 'matern12') f.get(scale).v(MUL);
        if (kind !== 'rbf') f.v(S.f64x2Sqrt);
        f.tee(v.ax).v(S.f64x2Neg).set(v.x);
      });
      // pre = variance, variance (1 + a) or variance (1 + a + a^2 / 3), with a = ax.
      each((v) => {
        f.get(variance);
        if (matern) {
          f.get(one).get(v.ax).v(ADD);
          if (kind === 'matern52') f.get(v.ax).get(v.ax).v(MUL).get(three).v(S.f64x2Div).v(ADD);
          f.v(MUL);
        }
        f.set(v.pre);
      });
      each((v) => {
        f.get(invLn2).get(v.x).v(MUL).get(mHalf).v(ADD).v(S.f64x2Trunc);
        f.get(v.ax).get(halfLn2).v(S.f64x2Gt).v(S.and).set(v.kf);
      });
      each((v) => {
        f.get(v.x).get(v.kf).get(ln2Hi).v(MUL).v(SUB).set(v.hi);
        f.get(v.kf).get(ln2Lo).v(MUL).set(v.lo);
        f.get(v.hi).get(v.lo).v(SUB).tee(v.r).get(v.r).v(MUL).set(v.t);
      });
      // c = r - t (P1 + t (P2 + t (P3 + t (P4 + t P5))))
      each((v) => {
        f.get(v.r).get(v.t).get(p1).get(v.t).get(p2).get(v.t).get(p3);
        f.get(v.t).get(p4).get(v.t).get(p5);
        for (let i = 0; i < 4; i++) f.v(MUL).v(ADD);
        f.v(MUL).v(SUB).set(v.cc);
      });
      // y = 1 - ((lo - (r c) / (2 - c)) - hi)
      each((v) => {
        f.get(one).get(v.lo).get(v.r).get(v.cc).v(MUL).get(two).get(v.cc).v(SUB);
        f.v(S.f64x2Div).v(SUB).get(v.hi).v(SUB).v(SUB).set(v.y);
      });
      // y 2^k, as (y 2^(k + 1000)) 2^-1000 when k < -1021; 2^j built in the exponent bits.
      each((v) => {
        f.get(v.kf).get(kMin).v(S.f64x2Lt).set(v.small);
        f.get(v.y).get(v.kf).get(v.small).get(k1000).v(S.and).v(ADD).get(magic).v(ADD);
        f.get(bias).v(S.i64x2Add).i32(52).v(S.i64x2Shl).v(MUL);
        f.get(one).get(v.small).get(exp1000).v(S.and).v(S.i64x2Sub).v(MUL).set(v.y);
      });
      // |x| < 2^-28: 1 + x. Then 0 past the underflow limit (of exp, or gpPredict.ts's for Matern).
      each((v, i) => {
        f.store(pB, 16 * i, () => {
          f.get(v.pre).get(one).get(v.x).v(ADD).get(v.y).get(v.ax).get(tiny).v(S.f64x2Lt);
          f.v(S.bitselect);
          if (matern) f.v(MUL).get(v.ax).get(limit).v(S.f64x2Lt).v(S.and);
          else f.get(v.x).get(limit).v(S.f64x2Lt).v(S.andnot).v(MUL);
        });
      });
    });
}

/**
 * run(params of RUN_PARAMS): for each of `blocks` blocks of 8 points (pPoints: per block, d rows of
 * 8 scaled coordinates), writes 8 means to pMean and 8 stds to pStd. pL holds L packed by rows
 * (row i: i + 1 entries), pInvDiag 1 / L_ii, pXt the scaled training points, pBuf n x 8 scratch.
 */
function buildRun(kind: KernelType): FunctionBuilder {
  const f = new FunctionBuilder(RUN_PARAMS.map((_, i) => (i < P.variance ? I32 : F64)));
  const v128 = (): number => f.local(V128);
  // Byte addresses: current block of points, its outputs, rows of buf, of L, of V.
  const { pBlk, pEnd, stride, pOutM, pOutS, pB, pBufEnd, pSolveEnd, pX, pk, pkEnd } = f.locals(
    I32,
    'pBlk pEnd stride pOutM pOutS pB pBufEnd pSolveEnd pX pk pkEnd',
  );
  const { i8, pRowA, pRowB, pLa, pLb, pVi, pDiag } = f.locals(
    I32,
    'i8 pRowA pRowB pLa pLb pVi pDiag',
  );
  // Accumulators of the 8 points (rows i and i + 1 in the solve), temporaries.
  const lanes = [0, 16, 32, 48].map((o) => ({ ...f.locals(V128, 'a b'), o }));
  const { t, la, lb } = f.locals(V128, 't la lb');
  const splat = (param: number): number => {
    const l = v128();
    f.get(param).v(S.f64x2Splat).set(l);
    return l;
  };
  const [variance, yMean, yStd, yVar, floor] = [
    splat(P.variance),
    splat(P.yMean),
    splat(P.yStd),
    splat(P.yVar),
    splat(P.floor),
  ];
  const kernel = kernelLoop(f, kind, pB, pBufEnd, variance);
  const zeroAcc = (): void => {
    for (const { a } of lanes) f.splatF64(0).set(a);
  };

  f.get(P.d).i32(64).mul().set(stride);
  f.get(P.pPoints).get(stride).get(P.blocks).mul().add().set(pEnd);
  f.get(P.pBuf).get(P.n).i32(64).mul().add().set(pBufEnd);
  f.get(P.pBuf).get(P.nSolve).i32(64).mul().add().set(pSolveEnd);
  f.get(P.pPoints).set(pBlk).get(P.pMean).set(pOutM).get(P.pStd).set(pOutS);
  f.forPtr(pBlk, pEnd, { local: stride }, () => {
    // buf[i][b] = sum_k (x_bk - X_ik)^2, summed from 0 in k order as gpPredict.ts does.
    f.get(P.pBuf).set(pB).get(P.pXt).set(pX);
    f.forPtr(pB, pBufEnd, 64, () => {
      zeroAcc();
      f.get(pBlk).set(pk).get(pBlk).get(stride).add().set(pkEnd);
      f.forPtr(pk, pkEnd, 64, () => {
        f.loadSplat(pX).set(la).inc(pX, 8);
        lanes.forEach(({ a, o }) => {
          f.get(a).load(pk, o).get(la).v(SUB).tee(t).get(t).v(MUL);
          f.v(ADD).set(a);
        });
      });
      lanes.forEach(({ a, o }) => f.store(pB, o, () => f.get(a)));
    });
    f.get(P.pBuf).set(pB);
    kernel();
    // mean = (sum_i w_i k_i) yStd + yMean
    zeroAcc();
    f.get(P.pWeights).set(pX).get(P.pBuf).set(pB);
    f.forPtr(pB, pBufEnd, 64, () => {
      f.loadSplat(pX).set(la).inc(pX, 8);
      lanes.forEach(({ a, o }) => f.get(a).get(la).load(pB, o).v(MUL).v(ADD).set(a));
    });
    lanes.forEach(({ a, o }) =>
      f.store(pOutM, o, () => f.get(a).get(yStd).v(MUL).get(yMean).v(ADD)),
    );
    emitForwardSolve();
    // std = sqrt(max(variance - |v|^2, floor) yVar)
    zeroAcc();
    f.get(P.pBuf).set(pB);
    f.forPtr(pB, pSolveEnd, 64, () => {
      lanes.forEach(({ a, o }) => f.get(a).load(pB, o).tee(t).get(t).v(MUL).v(ADD).set(a));
    });
    lanes.forEach(({ a, o }) =>
      f.store(pOutS, o, () => {
        f.get(variance).get(a).v(SUB).get(floor).v(S.f64x2Max);
        f.get(yVar).v(MUL).v(S.f64x2Sqrt);
      }),
    );
    f.inc(pOutM, 64).inc(pOutS, 64);
  });
  return f;

  /**
   * L V = K* in place, rows in pairs as gpPredict.ts forwardSolveBlock: the same terms in the same
   * order (k ascending, then row i's contribution to row i + 1, then the diagonal).
   */
  function emitForwardSolve(): void {
    f.i32(0).set(i8).get(P.pL).set(pRowA).get(P.pInvDiag).set(pDiag).get(P.pBuf).set(pVi);
    f.whileTrue(
      () => f.get(pVi).i32(64).add().get(pSolveEnd).ltU(),
      () => {
        f.get(pRowA).get(i8).add().i32(8).add().set(pRowB);
        lanes.forEach(({ a, o }) => f.load(pVi, o).set(a));
        lanes.forEach(({ b, o }) => f.load(pVi, 64 + o).set(b));
        f.get(pRowA).set(pLa).get(pRowB).set(pLb).get(P.pBuf).set(pk);
        f.forPtr(pk, pVi, 64, () => {
          f.loadSplat(pLa).set(la).loadSplat(pLb).set(lb).inc(pLa, 8).inc(pLb, 8);
          lanes.forEach(({ a, b, o }) => {
            f.get(a).get(la).load(pk, o).tee(t).v(MUL).v(SUB).set(a);
            f.get(b).get(lb).get(t).v(MUL).v(SUB).set(b);
          });
        });
        f.loadSplat(pDiag).set(la);
        lanes.forEach(({ a, o }) => f.store(pVi, o, () => f.get(a).get(la).v(MUL).tee(a)));
        // pLb now points at L[i + 1][i].
        f.loadSplat(pLb).set(la).loadSplat(pDiag, 8).set(lb);
        lanes.forEach(({ a, b, o }) =>
          f.store(pVi, 64 + o, () => {
            f.get(b).get(la).get(a).v(MUL).v(SUB).get(lb).v(MUL);
          }),
        );
        f.get(pRowB).get(i8).add().i32(16).add().set(pRowA);
        f.inc(i8, 16).inc(pVi, 128).inc(pDiag, 16);
      },
    );
    // The last row when nSolve is odd.
    f.whileTrue(
      () => f.get(pVi).get(pSolveEnd).ltU(),
      () => {
        lanes.forEach(({ a, o }) => f.load(pVi, o).set(a));
        f.get(pRowA).set(pLa).get(P.pBuf).set(pk);
        f.forPtr(pk, pVi, 64, () => {
          f.loadSplat(pLa).set(la).inc(pLa, 8);
          lanes.forEach(({ a, o }) => f.get(a).get(la).load(pk, o).v(MUL).v(SUB).set(a));
        });
        f.loadSplat(pDiag).set(la);
        lanes.forEach(({ a, o }) => f.store(pVi, o, () => f.get(a).get(la).v(MUL)));
        f.inc(pVi, 64);
      },
    );
  }
}

/** The module for one kernel type: imports env.memory, exports run. */
export function buildPredictModule(kind: KernelType): Uint8Array<ArrayBuffer> {
  return encodeModule([{ name: 'run', fn: buildRun(kind) }]);
}
