/**
 * Runs a study: asks the BO loop for the next point, trains it in the worker, records the result,
 * and repeats until the budget is spent. The loop state is the pure one of src/bo (suggest/observe);
 * this module only sequences it around the asynchronous training and publishes snapshots.
 *
 * - A trial that diverges is recorded as failed (value null, with the reason) and the study goes on.
 * - A cancelled trial is not recorded and the study pauses (resuming retrains the same point).
 * - A trial interrupted by the worker dying (e.g. a lost WebGL context) is re-run on a fresh cpu
 *   worker and never recorded half-done.
 */
import { budget, isFinished, observe } from '../../bo/loop.ts';
import type { LoopState, Phase } from '../../bo/types.ts';
import type { Dataset, SplitData } from '../data/types.ts';
import { decode, type TrainConfig } from '../hyperparams.ts';
import { trialSeed, type Boundary, type EpochMetrics } from '../train/trainer.ts';
import { TrainerCrashedError, type TrainerClient } from '../worker/client.ts';
import type { BackendChoice, BackendInfo } from '../worker/protocol.ts';
import { boundaryFrame, type BoundaryFrame } from './boundary.ts';
import { netLoopConfig, type NetStudySettings } from './settings.ts';

export interface TrialRecord {
  /** 0-based index of the observation in the loop state. */
  readonly index: number;
  readonly x: readonly number[];
  readonly config: TrainConfig;
  readonly phase: Phase;
  readonly status: 'ok' | 'diverged';
  readonly value: number | null;
  readonly epochs: readonly EpochMetrics[];
  readonly ms: number;
  /** Wall time since the study started when this trial was recorded (Keras' "Total elapsed"). */
  readonly wallMs: number;
  /** Live tfjs tensors in the worker after this trial (flat across trials: nothing leaks). */
  readonly tensors: number;
  readonly boundary: Boundary | null;
  readonly error?: string;
}

export interface LiveTrial {
  readonly index: number;
  readonly x: readonly number[];
  readonly config: TrainConfig;
  readonly phase: Phase;
  readonly epochs: readonly EpochMetrics[];
  readonly boundary: Boundary | null;
  readonly startedAt: number;
}

export type RunStatus =
  'idle' | 'loading' | 'running' | 'pausing' | 'paused' | 'finished' | 'error';

export interface StudySnapshot {
  readonly settings: NetStudySettings;
  readonly status: RunStatus;
  readonly loop: LoopState | null;
  readonly trials: readonly TrialRecord[];
  readonly live: LiveTrial | null;
  readonly backend: BackendInfo | null;
  readonly data: {
    readonly split: SplitData;
    readonly raw: Dataset;
    readonly frame: BoundaryFrame | null;
  } | null;
  /** Trials cancelled by the user (not recorded), and trials re-run after a worker crash. */
  readonly cancelled: number;
  readonly rerun: number;
  readonly error: string | null;
  /** Points the user asked to train next (search units), first first. */
  readonly queued: readonly (readonly number[])[];
  /** When the study started (the runner's clock), null before. */
  readonly startedAt: number | null;
}

export interface RunnerDeps {
  readonly createClient: (backend: BackendChoice) => TrainerClient;
  readonly loadData: (s: NetStudySettings) => Promise<{ raw: Dataset; split: SplitData }>;
  /** The next proposal for a state (the screen passes the cached analysis it also draws). */
  readonly propose: (state: LoopState) => { x: readonly number[]; phase: Phase };
  readonly now?: () => number;
}

export interface StudyRunner {
  getSnapshot(): StudySnapshot;
  subscribe(cb: () => void): () => void;
  start(settings: NetStudySettings): Promise<void>;
  pause(): void;
  resume(): void;
  cancelTrial(): void;
  queuePoint(x: readonly number[]): void;
  reset(settings: NetStudySettings): void;
  /**
   * Shows recorded trials (a saved or shared study) as a study paused after them, or finished:
   * nothing trains until resume(), which loads the data first.
   */
  restore(settings: NetStudySettings, trials: readonly TrialRecord[]): void;
  dispose(): void;
}

