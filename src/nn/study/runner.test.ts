import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { suggest } from '../../bo/loop.ts';
import { makeSynthetic } from '../data/synthetic.ts';
import { splitAndStandardize } from '../data/split.ts';
import { TrainerClient, type TrainerPort } from '../worker/client.ts';
import type { FromTrainer } from '../worker/protocol.ts';
import { inProcessPort } from '../worker/inProcess.ts';
import { createStudyRunner, type RunnerDeps, type StudyRunner } from './runner.ts';
import { defaultNetSettings, type NetStudySettings } from './settings.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const settings: NetStudySettings = {
  ...defaultNetSettings(),
  dataset: 'xor',
  initPoints: 2,
  iterations: 2,
  backend: 'cpu',
  ranges: { ...defaultNetSettings().ranges, lr: [-3, 1] },
  fixed: { ...defaultNetSettings().fixed, epochs: 3 },
};

function deps(port: () => TrainerPort = () => inProcessPort(tf)): RunnerDeps {
  return {
    createClient: (backend) => new TrainerClient(backend, port()),
    loadData: async (s) => {
      const raw = makeSynthetic('xor', { n: 120, noise: s.noise, seed: 0 });
      return { raw, split: splitAndStandardize(raw, 0.2, 0) };
    },
    propose: (state) => suggest(state).proposal,
  };
}

/** Resolves when the runner's status is one of `statuses`. */
function until(runner: StudyRunner, ...statuses: string[]): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (statuses.includes(runner.getSnapshot().status)) {
        off();
        resolve();
      }
    };
    const off = runner.subscribe(check);
    check();
  });
}

