/**
 * One trial: trains an MLP with a configuration on a fixed split and reports each epoch's train
 * and validation loss and accuracy. Runs the same in a Web Worker, in Node (tests) and on the main
 * thread; the caller passes tfjs in, so this module does not pick a backend.
 *
 * Tensor hygiene: every op group runs in tf.tidy; the model's variables and the optimizer (with
 * its slot variables) are disposed when the trial ends however it ends, so the live tensor count
 * after a trial is what it was before (a test checks this over 30 trials).
 */
import type * as TF from '../tfjs.ts';
import { createRng, type Rng } from '../../math/rng.ts';
import type { SplitData } from '../data/types.ts';
import type { TrainConfig } from '../hyperparams.ts';
import { permutation } from '../data/split.ts';
import { createMlp, dropoutMask, forward, type Mlp } from './mlp.ts';

/** The split uploaded once per study (and the decision-boundary grid for 2D sets). */
export interface DataTensors {
  readonly xTrain: TF.Tensor2D;
  readonly yTrain: TF.Tensor2D;
  readonly xVal: TF.Tensor2D;
  readonly yVal: TF.Tensor2D;
  readonly labelsVal: TF.Tensor1D;
  readonly nTrain: number;
  readonly inputs: number;
  readonly classes: number;
  /** Points (standardized) where the decision boundary is drawn; null for datasets beyond 2D. */
  readonly grid: TF.Tensor2D | null;
  dispose(): void;
}

export function uploadSplit(tf: typeof TF, split: SplitData, grid?: Float32Array): DataTensors {
  const { train, val } = split;
  const oneHot = (y: Int32Array, k: number) => tf.tidy(() => tf.oneHot(tf.tensor1d(y, 'int32'), k));
  const t = {
    xTrain: tf.tensor2d(train.x, [train.n, train.d]),
    yTrain: oneHot(train.y, train.classes).toFloat() as TF.Tensor2D,
    xVal: tf.tensor2d(val.x, [val.n, val.d]),
    yVal: oneHot(val.y, val.classes).toFloat() as TF.Tensor2D,
    labelsVal: tf.tensor1d(val.y, 'int32'),
    grid: grid ? tf.tensor2d(grid, [grid.length / 2, 2]) : null,
  };
  return {
    ...t,
    nTrain: train.n,
    inputs: train.d,
    classes: train.classes,
    dispose: () => {
      for (const v of Object.values(t)) v?.dispose();
    },
  };
}

export interface EpochMetrics {
  /** 1-based. */
  readonly epoch: number;
  /** Mean cross-entropy over the epoch's batches (as Keras reports it), without the L2 term. */
  readonly trainLoss: number;
  readonly trainAcc: number;
  readonly valLoss: number;
  readonly valAcc: number;
  readonly ms: number;
}

/** The decision boundary on the grid: predicted class and its probability per grid point. */
export interface Boundary {
  readonly classes: Uint8Array;
  readonly confidence: Float32Array;
}

export type TrialStatus = 'ok' | 'diverged' | 'cancelled';

export interface TrialResult {
  readonly status: TrialStatus;
  readonly epochs: readonly EpochMetrics[];
  readonly bestValAcc: number;
  readonly bestValLoss: number;
  readonly ms: number;
  /** Why a diverged trial failed, for the trials table. */
  readonly error?: string;
}

export interface TrainHooks {
  readonly onEpoch?: (m: EpochMetrics, boundary: Boundary | null) => void;
  /** Polled between batches; true stops the trial, which is then 'cancelled'. */
  readonly shouldStop?: () => boolean;
  /** Lets other events (a cancel message) in; called every ~50 ms of training. */
  readonly yieldNow?: () => Promise<void>;
  readonly now?: () => number;
}