export function createStudyRunner(deps: RunnerDeps, initial: NetStudySettings): StudyRunner {
  const now = deps.now ?? (() => performance.now());
  const listeners = new Set<() => void>();
  let snap: StudySnapshot = empty(initial);
  let client: TrainerClient | null = null;
  let current: { cancel(): void } | null = null;
  let generation = 0;
  let looping = false;

  const set = (patch: Partial<StudySnapshot>) => {
    snap = { ...snap, ...patch };
    for (const l of listeners) l();
  };

  const ensureClient = async (backend: BackendChoice): Promise<TrainerClient> => {
    if (!client) {
      client = deps.createClient(backend);
      const info = await client.ready;
      set({ backend: info });
      const d = snap.data;
      if (d) client.setData(d.split, d.frame?.grid ?? null);
    }
    return client;
  };

  // A restored study has its trials but not its data until it resumes.
  const ensureData = async (gen: number): Promise<void> => {
    if (snap.data) return;
    const { raw, split } = await deps.loadData(snap.settings);
    if (gen !== generation) return;
    const frame = raw.d === 2 ? boundaryFrame(raw, split) : null;
    set({ data: { raw, split, frame } });
    client?.setData(split, frame?.grid ?? null);
  };

  const loop = async (gen: number): Promise<void> => {
    if (looping) return;
    looping = true;
    try {
      await ensureData(gen);
      while (gen === generation && snap.status === 'running' && snap.loop) {
        const state = snap.loop;
        const queued = snap.queued[0];
        if (!queued && isFinished(state)) {
          set({ status: 'finished' });
          return;
        }
        const proposal = queued ? { x: queued, phase: 'manual' as Phase } : deps.propose(state);
        const outcome = await runTrial(gen, state, proposal.x, proposal.phase);
        if (gen !== generation) return;
        if (outcome === 'cancelled') {
          set({ live: null, status: 'paused', cancelled: snap.cancelled + 1 });
          return;
        }
        if (outcome === 'rerun') continue;
        if (queued) set({ queued: snap.queued.slice(1) });
        if ((snap.status as RunStatus) === 'pausing') set({ status: 'paused' });
      }
    } catch (e) {
      if (gen === generation)
        set({ status: 'error', live: null, error: e instanceof Error ? e.message : String(e) });
    } finally {
      looping = false;
    }
  };

  const runTrial = async (
    gen: number,
    state: LoopState,
    x: readonly number[],
    phase: Phase,
  ): Promise<'recorded' | 'cancelled' | 'rerun'> => {
    const c = await ensureClient(snap.settings.backend);
    const settings = snap.settings;
    const config = decode(settings.searched, x, settings.fixed);
    const index = state.observations.length;
    let live: LiveTrial = { index, x, config, phase, epochs: [], boundary: null, startedAt: now() };
    set({ live });
    const run = c.train(config, trialSeed(settings.seed, index), (m, b) => {
      if (gen !== generation) return;
      live = { ...live, epochs: [...live.epochs, m], boundary: b ?? live.boundary };
      set({ live });
    });
    current = run;
    let result;
    try {
      result = await run.done;
    } catch (e) {
      if (gen !== generation) return 'cancelled';
      // The worker died, or the backend failed under the trial (a lost WebGL context, memory):
      // start a cpu worker and train this point again. An error on cpu is the study's end.
      const interrupted = e instanceof TrainerCrashedError || snap.settings.backend !== 'cpu';
      if (!interrupted) throw e;
      client?.dispose();
      client = null;
      set({ settings: { ...snap.settings, backend: 'cpu' }, rerun: snap.rerun + 1 });
      return 'rerun';
    } finally {
      current = null;
    }
    if (gen !== generation) return 'cancelled';
    if (result.status === 'cancelled') return 'cancelled';
    const value = settings.metric === 'val-acc' ? result.bestValAcc : result.bestValLoss;
    const ok = result.status === 'ok' && Number.isFinite(value);
    const error = ok ? undefined : (result.error ?? 'no finite validation metric');
    const record: TrialRecord = {
      index,
      x,
      config,
      phase,
      status: ok ? 'ok' : 'diverged',
      value: ok ? value : null,
      epochs: result.epochs,
      ms: result.ms,
      wallMs: now() - (snap.startedAt ?? now()),
      tensors: c.tensors,
      boundary: live.boundary,
      ...(error ? { error } : {}),
    };
    const next = observe(
      state,
      x,
      ok ? { ok: true, value } : { ok: false, error: error ?? 'failed' },
      phase,
    );
    set({ loop: next, trials: [...snap.trials, record], live: null });
    return 'recorded';
  };

  function resume(): void {
    if (snap.status === 'pausing') set({ status: 'running' });
    else if (snap.status === 'paused' || (snap.status === 'finished' && snap.queued.length)) {
      set({ status: 'running' });
      void loop(generation);
    }
  }

  return {
    getSnapshot: () => snap,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    async start(settings) {
      const gen = ++generation;
      current?.cancel();
      client?.dispose();
      client = null;
      set({ ...empty(settings), status: 'loading', startedAt: now() });
      try {
        const { raw, split } = await deps.loadData(settings);
        if (gen !== generation) return;
        const frame = raw.d === 2 ? boundaryFrame(raw, split) : null;
        set({
          data: { raw, split, frame },
          loop: { config: netLoopConfig(settings), observations: [] },
        });
        await ensureClient(settings.backend);
        if (gen !== generation) return;
        set({ status: 'running' });
        await loop(gen);
      } catch (e) {
        if (gen === generation)
          set({ status: 'error', error: e instanceof Error ? e.message : String(e) });
      }
    },
    pause() {
      if (snap.status === 'running') set({ status: 'pausing' });
    },
    resume,
    cancelTrial() {
      current?.cancel();
    },
    queuePoint(x) {
      set({ queued: [...snap.queued, [...x]] });
      if (snap.status === 'finished') resume();
    },
    reset(settings) {
      generation++;
      current?.cancel();
      set(empty(settings));
    },
    restore(settings, trials) {
      generation++;
      current?.cancel();
      client?.dispose();
      client = null;
      let state: LoopState = { config: netLoopConfig(settings), observations: [] };
      for (const r of trials) {
        const outcome =
          r.value === null
            ? { ok: false as const, error: r.error ?? 'failed' }
            : { ok: true as const, value: r.value };
        state = observe(state, r.x, outcome, r.phase);
      }
      const records = trials.map((r, index) => ({ ...r, index }));
      set({
        ...empty(settings),
        loop: state,
        trials: records,
        status: isFinished(state) ? 'finished' : 'paused',
        // Elapsed time goes on from where the recorded trials left it.
        startedAt: now() - (records.at(-1)?.wallMs ?? 0),
      });
    },
    dispose() {
      generation++;
      current?.cancel();
      client?.dispose();
      client = null;
      listeners.clear();
    },
  };
}

function empty(settings: NetStudySettings): StudySnapshot {
  return {
    settings,
    status: 'idle',
    loop: null,
    trials: [],
    live: null,
    backend: null,
    data: null,
    cancelled: 0,
    rerun: 0,
    error: null,
    queued: [],
    startedAt: null,
  };
}

/** Trials that count toward the budget, and the budget. */
export function progress(s: StudySnapshot): { done: number; total: number } {
  const loop = s.loop;
  if (!loop) return { done: 0, total: s.settings.initPoints + s.settings.iterations };
  const done = loop.observations.filter((o) => o.phase !== 'manual').length;
  return { done, total: budget(loop.config) };
}
