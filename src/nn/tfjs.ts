/**
 * tfjs as the network trainer uses it: the core ops with their gradients (the optimizers train
 * through them) and the chained tensor methods (`a.add(b)`), on the CPU and WebGL backends; the
 * training worker adds WebAssembly (trainWorker.ts). The MLP is written in plain ops (train/mlp.ts),
 * so tfjs-layers, the converter and data, which the umbrella `@tensorflow/tfjs` bundles, are not
 * needed.
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';

export * from '@tensorflow/tfjs-core';
