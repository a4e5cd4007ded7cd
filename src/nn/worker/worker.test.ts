import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { config, smallSplit } from '../testing/fixtures.ts';
import { TrainerClient } from './client.ts';
import { inProcessPort } from './inProcess.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('TrainerClient over the handler (in process)', () => {
  it('starts the asked backend, streams epochs and resolves the result', async () => {
    const client = new TrainerClient('cpu', inProcessPort(tf));
    expect(await client.ready).toMatchObject({ backend: 'cpu' });
    expect((await client.ready).fallbackFrom).toBeUndefined();
    client.setData(smallSplit('blobs'), null);
    const epochs: number[] = [];
    const r = await client.train(config({ epochs: 3, lr: -1 }), 1, (m) => epochs.push(m.epoch))
      .done;
    expect(r.status).toBe('ok');
    expect(epochs).toEqual([1, 2, 3]);
    client.dispose();
  });

  it('falls back to cpu when the asked backend cannot start, and says so', async () => {
    const client = new TrainerClient('wasm', inProcessPort(tf));
    const info = await client.ready;
    expect(info.backend).toBe('cpu');
    expect(info.fallbackFrom).toBe('wasm');
    client.dispose();
  });

  it('cancels a running trial and a queued one', async () => {
    const client = new TrainerClient('cpu', inProcessPort(tf));
    client.setData(smallSplit('xor'), new Float32Array([0, 0, 1, 1]));
    let boundaries = 0;
    const first = client.train(config({ epochs: 200, batch: 2 }), 1, (_m, b) => {
      if (b) boundaries++;
      if (boundaries === 2) first.cancel();
    });
    const second = client.train(config({ epochs: 3 }), 2, () => undefined);
    second.cancel();
    expect((await first.done).status).toBe('cancelled');
    expect((await second.done).status).toBe('cancelled');
    expect(boundaries).toBe(2);
    client.dispose();
  });
});