describe('a study run', () => {
  it('spends the budget and records every trial with its curves and time', async () => {
    const runner = createStudyRunner(deps(), settings);
    await runner.start(settings);
    await until(runner, 'finished');
    const s = runner.getSnapshot();
    expect(s.trials).toHaveLength(4);
    expect(s.loop?.observations.map((o) => o.phase)).toEqual(['init', 'init', 'bo', 'bo']);
    expect(new Set(s.trials.map((r) => r.tensors)).size).toBe(1);
    for (const r of s.trials) {
      expect(r.epochs.length).toBeGreaterThan(0);
      expect(r.ms).toBeGreaterThan(0);
      expect(r.boundary?.classes.length).toBe(40 * 40);
    }
    runner.dispose();
  });

  it('gives the same trials for the same settings and seed (cpu)', async () => {
    const values = async (seed: number) => {
      const runner = createStudyRunner(deps(), settings);
      await runner.start({ ...settings, seed });
      await until(runner, 'finished');
      const obs = runner.getSnapshot().loop?.observations ?? [];
      runner.dispose();
      return obs.map((o) => ({ x: o.x, y: o.y }));
    };
    const a = await values(3);
    expect(await values(3)).toEqual(a);
    expect(await values(4)).not.toEqual(a);
  });

  it('restores recorded trials paused, trains nothing until resumed, then finishes the budget', async () => {
    const first = createStudyRunner(deps(), settings);
    await first.start(settings);
    await until(first, 'finished');
    const done = first.getSnapshot().trials;
    first.dispose();

    let clients = 0;
    let loads = 0;
    const base = deps();
    const runner = createStudyRunner(
      {
        ...base,
        createClient: (b) => (clients++, base.createClient(b)),
        loadData: (s) => (loads++, base.loadData(s)),
      },
      settings,
    );
    runner.restore(settings, done.slice(0, 2));
    const restored = runner.getSnapshot();
    expect(restored.status).toBe('paused');
    expect(restored.trials.map((r) => r.x)).toEqual(done.slice(0, 2).map((r) => r.x));
    expect(restored.loop?.observations.map((o) => o.y)).toEqual(
      done.slice(0, 2).map((r) => r.value),
    );
    expect([clients, loads]).toEqual([0, 0]);

    runner.resume();
    await until(runner, 'finished');
    const s = runner.getSnapshot();
    expect([clients, loads]).toEqual([1, 1]);
    // The same seed and the same recorded trials lead to the same remaining ones.
    expect(s.trials.map((r) => [r.x, r.value])).toEqual(done.map((r) => [r.x, r.value]));
    runner.dispose();
  });

  it('records a diverging point as failed and goes on', async () => {
    const longer = { ...settings, fixed: { ...settings.fixed, epochs: 20 } };
    const runner = createStudyRunner(deps(), longer);
    void runner.start(longer);
    await until(runner, 'running');
    runner.queuePoint([1, -4]);
    await until(runner, 'finished');
    const s = runner.getSnapshot();
    const manual = s.trials.filter((r) => r.phase === 'manual');
    expect(manual).toHaveLength(1);
    expect(manual[0]?.status).toBe('diverged');
    expect(manual[0]?.value).toBeNull();
    expect(s.loop?.observations.find((o) => o.phase === 'manual')?.y).toBeNull();
    expect(s.trials.filter((r) => r.phase !== 'manual')).toHaveLength(4);
    runner.dispose();
  });

  it('does not record a cancelled trial, pauses, and retrains that point on resume', async () => {
    const slow = { ...settings, fixed: { ...settings.fixed, epochs: 200, batch: 1 } };
    const runner = createStudyRunner(deps(), slow);
    let cancelled = false;
    runner.subscribe(() => {
      const live = runner.getSnapshot().live;
      if (!cancelled && live && live.epochs.length >= 1) {
        cancelled = true;
        runner.cancelTrial();
      }
    });
    void runner.start(slow);
    await until(runner, 'paused');
    const s = runner.getSnapshot();
    expect(s.trials).toHaveLength(0);
    expect(s.loop?.observations).toHaveLength(0);
    expect(s.cancelled).toBe(1);
    runner.dispose();
  });

  it('re-runs on cpu a trial whose backend failed under it, and stops on a cpu failure', async () => {
    let made = 0;
    const failing = (): TrainerPort => {
      made++;
      const inner = inProcessPort(tf);
      if (made > 1) return inner;
      let listener: (m: FromTrainer) => void = () => undefined;
      return {
        ...inner,
        listen: (cb, onFailure) => {
          listener = cb;
          inner.listen(cb, onFailure);
        },
        postMessage: (msg) => {
          if (msg.type !== 'train') inner.postMessage(msg);
          else
            setTimeout(() => listener({ type: 'error', trialId: msg.trialId, message: 'lost' }), 0);
        },
      };
    };
    const runner = createStudyRunner(deps(failing), settings);
    await runner.start({ ...settings, backend: 'wasm' });
    await until(runner, 'finished');
    expect(runner.getSnapshot().rerun).toBe(1);
    expect(runner.getSnapshot().trials).toHaveLength(4);
    runner.dispose();
  });

  it('re-runs a trial whose worker crashed, on cpu, without recording the broken one', async () => {
    let made = 0;
    const crashing = (): TrainerPort => {
      made++;
      const inner = inProcessPort(tf);
      if (made > 1) return inner;
      let crash: (m: string) => void = () => undefined;
      return {
        ...inner,
        listen: (cb, onFailure) => {
          crash = onFailure;
          inner.listen(cb, onFailure);
        },
        postMessage: (msg) => {
          if (msg.type === 'train') setTimeout(() => crash('context lost'), 0);
          else inner.postMessage(msg);
        },
      };
    };
    const runner = createStudyRunner(deps(crashing), settings);
    await runner.start({ ...settings, backend: 'webgl' });
    await until(runner, 'finished');
    const s = runner.getSnapshot();
    expect(made).toBe(2);
    expect(s.rerun).toBe(1);
    expect(s.trials).toHaveLength(4);
    expect(s.settings.backend).toBe('cpu');
    runner.dispose();
  });
});
