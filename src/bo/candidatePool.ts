/**
 * The posterior at the acquisition search's candidates, with the O(n^2)-per-point std computed
 * exactly only where it can decide something. For an acquisition that grows with the std (EI, its
 * log, UCB with kappa >= 0), a candidate's value with an upper bound of its std
 * (math/gpPredict.ts predictStdBound: a quarter of the solve) bounds its value; once the k best
 * exact values are known, a candidate whose bound is below the k-th cannot be among the k best, and
 * its std is never needed. At N = 191 about 2-5% of 10,000 random candidates survive, so the
 * search picks exactly the points it picks with every std exact, at a third of the predict cost.
 * The extra candidates (the plot grid) are always exact: the plots draw them.
 */
import type { AcquisitionSpec } from '../math/acquisition.ts';
import { predict, predictStdBound } from '../math/gp.ts';
import type { GPModel, PointSet } from '../math/types.ts';

/** Fewer observations than this: the whole solve is cheap, the bound not worth its pass. */
const PRUNE_FROM_N = 64;

/**
 * A bound's value must fall this far (relatively) below the k-th exact value to be dropped: the
 * acquisition is monotone in the std in exact arithmetic, and this covers its rounding.
 */
const MARGIN = 1e-9;

export interface PoolPrediction {
  readonly pool: PointSet;
  readonly mean: Float64Array;
  /** The posterior std where exact[i] is 1 (everywhere when exact is null), else an upper bound. */
  readonly std: Float64Array;
  exact: Uint8Array | null;
}

/** Whether the acquisition never decreases as the std grows (then bounds may prune). */
export function growsWithStd(spec: AcquisitionSpec): boolean {
  switch (spec.type) {
    case 'ei':
      return true;
    case 'ucb':
      return spec.kappa >= 0;
    default:
      return false;
  }
}

/**
 * Mean and std at the pool: exact at the points from `exactFrom` on (the extra candidates), and
 * before it an upper bound of the std where `bound` is asked and available, else exact.
 */
export function predictPool(
  model: GPModel,
  pool: PointSet,
  exactFrom: number,
  bound: boolean,
): PoolPrediction {
  const mean = new Float64Array(pool.n);
  const std = new Float64Array(pool.n);
  const n = model.X.n;
  const head = slice(pool, 0, exactFrom);
  const nSolve = 2 * Math.floor(n / 4);
  if (bound && n >= PRUNE_FROM_N && predictStdBound(model, head, mean, std, nSolve)) {
    const exact = new Uint8Array(pool.n);
    exact.fill(1, exactFrom);
    if (exactFrom < pool.n) {
      const tail = slice(pool, exactFrom, pool.n);
      predict(model, tail, mean.subarray(exactFrom), std.subarray(exactFrom));
    }
    return { pool, mean, std, exact };
  }
  predict(model, pool, mean, std);
  return { pool, mean, std, exact: null };
}

/**
 * The acquisition (score) at every candidate: exact wherever it could be among the k largest
 * finite values (so topIndices(values, k) is that of the all-exact values), an upper bound
 * elsewhere. Makes the std exact where needed, in place.
 */
export function scorePool(
  model: GPModel,
  hit: PoolPrediction,
  score: (mean: Float64Array, std: Float64Array, out: Float64Array) => void,
  k: number,
): Float64Array {
  const values = new Float64Array(hit.pool.n);
  score(hit.mean, hit.std, values);
  const exact = hit.exact;
  if (!exact) return values;
  // The k best bounds first, exact: a threshold as high as the k best can give.
  const firsts = topBounds(values, exact, k);
  refine(model, hit, firsts, score, values);
  const t = kthExact(values, exact, k);
  const need: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (exact[i]) continue;
    // NaN bounds are refined too: the exact value may be finite.
    if (!((values[i] as number) < t - MARGIN * Math.abs(t))) need.push(i);
  }
  refine(model, hit, need, score, values);
  return values;
}

/** Makes the pool all exact (a caller that needs every value, e.g. the separation fallback). */
export function completePool(
  model: GPModel,
  hit: PoolPrediction,
  score: (mean: Float64Array, std: Float64Array, out: Float64Array) => void,
  values: Float64Array,
): void {
  const exact = hit.exact;
  if (!exact) return;
  const rest: number[] = [];
  for (let i = 0; i < exact.length; i++) if (!exact[i]) rest.push(i);
  refine(model, hit, rest, score, values);
  hit.exact = null;
}

/** Candidates whose std is made exact at once when a scan reaches bounds. */
const REFINE_BATCH = 256;

