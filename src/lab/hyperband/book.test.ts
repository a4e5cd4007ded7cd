import { describe, expect, it } from 'vitest';
import {
  createHyperbandBook,
  lastLoss,
  runHyperband,
  runHyperbandAsync,
  type AsyncCurveSource,
  type CurveSource,
  type HbRun,
  type TrainRequest,
} from './book.ts';
import { sampleConfig } from './curves.ts';
import { bracketEpochs } from './schedule.ts';
import { syntheticSource } from './simulate.ts';

const book = (maxEpochs = 27, factor = 3, seed = 4) =>
  createHyperbandBook(maxEpochs, factor, (id) => sampleConfig(seed, id));

/** An asynchronous source that answers like `sync`, after a few macrotasks of its own. */
function later(sync: CurveSource, log: TrainRequest[] = []): AsyncCurveSource {
  return async (req, signal) => {
    log.push(req);
    for (let k = 0; k < (req.index % 3) + 1; k++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      signal.throwIfAborted();
    }
    return sync(req);
  };
}

/** Trials that reached rung r or beyond, per bracket. */
const reached = (run: HbRun, bracket: number, r: number) =>
  run.brackets[bracket]?.trials.filter((t) => t.rung >= r && t.epochs > 0).length;

describe('the Hyperband book with a pluggable curve source', () => {
  it('gives the same run on an asynchronous source as on the synchronous one', async () => {
    const sync = syntheticSource(0.03, 4);
    const a = runHyperband(book(), sync);
    const log: TrainRequest[] = [];
    const progress: number[] = [];
    const b = await runHyperbandAsync(book(), later(sync, log), new AbortController().signal, (r) =>
      progress.push(r.totalEpochs),
    );
    expect(b).toEqual(a);
    // One request per model per rung; progress after each, never going back.
    expect(log.map((r) => r.index)).toEqual(log.map((_, i) => i));
    expect(progress).toHaveLength(log.length);
    expect(progress.every((v, i) => i === 0 || v >= (progress[i - 1] as number))).toBe(true);
    expect(progress.at(-1)).toBe(a.totalEpochs);
  });

  it('asks each rung for its models from where they stopped, and charges only the new epochs', async () => {
    const log: TrainRequest[] = [];
    const b = book(9, 3);
    const run = await runHyperbandAsync(
      b,
      later(syntheticSource(0.03, 1), log),
      new AbortController().signal,
    );
    expect(log).toHaveLength(b.plannedTrainings);
    run.schedule.brackets.forEach((bracket, i) => {
      bracket.rungs.forEach((rung, r) => {
        const asked = log.filter((q) => q.bracket === bracket.index && q.rung === r);
        expect(asked).toHaveLength(rung.trials);
        expect(reached(run, i, r)).toBe(rung.trials);
        for (const q of asked) {
          expect(q.to).toBe(rung.epochs);
          expect(q.from).toBe(r === 0 ? 0 : bracket.rungs[r - 1]?.epochs);
          expect(q.trial.curve).toHaveLength(q.from);
        }
      });
      expect(run.brackets[i]?.epochs).toBe(bracketEpochs(bracket));
    });
    expect(run.totalEpochs).toBe(b.plannedEpochs);
  });

  it('counts a diverged trial as +Infinity: charged for the epochs it ran, never promoted', () => {
    // Bracket 2 of max_epochs 9 (9 models at 1 epoch, 3 at 3, 1 at 9): the two best-looking models
    // diverge, one in its first epoch and one in the first epoch of the second rung (epoch 2).
    const honest = syntheticSource(0, 2);
    const clean = runHyperband(book(9, 3, 2), honest);
    const first = clean.brackets[0];
    if (!first) throw new Error('no bracket');
    const [a, b] = [...first.trials].sort((x, y) => (x.curve[0] ?? 0) - (y.curve[0] ?? 0));
    if (!a || !b) throw new Error('too few trials');
    const source: CurveSource = (req) => {
      const ok = honest(req);
      if (req.trial.id === a.id) return { losses: [NaN], diverged: true };
      if (req.trial.id === b.id && req.to === 3) return { losses: [1e9], diverged: true };
      return ok;
    };
    const run = runHyperband(book(9, 3, 2), source);
    const bracket = run.brackets[0];
    const da = bracket?.trials.find((t) => t.id === a.id);
    const db = bracket?.trials.find((t) => t.id === b.id);
    expect(da).toMatchObject({ diverged: true, rung: 0, epochs: 1, curve: [] });
    // Diverged at epoch 2 of rung 1: the failing epoch's loss is left out, its epochs charged.
    expect(db).toMatchObject({ diverged: true, rung: 1, epochs: 2 });
    expect(db?.curve).toEqual(first.trials.find((t) => t.id === b.id)?.curve.slice(0, 1));
    expect(lastLoss(db ?? a)).toBe(Infinity);
    // Rung 1 still got its 3 models (the next best instead of the diverged one); rung 2 its 1.
    expect(reached(run, 0, 1)).toBe(3);
    expect(bracket?.trials.filter((t) => t.rung === 2)).toHaveLength(1);
    expect(bracket?.winner?.diverged).toBe(false);
    expect(bracket?.epochs).toBe(9 * 1 + (2 * 2 + 1) + 6);
  });

  it('has no winner in a bracket whose models all diverge, and goes on to the next', () => {
    const honest = syntheticSource(0.02, 3);
    const source: CurveSource = (req) =>
      req.bracket === 2 ? { losses: [Infinity], diverged: true } : honest(req);
    const run = runHyperband(book(9, 3, 3), source);
    expect(run.brackets.map((b) => b.index)).toEqual([2, 1, 0]);
    expect(run.brackets[0]?.winner).toBeNull();
    expect(run.brackets[0]?.trials.every((t) => t.rung === 0 && t.epochs === 1)).toBe(true);
    expect(run.best).not.toBeNull();
    expect(run.brackets.slice(1).every((b) => b.winner !== null)).toBe(true);
  });

  it('stops when cancelled: the run rejects and the source is not asked again', async () => {
    const ctl = new AbortController();
    const log: TrainRequest[] = [];
    const source = later(syntheticSource(0.02, 1), log);
    const cancelling: AsyncCurveSource = async (req, signal) => {
      if (req.index === 5) ctl.abort(new Error('user cancelled'));
      return source(req, signal);
    };
    await expect(runHyperbandAsync(book(), cancelling, ctl.signal)).rejects.toThrow(
      'user cancelled',
    );
    expect(log).toHaveLength(6);
  });

  it('shows the run so far between trainings, and insists on one training at a time', () => {
    const b = book(9, 3);
    expect(b.snapshot().brackets).toEqual([]);
    const req = b.next();
    expect(req).toMatchObject({ bracket: 2, rung: 0, from: 0, to: 1, index: 0 });
    expect(() => b.next()).toThrow(/record/);
    b.record({ losses: [1.5], diverged: false });
    const snap = b.snapshot();
    expect(snap.brackets).toHaveLength(1);
    expect(snap.brackets[0]?.trials).toHaveLength(9);
    expect(snap.brackets[0]?.winner).toBeNull();
    expect(snap.totalEpochs).toBe(1);
    expect(() => {
      b.record({ losses: [1], diverged: false });
      b.record({ losses: [1], diverged: false });
    }).toThrow(/no training/);
  });
});
