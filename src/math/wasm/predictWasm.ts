/**
 * The WebAssembly SIMD path of gpPredict.ts: the same numbers as the JS loops, bit for bit (see
 * predictModule.ts), 5-6x faster in V8. Each thread (page, worker, Node) compiles the module of a
 * kernel type once, on first use, and keeps one WebAssembly.Memory that grows to the largest model
 * seen. A model's L (packed), 1 / diag, scaled X and weights are copied into it when the model
 * changes, not per call (the last model is remembered weakly: O(n^2) to copy against O(n^2) per
 * point to predict, so alternating models costs little); test points go through in chunks.
 */
import { inverseLengthScales } from '../kernels.ts';
import type { GPModel, KernelType, PointSet } from '../types.ts';
import { buildPredictModule, WASM_BLOCK } from './predictModule.ts';

/** Which code computed the last predict: the WebAssembly module or the JS loops. */
export type PredictBackend = 'wasm' | 'js';

type RunFn = (...args: number[]) => void;

/** Test points per call of run: bounds the memory beyond the model's own. */
const CHUNK = 2048;
const PAGE_BYTES = 65536;

/** Byte offsets of the regions of the memory (16-byte aligned) for one model size. */
interface Layout {
  readonly pL: number;
  readonly pInvDiag: number;
  readonly pXt: number;
  readonly pWeights: number;
  readonly pBuf: number;
  readonly pPoints: number;
  readonly pMean: number;
  readonly pStd: number;
  readonly bytes: number;
}

interface Loaded {
  readonly model: WeakRef<GPModel>;
  readonly layout: Layout;
  readonly inv: Float64Array;
}

const engines = new Map<KernelType, RunFn | 'pending' | 'unavailable'>();
let memory: WebAssembly.Memory | null = null;
let loaded: Loaded | null = null;
let lastBackend: PredictBackend = 'js';

/** The backend of the last predict call on this thread. */
export function lastPredictBackend(): PredictBackend {
  return lastBackend;
}

/** Forgets compiled modules, the memory and the loaded model, so the next call probes again. */
export function resetWasmPredict(): void {
  engines.clear();
  memory = null;
  loaded = null;
}

/**
 * Whether this thread can run the module for kind now. Compiles it on first call: synchronously
 * when allowed; where the engine refuses synchronous compilation (Chrome's main thread caps it by
 * module size), asynchronously, the JS path serving until it is ready.
 */
export function wasmPredictReady(kind: KernelType): boolean {
  return engine(kind) !== null;
}

function engine(kind: KernelType): RunFn | null {
  const known = engines.get(kind);
  if (known !== undefined) return typeof known === 'function' ? known : null;
  const wa = (globalThis as { WebAssembly?: typeof WebAssembly }).WebAssembly;
  if (typeof wa !== 'object' || typeof wa.validate !== 'function') {
    engines.set(kind, 'unavailable');
    return null;
  }
  const bytes = buildPredictModule(kind);
  // validate is false where fixed-width SIMD is not supported.
  if (!wa.validate(bytes)) {
    engines.set(kind, 'unavailable');
    return null;
  }
  try {
    memory ??= new wa.Memory({ initial: 1 });
    const mem = memory;
    const instance = new wa.Instance(new wa.Module(bytes), { env: { memory: mem } });
    const run = instance.exports['run'] as RunFn;
    engines.set(kind, run);
    return run;
  } catch (e) {
    if (!(e instanceof RangeError) || memory === null) {
      engines.set(kind, 'unavailable');
      return null;
    }
    engines.set(kind, 'pending');
    const mem = memory;
    wa.instantiate(bytes, { env: { memory: mem } }).then(
      ({ instance }) => {
        if (memory === mem) engines.set(kind, instance.exports['run'] as RunFn);
      },
      () => engines.set(kind, 'unavailable'),
    );
    return null;
  }
}

