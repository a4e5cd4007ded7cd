import { describe, expect, it } from 'vitest';
import { computeSurfaceRows } from '../../src/gpu/surfaceChunk.ts';
import { createSurfaceHandler } from '../../src/gpu/surfaceHandler.ts';
import type { FromSurfaceWorker, ToSurfaceWorker } from '../../src/gpu/surfaceProtocol.ts';
import { testJob } from '../../src/gpu/testing/jobs.ts';
import {
  handleSimMessage,
  runTask,
  type FromSimWorker,
  type SimTask,
  type ToSimWorker,
} from '../../src/lab/sim/tasks.ts';
import { inProcessPort, type Port } from '../../src/workers/port.ts';
import { TaskPool, type PoolTask } from '../../src/workers/taskPool.ts';

/** Wraps a port so that every message sent to it is logged. */
function logged<In, Out>(port: Port<In, Out>, log: In[]): Port<In, Out> {
  return { ...port, postMessage: (msg, t) => (log.push(msg), port.postMessage(msg, t)) };
}

const simPort = (): Port<ToSimWorker, FromSimWorker> =>
  inProcessPort(
    (post: (r: FromSimWorker) => void) => (m: ToSimWorker) => handleSimMessage(m, post),
  );

class SimUnit implements PoolTask<ToSimWorker> {
  readonly group = 0;
  constructor(
    readonly id: number,
    readonly task: SimTask,
  ) {}
  start(port: Port<ToSimWorker, unknown>): void {
    port.postMessage({ type: 'run', id: this.id, task: this.task });
  }
}

class BandUnit implements PoolTask<ToSurfaceWorker> {
  constructor(
    readonly group: number,
    readonly job: ReturnType<typeof testJob>,
    readonly rowStart: number,
    readonly rowEnd: number,
  ) {}
  start(port: Port<ToSurfaceWorker, unknown>, hasSetup: boolean): void {
    if (!hasSetup) port.postMessage({ type: 'job', jobId: this.group, job: this.job });
    const { rowStart, rowEnd } = this;
    port.postMessage({ type: 'rows', jobId: this.group, chunk: rowStart, rowStart, rowEnd });
  }
}

const kernel = { type: 'matern52', lengthScale: 0.8, variance: 1 } as const;
const tasks: SimTask[] = [1, 2, 3, 4, 5].map((seed) => ({
  kind: 'race',
  objective: 'forrester',
  strategy: 'random',
  budget: 6,
  seed,
}));

describe('TaskPool', () => {
  it('runs lab simulations: every task once, spread over the ports', async () => {
    const logs: ToSimWorker[][] = [[], []];
    const results = new Map<number, unknown>();
    await new Promise<void>((done) => {
      const pool = new TaskPool<ToSimWorker, FromSimWorker, SimUnit>(
        logs.map((l) => logged(simPort(), l)),
        {
          ends: () => true,
          onReply: (msg) => {
            if (msg.type === 'done') results.set(msg.id, msg.result);
            if (results.size === tasks.length) done();
          },
        },
      );
      pool.push(...tasks.map((t, i) => new SimUnit(i, t)));
    });
    expect([...results.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    for (const [i, r] of results) expect(r).toEqual(runTask(tasks[i] as SimTask));
    expect(logs.every((l) => l.length >= 2)).toBe(true);
  });

  it('runs surface bands: the setup once per port and group, forgotten when dropped', async () => {
    const logs: ToSurfaceWorker[][] = [[], []];
    const job = testJob(20, 12, kernel, { type: 'ucb', kappa: 2 });
    const mean = new Float64Array(job.side * job.side);
    let pool: TaskPool<ToSurfaceWorker, FromSurfaceWorker, BandUnit> | null = null;
    await new Promise<void>((done) => {
      let rows = 0;
      pool = new TaskPool(
        logs.map((l) => logged(inProcessPort(createSurfaceHandler), l)),
        {
          ends: () => true,
          forget: (jobId) => ({ type: 'drop', jobId }),
          onReply: (msg, band) => {
            if (msg.type !== 'rows' || !band) return;
            mean.set(msg.mean, msg.rowStart * job.side);
            rows += msg.rowEnd - msg.rowStart;
            if (rows === job.side) done();
          },
        },
      );
      const bands = [0, 3, 6, 9].map((r) => new BandUnit(5, job, r, r + 3));
      pool.push(...bands);
    });
    expect(mean).toEqual(computeSurfaceRows(job, 0, job.side).mean);
    (pool as unknown as TaskPool<ToSurfaceWorker, FromSurfaceWorker, BandUnit>).drop(5);
    for (const log of logs) {
      expect(log.filter((m) => m.type === 'job')).toHaveLength(1);
      expect(log.at(-1)).toEqual({ type: 'drop', jobId: 5 });
    }
  });

  it('moves the task of a port that fails to a replacement, or breaks without one', async () => {
    let fail: (m: string) => void = () => undefined;
    const dead: Port<ToSimWorker, FromSimWorker> = {
      postMessage: () => undefined,
      listen: (_m, onFailure) => (fail = onFailure),
      terminate: () => undefined,
    };
    const replies: FromSimWorker[] = [];
    const replaced = await new Promise<FromSimWorker[]>((done) => {
      const pool = new TaskPool<ToSimWorker, FromSimWorker, SimUnit>([dead], {
        ends: () => true,
        onReply: (msg) => (replies.push(msg), done(replies)),
        replace: () => simPort(),
      });
      pool.push(new SimUnit(0, tasks[0] as SimTask));
      fail('script 404');
    });
    expect(replaced).toEqual([{ type: 'done', id: 0, result: runTask(tasks[0] as SimTask) }]);

    const broken: string[] = [];
    const pool = new TaskPool<ToSimWorker, FromSimWorker, SimUnit>([dead], {
      ends: () => true,
      onReply: () => undefined,
      onBroken: (m) => broken.push(m),
    });
    pool.push(new SimUnit(0, tasks[0] as SimTask));
    fail('script 404');
    expect(broken).toEqual(['script 404']);
    expect(pool.broken).toBe('script 404');
  });
});
