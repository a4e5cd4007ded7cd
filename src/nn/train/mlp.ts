/**
 * A small multilayer perceptron in plain tfjs ops: `layers` Dense(units, ReLU) layers, optional
 * inverted dropout after each, and a Dense(classes) output read as softmax logits.
 *
 * Weights are drawn here from the seeded rng (Glorot uniform, as Keras' Dense does by default),
 * not by tfjs initializers, and dropout masks come from the same rng: the random numbers are then
 * the same on every backend, and a trial is a function of its configuration and seed alone.
 */
import type * as TF from '../tfjs.ts';
import type { Rng } from '../../math/rng.ts';

export interface MlpShape {
  readonly inputs: number;
  readonly units: number;
  readonly layers: number;
  readonly classes: number;
}

export interface Mlp {
  readonly weights: readonly TF.Variable[];
  readonly biases: readonly TF.Variable[];
  readonly variables: readonly TF.Variable[];
  dispose(): void;
}

/** Glorot/Xavier uniform: U(-l, l) with l = sqrt(6 / (fanIn + fanOut)). */
export function glorotUniform(fanIn: number, fanOut: number, rng: Rng): Float32Array {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const w = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < w.length; i++) w[i] = rng.uniform(-limit, limit);
  return w;
}

export function createMlp(tf: typeof TF, shape: MlpShape, rng: Rng): Mlp {
  const sizes = [shape.inputs, ...Array<number>(shape.layers).fill(shape.units), shape.classes];
  const weights: TF.Variable[] = [];
  const biases: TF.Variable[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l] as number;
    const fanOut = sizes[l + 1] as number;
    const w0 = tf.tensor2d(glorotUniform(fanIn, fanOut, rng), [fanIn, fanOut]);
    const b0 = tf.zeros([fanOut]);
    weights.push(tf.variable(w0));
    biases.push(tf.variable(b0));
    // A variable holds its own reference to the data; the initial tensors can go.
    w0.dispose();
    b0.dispose();
  }
  const variables = [...weights, ...biases];
  return { weights, biases, variables, dispose: () => variables.forEach((v) => v.dispose()) };
}

/**
 * Logits for a batch. masks[l], when given, multiplies hidden layer l's activations (inverted
 * dropout: kept units are already scaled by 1 / (1 - rate)).
 */
export function forward(
  tf: typeof TF,
  mlp: Mlp,
  x: TF.Tensor2D,
  masks?: readonly TF.Tensor2D[],
): TF.Tensor2D {
  let h: TF.Tensor2D = x;
  const last = mlp.weights.length - 1;
  mlp.weights.forEach((w, l) => {
    const b = mlp.biases[l] as TF.Variable;
    const z = tf.add(tf.matMul(h, w as TF.Tensor2D), b) as TF.Tensor2D;
    if (l === last) {
      h = z;
      return;
    }
    const a = tf.relu(z);
    const m = masks?.[l];
    h = m ? tf.mul(a, m) : a;
  });
  return h;
}

/** A dropout mask for a batch of n rows and `units` columns: 0 or 1 / (1 - rate). */
export function dropoutMask(n: number, units: number, rate: number, rng: Rng): Float32Array {
  const m = new Float32Array(n * units);
  const keep = 1 / (1 - rate);
  for (let i = 0; i < m.length; i++) m[i] = rng.next() < rate ? 0 : keep;
  return m;
}