function layoutFor(n: number, d: number): Layout {
  let bytes = 0;
  const take = (doubles: number): number => {
    const at = bytes;
    bytes += Math.ceil(doubles / 2) * 16;
    return at;
  };
  const pL = take((n * (n + 1)) / 2);
  const pInvDiag = take(n);
  const pXt = take(n * d);
  const pWeights = take(n);
  const pBuf = take(n * WASM_BLOCK);
  const pPoints = take(CHUNK * d);
  const pMean = take(CHUNK);
  const pStd = take(CHUNK);
  return { pL, pInvDiag, pXt, pWeights, pBuf, pPoints, pMean, pStd, bytes };
}

/** Copies the model into the memory (grown as needed); null when the memory cannot grow. */
function load(mem: WebAssembly.Memory, model: GPModel): Loaded | null {
  const { X, L, weights, kernel } = model;
  const n = X.n;
  const d = X.d;
  const layout = layoutFor(n, d);
  const missing = layout.bytes - mem.buffer.byteLength;
  if (missing > 0) {
    try {
      mem.grow(Math.ceil(missing / PAGE_BYTES));
    } catch {
      return null;
    }
  }
  const heap = new Float64Array(mem.buffer);
  let o = layout.pL / 8;
  for (let i = 0; i < n; i++) {
    heap.set(L.subarray(i * n, i * n + i + 1), o);
    o += i + 1;
  }
  const inv = inverseLengthScales(kernel, d);
  for (let i = 0; i < n; i++) {
    heap[layout.pInvDiag / 8 + i] = 1 / (L[i * n + i] as number);
    heap[layout.pWeights / 8 + i] = weights[i] as number;
  }
  const xt = layout.pXt / 8;
  for (let i = 0; i < n * d; i++) heap[xt + i] = (X.data[i] as number) * (inv[i % d] as number);
  return { model: new WeakRef(model), layout, inv };
}

/**
 * predict's work on the WebAssembly path: posterior mean and std of Xs into outMean and outStd,
 * variance floored at floor. Returns false, having written nothing, where the path is off or not
 * available; the caller then runs the JS loops. Shapes are the caller's to check. With nSolve < n
 * the std is an upper bound, never below predict's (gpPredict.ts predictStdBound).
 */
export function predictWasm(
  model: GPModel,
  Xs: PointSet,
  outMean: Float64Array,
  outStd: Float64Array,
  floor: number,
  nSolve: number = model.X.n,
): boolean {
  lastBackend = 'js';
  const run = engine(model.kernel.type);
  if (run === null || memory === null) return false;
  const mem = memory;
  if (loaded?.model.deref() !== model) {
    loaded = load(mem, model);
    if (loaded === null) return false;
  }
  const { layout, inv } = loaded;
  const { X, kernel, yMean, yStd } = model;
  const n = X.n;
  const d = X.d;
  const m = Xs.n;
  const xs = Xs.data;
  for (let start = 0; start < m; start += CHUNK) {
    const count = Math.min(CHUNK, m - start);
    const blocks = Math.ceil(count / WASM_BLOCK);
    // Block b holds d rows of 8 lanes; a short last block repeats its last point.
    const heap = new Float64Array(mem.buffer);
    const pts = layout.pPoints / 8;
    for (let p = 0; p < blocks * WASM_BLOCK; p++) {
      const src = (start + Math.min(p, count - 1)) * d;
      const dst = pts + (p - (p % WASM_BLOCK)) * d + (p % WASM_BLOCK);
      for (let k = 0; k < d; k++) {
        heap[dst + k * WASM_BLOCK] = (xs[src + k] as number) * (inv[k] as number);
      }
    }
    run(
      n,
      nSolve,
      d,
      blocks,
      layout.pL,
      layout.pInvDiag,
      layout.pXt,
      layout.pWeights,
      layout.pBuf,
      layout.pPoints,
      layout.pMean,
      layout.pStd,
      kernel.variance,
      yMean,
      yStd,
      yStd * yStd,
      floor,
    );
    outMean.set(heap.subarray(layout.pMean / 8, layout.pMean / 8 + count), start);
    outStd.set(heap.subarray(layout.pStd / 8, layout.pStd / 8 + count), start);
  }
  lastBackend = 'wasm';
  return true;
}