const YIELD_EVERY_MS = 50;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function trainTrial(
  tf: typeof TF,
  data: DataTensors,
  cfg: TrainConfig,
  seed: number,
  hooks: TrainHooks = {},
): Promise<TrialResult> {
  const now = hooks.now ?? (() => performance.now());
  const yieldNow = hooks.yieldNow ?? macrotask;
  const t0 = now();
  const rng = createRng(seed);
  const mlp = createMlp(
    tf,
    { inputs: data.inputs, units: cfg.units, layers: cfg.layers, classes: data.classes },
    rng.split(),
  );
  const optimizer = makeOptimizer(tf, cfg);
  const epochs: EpochMetrics[] = [];
  const finish = (status: TrialStatus, error?: string): TrialResult => ({
    status,
    epochs,
    bestValAcc: bestOf(epochs, (e) => e.valAcc, 1),
    bestValLoss: bestOf(epochs, (e) => e.valLoss, -1),
    ms: now() - t0,
    ...(error ? { error } : {}),
  });
  const shuffleRng = rng.split();
  const dropoutRng = rng.split();
  let lastYield = now();
  try {
    for (let epoch = 1; epoch <= cfg.epochs; epoch++) {
      const order = permutation(data.nTrain, shuffleRng);
      let lossSum = tf.scalar(0);
      let correct = tf.scalar(0);
      let penalty = tf.scalar(0);
      try {
        for (let start = 0; start < data.nTrain; start += cfg.batchSize) {
          if (hooks.shouldStop?.()) return finish('cancelled');
          const idx = order.subarray(start, Math.min(data.nTrain, start + cfg.batchSize));
          const step = trainStep(tf, mlp, optimizer, data, idx, cfg, dropoutRng);
          const nextLoss = lossSum.add(step.lossTimesN) as TF.Scalar;
          const nextCorrect = correct.add(step.correct) as TF.Scalar;
          for (const t of [lossSum, correct, penalty, step.lossTimesN, step.correct]) t.dispose();
          lossSum = nextLoss;
          correct = nextCorrect;
          penalty = step.penalty;
          if (now() - lastYield > YIELD_EVERY_MS) {
            await yieldNow();
            lastYield = now();
          }
        }
        const [sum, hits, pen] = await Promise.all([
          lossSum.data(),
          correct.data(),
          penalty.data(),
        ]);
        const trainLoss = (sum[0] as number) / data.nTrain;
        const val = await evaluate(tf, mlp, data);
        const m: EpochMetrics = {
          epoch,
          trainLoss,
          trainAcc: (hits[0] as number) / data.nTrain,
          valLoss: val.loss,
          valAcc: val.acc,
          ms: now() - t0,
        };
        epochs.push(m);
        const why = divergence(m, pen[0] as number, data.classes);
        if (why) return finish('diverged', why);
        hooks.onEpoch?.(m, data.grid ? await boundary(tf, mlp, data.grid) : null);
      } finally {
        lossSum.dispose();
        correct.dispose();
        penalty.dispose();
      }
      await yieldNow();
      lastYield = now();
      if (hooks.shouldStop?.()) return finish('cancelled');
    }
    return finish('ok');
  } finally {
    disposeOptimizer(tf, optimizer, cfg);
    mlp.dispose();
  }
}

/**
 * tfjs 4.22's MomentumOptimizer.dispose() frees its momentum scalar and slots but not the learning
 * rate scalar its SGD parent keeps: one tensor leaked per trial unless the parent's dispose runs.
 */
function disposeOptimizer(tf: typeof TF, optimizer: TF.Optimizer, cfg: TrainConfig): void {
  optimizer.dispose();
  // (instanceof is no test here: tfjs optimizers answer it by duck typing.)
  if (cfg.optimizer === 'momentum') tf.SGDOptimizer.prototype.dispose.call(optimizer);
}

/**
 * Multiple of the loss of a uniform guess (ln classes) above which an epoch's training loss counts
 * as diverged. An MLP this small rarely overflows to NaN at a huge learning rate: its weights blow
 * up for an epoch or two (cross-entropy 1e20 and more), its ReLUs die, and the loss falls back to a
 * finite value of a broken network. A converging run starts near ln(classes) and goes down, so ten
 * times that is far outside it (the idea of PyTorch Lightning's divergence_threshold).
 */
export const DIVERGENCE_FACTOR = 10;

/** Why an epoch means the trial diverged, or null: a non-finite loss, or an exploded one. */
export function divergence(m: EpochMetrics, penalty: number, classes: number): string | null {
  if (![m.trainLoss, m.valLoss, penalty].every(Number.isFinite))
    return `non-finite loss at epoch ${m.epoch}`;
  const limit = DIVERGENCE_FACTOR * Math.log(Math.max(2, classes));
  if (m.trainLoss > limit)
    return `loss exploded at epoch ${m.epoch} (${m.trainLoss.toPrecision(3)} > ${limit.toPrecision(3)})`;
  return null;
}

/** The best finite value of a metric over the epochs (sign 1: largest), NaN when none is finite. */
export function bestOf(
  epochs: readonly EpochMetrics[],
  metric: (e: EpochMetrics) => number,
  sign: 1 | -1,
): number {
  let best = NaN;
  for (const e of epochs) {
    const v = metric(e);
    if (Number.isFinite(v) && (Number.isNaN(best) || sign * v > sign * best)) best = v;
  }
  return best;
}