/**
 * The index of the highest-valued candidate that `accept` takes (-1 when none): exactly the one a
 * scan of the all-exact finite values in descending order (ties by index) finds. Candidates are
 * taken in the order of their value or bound; those accepted wait in order, and when the first of
 * them has only a bound, the bounds at the head are made exact (REFINE_BATCH at a time) and the
 * order redone. The head is the answer once it is exact and above every candidate not yet taken.
 */
export function bestAccepted(
  model: GPModel,
  hit: PoolPrediction,
  score: (mean: Float64Array, std: Float64Array, out: Float64Array) => void,
  values: Float64Array,
  accept: (i: number) => boolean,
): number {
  const isExact = (i: number) => hit.exact === null || hit.exact[i] === 1;
  const usable = (i: number) => !isExact(i) || Number.isFinite(values[i]);
  // A bound is unknown when NaN: it goes first. At equal keys bounds go first, then lower indices.
  const key = (i: number) => {
    const v = values[i] as number;
    return Number.isNaN(v) ? Infinity : v;
  };
  const cmp = (a: number, b: number) =>
    key(b) - key(a) || Number(isExact(a)) - Number(isExact(b)) || a - b;
  const order = Array.from(values.keys()).filter(usable).sort(cmp);
  let waiting: number[] = [];
  let next = 0;
  for (;;) {
    while (
      next < order.length &&
      (waiting.length === 0 || key(order[next] as number) >= key(waiting[0] as number))
    ) {
      const i = order[next++] as number;
      if (accept(i)) waiting.push(i);
    }
    waiting = waiting.filter(usable).sort(cmp);
    const head = waiting[0];
    if (head === undefined) {
      if (next >= order.length) return -1;
      continue;
    }
    if (isExact(head) && (next >= order.length || key(order[next] as number) < key(head)))
      return head;
    const batch = waiting.filter((i) => !isExact(i)).slice(0, REFINE_BATCH);
    if (batch.length > 0) refine(model, hit, batch, score, values);
  }
}

/** Exact mean and std (predict's bits) and values at the listed candidates. */
function refine(
  model: GPModel,
  hit: PoolPrediction,
  idx: readonly number[],
  score: (mean: Float64Array, std: Float64Array, out: Float64Array) => void,
  values: Float64Array,
): void {
  const exact = hit.exact;
  if (!exact || idx.length === 0) return;
  const { pool } = hit;
  const d = pool.d;
  const data = new Float64Array(idx.length * d);
  idx.forEach((i, j) => data.set(pool.data.subarray(i * d, (i + 1) * d), j * d));
  const mean = new Float64Array(idx.length);
  const std = new Float64Array(idx.length);
  predict(model, { data, n: idx.length, d }, mean, std);
  const v = new Float64Array(idx.length);
  score(mean, std, v);
  idx.forEach((i, j) => {
    hit.std[i] = std[j] as number;
    values[i] = v[j] as number;
    exact[i] = 1;
  });
}

/** Indices of the k largest bounds (NaN first: unknown) among the candidates not yet exact. */
function topBounds(values: Float64Array, exact: Uint8Array, k: number): number[] {
  const keys = values.map((v, i) => (exact[i] ? NaN : Number.isNaN(v) ? Number.MAX_VALUE : v));
  return topIndices(keys, k);
}

/** The k-th largest finite exact value; -Infinity when fewer than k are finite. */
function kthExact(values: Float64Array, exact: Uint8Array, k: number): number {
  const top = topIndices(
    values.map((v, i) => (exact[i] ? v : NaN)),
    k,
  );
  return top.length === k ? (values[top[k - 1] as number] as number) : -Infinity;
}

/** The index of the highest finite value that accept takes (ties: the first), or -1. */
export function firstAccepted(values: Float64Array, accept: (i: number) => boolean): number {
  const order = Array.from(values.keys())
    .filter((i) => Number.isFinite(values[i]))
    .sort((a, b) => (values[b] as number) - (values[a] as number));
  return order.find(accept) ?? -1;
}

/**
 * Indices of the k largest finite values, best first. A bounded insertion list instead of a full
 * sort: k is tens, the candidates ten thousand, and this runs every iteration.
 */
export function topIndices(values: Float64Array, k: number): number[] {
  const idx: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    if (idx.length === k && v <= (val[k - 1] as number)) continue;
    let j = idx.length < k ? idx.length : k - 1;
    while (j > 0 && (val[j - 1] as number) < v) {
      val[j] = val[j - 1] as number;
      idx[j] = idx[j - 1] as number;
      j--;
    }
    val[j] = v;
    idx[j] = i;
  }
  return idx;
}

function slice(pts: PointSet, from: number, to: number): PointSet {
  return { data: pts.data.subarray(from * pts.d, to * pts.d), n: to - from, d: pts.d };
}
