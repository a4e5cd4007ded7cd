import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config, smallSplit } from '../testing/fixtures.ts';
import { divergence, trainTrial, uploadSplit, type DataTensors } from './trainer.ts';

let data: DataTensors;
beforeAll(async () => {
  await tf.setBackend('cpu');
  data = uploadSplit(tf, smallSplit('xor'));
});
afterAll(() => data.dispose());

describe('trainTrial on the cpu backend', () => {
  it('learns XOR and reports every epoch', async () => {
    const cfg = config({ lr: -1, units: 16, epochs: 30, batch: 4 });
    const seen: number[] = [];
    const r = await trainTrial(tf, data, cfg, 7, { onEpoch: (m) => seen.push(m.epoch) });
    expect(r.status).toBe('ok');
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(r.bestValAcc).toBeGreaterThan(0.9);
    expect(r.epochs.at(-1)!.trainLoss).toBeLessThan(r.epochs[0]!.trainLoss);
    expect(r.bestValAcc).toBe(Math.max(...r.epochs.map((e) => e.valAcc)));
    expect(r.bestValLoss).toBe(Math.min(...r.epochs.map((e) => e.valLoss)));
  });

  it('gives identical trials for the same configuration and seed', async () => {
    const cfg = config({ lr: -1.5, dropout: 0.2, units: 8, layers: 2, epochs: 4, batch: 4 });
    const strip = (r: Awaited<ReturnType<typeof trainTrial>>) =>
      r.epochs.map(({ ms: _ms, ...m }) => m);
    const a = await trainTrial(tf, data, cfg, 11);
    const b = await trainTrial(tf, data, cfg, 11);
    const c = await trainTrial(tf, data, cfg, 12);
    expect(strip(a)).toEqual(strip(b));
    expect(strip(a)).not.toEqual(strip(c));
  });

  it('stops a diverging trial (learning rate 10^1) and says why, for any seed', async () => {
    for (let seed = 0; seed < 5; seed++) {
      const r = await trainTrial(tf, data, config({ lr: 1, epochs: 20 }), seed);
      expect(r.status).toBe('diverged');
      expect(r.error).toMatch(/(non-finite|exploded).* at epoch \d+/);
      expect(r.epochs.length).toBeLessThan(20);
    }
  });

  it('does not call sane learning rates diverged', async () => {
    for (const optimizer of [0, 1, 2]) {
      const r = await trainTrial(tf, data, config({ lr: -1, optimizer, epochs: 10 }), 1);
      expect(r.status).toBe('ok');
    }
  });

  it('calls a non-finite loss or one beyond 10 ln(classes) divergence', () => {
    const m = { epoch: 3, trainLoss: 1, trainAcc: 0.5, valLoss: 1, valAcc: 0.5, ms: 1 };
    expect(divergence(m, 1, 2)).toBeNull();
    expect(divergence({ ...m, valLoss: NaN }, 1, 2)).toBe('non-finite loss at epoch 3');
    expect(divergence(m, Infinity, 2)).toBe('non-finite loss at epoch 3');
    expect(divergence({ ...m, trainLoss: 6.8 }, 1, 2)).toBeNull();
    expect(divergence({ ...m, trainLoss: 7 }, 1, 2)).toMatch(
      /^loss exploded at epoch 3 \(7\.00 > 6\.93\)$/,
    );
  });

  it('stops when asked between batches, as cancelled', async () => {
    let batches = 0;
    const r = await trainTrial(tf, data, config({ epochs: 50, batch: 3 }), 1, {
      shouldStop: () => ++batches > 30,
    });
    expect(r.status).toBe('cancelled');
    expect(r.epochs.length).toBeLessThan(50);
  });

  it('keeps the live tensor count flat across 30 trials, whatever their outcome', async () => {
    const counts: number[] = [];
    const before = tf.memory().numTensors;
    for (let i = 0; i < 30; i++) {
      const kind = i % 5;
      const cfg = config({
        optimizer: i % 3,
        lr: kind === 0 ? 1 : -1.5,
        layers: 1 + (i % 3),
        units: 4 + i,
        dropout: kind === 2 ? 0.3 : 0,
        epochs: 2,
        batch: 5,
      });
      let n = 0;
      await trainTrial(tf, data, cfg, i, kind === 4 ? { shouldStop: () => ++n > 3 } : {});
      counts.push(tf.memory().numTensors);
    }
    expect(counts).toEqual(new Array(30).fill(before));
  });
});
