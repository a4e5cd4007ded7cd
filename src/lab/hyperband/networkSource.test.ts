import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trialSeed } from '../../nn/train/trainer.ts';
import { smallSplit } from '../../nn/testing/fixtures.ts';
import { TrainerClient } from '../../nn/worker/client.ts';
import { inProcessPort } from '../../nn/worker/inProcess.ts';
import { createHyperbandBook, runHyperbandAsync, type TrainRequest } from './book.ts';
import { sampleConfig } from './curves.ts';
import { HbCancelledError, networkConfig, networkSource } from './networkSource.ts';

let client: TrainerClient;
beforeAll(async () => {
  await tf.setBackend('cpu');
  client = new TrainerClient('cpu', inProcessPort(tf));
  await client.ready;
  client.setData(smallSplit('moons', 160), null);
});
afterAll(() => client.dispose());

const strip = (epochs: readonly { ms: number }[]) => epochs.map(({ ms: _ms, ...m }) => m);

describe('the network as a Hyperband curve source (tfjs cpu, in process)', () => {
  it('reproduces the first epochs exactly when retrained from scratch to more epochs', async () => {
    for (const k of [0, 1, 2]) {
      const c = sampleConfig(1, k);
      const seed = trialSeed(1, k);
      const short = await client.train(networkConfig(c, 3), seed, () => undefined).done;
      const long = await client.train(networkConfig(c, 9), seed, () => undefined).done;
      expect(short.status).toBe('ok');
      expect(long.epochs).toHaveLength(9);
      // Every metric of epochs 1..3, bit for bit: resuming and retraining give the same curve.
      expect(strip(long.epochs.slice(0, 3))).toEqual(strip(short.epochs));
    }
  });

  it('uses the sampled learning rate and dropout, the network screen’s defaults for the rest', () => {
    const cfg = networkConfig({ logLr: -2.5, dropout: 0.3 }, 7);
    expect(cfg.lr).toBeCloseTo(10 ** -2.5, 15);
    expect(cfg.dropout).toBe(0.3);
    expect(cfg.epochs).toBe(7);
    expect(cfg).toMatchObject({ units: 16, layers: 1, batchSize: 32, optimizer: 'momentum' });
  });

  it('runs a Hyperband iteration: rungs as scheduled, replays identical, Keras’ epoch count', async () => {
    const book = createHyperbandBook(3, 3, (id) => sampleConfig(1, id));
    const log: TrainRequest[] = [];
    const { source, tally } = networkSource(client, 1);
    const run = await runHyperbandAsync(book, source, new AbortController().signal, (_r, req) =>
      log.push(req),
    );
    // max_epochs 3, factor 3: bracket 1 trains 3 models for 1 epoch, the best for 3; bracket 0, 2
    // models for 3 epochs.
    expect(log.map((r) => [r.bracket, r.rung, r.from, r.to])).toEqual([
      [1, 0, 0, 1],
      [1, 0, 0, 1],
      [1, 0, 0, 1],
      [1, 1, 1, 3],
      [0, 0, 0, 3],
      [0, 0, 0, 3],
    ]);
    expect(tally).toEqual({ trainedEpochs: 3 + 3 + 6, replays: 1, replayMismatches: 0 });
    expect(run.totalEpochs).toBe(3 + 2 + 6);
    expect(run.totalModels).toBe(5);
    const best = run.best;
    expect(best && Number.isFinite(best.curve.at(-1))).toBe(true);
    for (const b of run.brackets) for (const t of b.trials) expect(t.curve).toHaveLength(t.epochs);
  });

  it('rejects a cancelled run and leaves the trainer ready for the next', async () => {
    const ctl = new AbortController();
    const { source } = networkSource(client, 2, (_req, m) => {
      if (m.epoch === 2) ctl.abort(new HbCancelledError());
    });
    const book = createHyperbandBook(9, 3, (id) => sampleConfig(2, id));
    // Bracket 2 of max_epochs 9 asks for 1 epoch first: the abort comes in the second rung.
    const seen: number[] = [];
    await expect(
      runHyperbandAsync(book, source, ctl.signal, (_r, req) => seen.push(req.index)),
    ).rejects.toBeInstanceOf(HbCancelledError);
    expect(seen).toHaveLength(9);
    const after = await client.train(networkConfig(sampleConfig(2, 0), 2), 5, () => undefined).done;
    expect(after.status).toBe('ok');
  });
});
