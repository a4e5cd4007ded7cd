/**
 * The training Web Worker: tfjs with its cpu, webgl (OffscreenCanvas) and wasm backends, driven
 * by createTrainHandler. Started by client.ts as
 * `new Worker(new URL('./trainWorker.ts', import.meta.url), { type: 'module' })`.
 */
import * as tf from '../tfjs.ts';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createTrainHandler } from './handler.ts';
import type { FromTrainer, ToTrainer } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// A MessageChannel round trip is a macrotask without setTimeout's 4 ms clamp for nested timers.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldNow = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

const handle = createTrainHandler({
  tf,
  post: (msg: FromTrainer) => scope.postMessage(msg),
  yieldNow,
  prepare: (name, wasmPaths) => {
    // SwiftShader (a CPU emulation of WebGL) is allowed when asked for: the bench measures it.
    if (name === 'webgl') tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
    if (name === 'wasm' && wasmPaths) setWasmPaths({ ...wasmPaths });
  },
});

scope.onmessage = (e: MessageEvent<ToTrainer>) => handle(e.data);
