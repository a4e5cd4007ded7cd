/**
 * window.__netBench, for `npm run bench -- network` (bench/networkBrowser.ts): trains trials of the
 * default study (digits, learning rate and weight decay drawn from their log10 box, the other
 * hyperparameters at their defaults) in the training worker on a chosen tfjs backend, and returns
 * the time of each trial as the worker measured it. The app does not link to this page.
 */
import { createRng } from '../../math/rng.ts';
import { loadDataset } from '../data/catalog.ts';
import { splitAndStandardize } from '../data/split.ts';
import { decode } from '../hyperparams.ts';
import { DATA_SEED, defaultNetSettings, VAL_FRACTION } from '../study/settings.ts';
import { trialSeed } from '../train/trainer.ts';
import { TrainerClient, wasmPaths, workerPort } from '../worker/client.ts';
import type { BackendChoice, BackendInfo } from '../worker/protocol.ts';

export interface NetBenchResult {
  readonly info: BackendInfo;
  /** Per trial, in order: milliseconds and final validation accuracy (NaN when it failed). */
  readonly ms: readonly number[];
  readonly acc: readonly number[];
  /** Live tensors in the worker after each trial. */
  readonly tensors: readonly number[];
}

export interface NetBenchApi {
  trials(backend: BackendChoice, n: number): Promise<NetBenchResult>;
}

declare global {
  interface Window {
    __netBench?: NetBenchApi;
  }
}

const api: NetBenchApi = {
  async trials(backend, n) {
    const s = defaultNetSettings();
    const raw = await loadDataset(s.dataset, s.noise, DATA_SEED);
    const split = splitAndStandardize(raw, VAL_FRACTION, DATA_SEED);
    const client = new TrainerClient(backend, workerPort(), wasmPaths());
    try {
      const info = await client.ready;
      client.setData(split, null);
      const rng = createRng(s.seed);
      const ms: number[] = [];
      const acc: number[] = [];
      const tensors: number[] = [];
      for (let i = 0; i < n; i++) {
        const x = s.searched.map((id) => rng.uniform(s.ranges[id][0], s.ranges[id][1]));
        const cfg = decode(s.searched, x, s.fixed);
        const r = await client.train(cfg, trialSeed(s.seed, i), () => undefined).done;
        ms.push(r.ms);
        acc.push(r.status === 'ok' ? r.bestValAcc : NaN);
        tensors.push(client.tensors);
      }
      return { info, ms, acc, tensors };
    } finally {
      client.dispose();
    }
  },
};

window.__netBench = api;
document.body.dataset['ready'] = 'true';