function makeOptimizer(tf: typeof TF, cfg: TrainConfig): TF.Optimizer {
  switch (cfg.optimizer) {
    case 'sgd':
      return tf.train.sgd(cfg.lr);
    case 'momentum':
      return tf.train.momentum(cfg.lr, cfg.momentum);
    case 'adam':
      return tf.train.adam(cfg.lr, cfg.momentum);
  }
}

interface StepOut {
  readonly lossTimesN: TF.Scalar;
  readonly correct: TF.Scalar;
  readonly penalty: TF.Scalar;
}

function trainStep(
  tf: typeof TF,
  mlp: Mlp,
  optimizer: TF.Optimizer,
  data: DataTensors,
  idx: Int32Array,
  cfg: TrainConfig,
  rng: Rng,
): StepOut {
  const n = idx.length;
  // Masks are drawn before the tape so the random stream does not depend on tfjs internals.
  const maskData =
    cfg.dropout > 0
      ? Array.from({ length: cfg.layers }, () => dropoutMask(n, cfg.units, cfg.dropout, rng))
      : [];
  const out = tf.tidy(() => {
    const rows = tf.tensor1d(idx, 'int32');
    const xb = tf.gather(data.xTrain, rows) as TF.Tensor2D;
    const yb = tf.gather(data.yTrain, rows) as TF.Tensor2D;
    const masks = maskData.map((m) => tf.tensor2d(m, [n, cfg.units]));
    let side: StepOut | null = null;
    optimizer.minimize(
      () => {
        const logits = forward(tf, mlp, xb, masks);
        const ce = tf.losses.softmaxCrossEntropy(yb, logits) as TF.Scalar;
        const penalty = l2(tf, mlp);
        const hits = tf.equal(tf.argMax(logits, 1), tf.argMax(yb, 1)).sum() as TF.Scalar;
        // Kept out of the tape's tidy so the epoch can sum them without reading them back now.
        side = {
          lossTimesN: tf.keep(ce.mul(n)) as TF.Scalar,
          correct: tf.keep(hits.toFloat()) as TF.Scalar,
          penalty: tf.keep(penalty.clone()),
        };
        return ce.add(penalty.mul(cfg.wd)) as TF.Scalar;
      },
      false,
      [...mlp.variables],
    );
    const kept = side as StepOut | null;
    if (!kept) throw new Error('training step produced no loss');
    return [kept.lossTimesN, kept.correct, kept.penalty];
  });
  const [lossTimesN, correct, penalty] = out as TF.Scalar[];
  return { lossTimesN, correct, penalty } as StepOut;
}

/** Sum of squared kernel weights (Keras' l2 regularizer without its factor). */
function l2(tf: typeof TF, mlp: Mlp): TF.Scalar {
  return tf.addN(mlp.weights.map((w) => tf.sum(tf.square(w)))) as TF.Scalar;
}

async function evaluate(
  tf: typeof TF,
  mlp: Mlp,
  data: DataTensors,
): Promise<{ loss: number; acc: number }> {
  const out = tf.tidy(() => {
    const logits = forward(tf, mlp, data.xVal);
    const loss = tf.losses.softmaxCrossEntropy(data.yVal, logits);
    const acc = tf.equal(tf.argMax(logits, 1), data.labelsVal).toFloat().mean();
    return tf.stack([loss, acc]);
  });
  const v = await out.data();
  out.dispose();
  return { loss: v[0] as number, acc: v[1] as number };
}

async function boundary(tf: typeof TF, mlp: Mlp, grid: TF.Tensor2D): Promise<Boundary> {
  const [cls, conf] = tf.tidy(() => {
    const p = tf.softmax(forward(tf, mlp, grid));
    return [tf.argMax(p, 1), tf.max(p, 1)];
  });
  const [c, q] = await Promise.all([(cls as TF.Tensor).data(), (conf as TF.Tensor).data()]);
  cls?.dispose();
  conf?.dispose();
  return { classes: Uint8Array.from(c), confidence: Float32Array.from(q) };
}

/** A seed per trial derived from the study seed and the trial's index. */
export function trialSeed(studySeed: number, index: number): number {
  const r: Rng = createRng(studySeed);
  for (let i = 0; i <= index % 64; i++) r.next();
  return (Math.floor(r.next() * 2 ** 31) ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
}
