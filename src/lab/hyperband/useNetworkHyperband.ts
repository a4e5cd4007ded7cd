/**
 * Runs one Hyperband iteration on the network (networkSource) from the figure: loads the dataset,
 * starts the training worker once (kept between runs, disposed when the figure unmounts), trains
 * one model at a time and publishes progress at most every REDRAW_MS. A cancelled run (Cancel, a
 * changed control, unmounting) keeps nothing: its partial results are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadDataset, type DatasetId } from '../../nn/data/catalog.ts';
import { splitAndStandardize } from '../../nn/data/split.ts';
import { defaultNetSettings, DATA_SEED, VAL_FRACTION } from '../../nn/study/settings.ts';
import { TrainerClient, wasmPaths, workerPort } from '../../nn/worker/client.ts';
import type { BackendInfo } from '../../nn/worker/protocol.ts';
import {
  createHyperbandBook,
  runHyperbandAsync,
  type AsyncCurveSource,
  type HbRun,
  type TrainRequest,
} from './book.ts';
import { sampleConfig } from './curves.ts';
import { HbCancelledError, networkSource } from './networkSource.ts';

/** What a network run is asked to do. */
export interface NetParams {
  readonly dataset: DatasetId;
  readonly maxEpochs: number;
  readonly factor: number;
  readonly seed: number;
}

export type NetStatus = 'idle' | 'loading' | 'running' | 'cancelled' | 'done' | 'error';

/** The training in progress: which model, to which epoch, and how far it is. */
export interface NetCurrent {
  readonly bracket: number;
  readonly rung: number;
  readonly trial: number;
  readonly epoch: number;
  readonly to: number;
  /** Its validation loss per epoch so far (a promoted model retrains from epoch 1). */
  readonly curve: readonly number[];
}

export interface NetState {
  readonly status: NetStatus;
  readonly params: NetParams | null;
  /** The run so far while running, the whole run when done; null otherwise (nothing half-done). */
  readonly run: HbRun | null;
  /** Trainings finished and planned (fewer run when trials diverge). */
  readonly done: number;
  readonly total: number;
  readonly plannedEpochs: number;
  /** Epochs computed in the page, the retrained ones included. */
  readonly trainedEpochs: number;
  readonly replays: number;
  readonly replayMismatches: number;
  readonly wallMs: number;
  readonly current: NetCurrent | null;
  readonly backend: BackendInfo | null;
  readonly error: string | null;
}

const IDLE: NetState = {
  status: 'idle',
  params: null,
  run: null,
  done: 0,
  total: 0,
  plannedEpochs: 0,
  trainedEpochs: 0,
  replays: 0,
  replayMismatches: 0,
  wallMs: 0,
  current: null,
  backend: null,
  error: null,
};

/** Shortest interval between two redraws while training (epochs end up to 40 times a second). */
const REDRAW_MS = 120;

/** The noise of the synthetic 2D sets: the network screen's default. */
const DATA_NOISE = defaultNetSettings().noise;

export interface NetworkHyperband {
  readonly state: NetState;
  start(params: NetParams): void;
  /** Stops a run; what it trained is dropped. */
  cancel(): void;
  /** Stops a run if one is going and forgets the last one (its settings no longer apply). */
  reset(): void;
}

export function useNetworkHyperband(): NetworkHyperband {
  const [state, setState] = useState<NetState>(IDLE);
  const latest = useRef<NetState>(IDLE);
  const client = useRef<{ client: TrainerClient; data: string | null } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastDraw = useRef(0);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    lastDraw.current = performance.now();
    setState(latest.current);
  }, []);
  /** Publishes at once (status changes) or at most every REDRAW_MS (progress). */
  const publish = useCallback(
    (patch: Partial<NetState>, now = false) => {
      latest.current = { ...latest.current, ...patch };
      if (now) return flush();
      if (timer.current !== null) return;
      const wait = Math.max(0, lastDraw.current + REDRAW_MS - performance.now());
      timer.current = setTimeout(flush, wait);
    },
    [flush],
  );

  const stop = useCallback(
    (next: Partial<NetState>) => {
      const c = controller.current;
      controller.current = null;
      c?.abort(new HbCancelledError());
      publish({ ...next, run: null, current: null }, true);
    },
    [publish],
  );

  const cancel = useCallback(() => {
    if (controller.current) stop({ status: 'cancelled' });
  }, [stop]);

  const reset = useCallback(() => {
    if (controller.current || latest.current.status !== 'idle') stop({ ...IDLE });
  }, [stop]);

  const start = useCallback(
    (params: NetParams) => {
      controller.current?.abort(new HbCancelledError());
      const ctl = new AbortController();
      controller.current = ctl;
      const { signal } = ctl;
      const t0 = performance.now();
      const book = createHyperbandBook(params.maxEpochs, params.factor, (id) =>
        sampleConfig(params.seed, id),
      );
      publish(
        {
          ...IDLE,
          status: 'loading',
          params,
          total: book.plannedTrainings,
          plannedEpochs: book.plannedEpochs,
          backend: latest.current.backend,
        },
        true,
      );
      const mine = () => controller.current === ctl && !signal.aborted;
      void (async () => {
        try {
          const raw = await loadDataset(params.dataset, DATA_NOISE, DATA_SEED);
          const split = splitAndStandardize(raw, VAL_FRACTION, DATA_SEED);
          signal.throwIfAborted();
          if (!client.current) {
            client.current = {
              client: new TrainerClient('auto', workerPort(), wasmPaths()),
              data: null,
            };
          }
          const held = client.current;
          const backend = await held.client.ready;
          signal.throwIfAborted();
          const dataKey = `${params.dataset}:${DATA_NOISE}`;
          if (held.data !== dataKey) {
            held.client.setData(split, null);
            held.data = dataKey;
          }
          publish({ status: 'running', backend, wallMs: performance.now() - t0 }, true);
          let liveCurve: number[] = [];
          const show = (req: TrainRequest, epoch: number) => {
            if (!mine()) return;
            publish({
              current: {
                bracket: req.bracket,
                rung: req.rung,
                trial: req.trial.id,
                epoch,
                to: req.to,
                curve: liveCurve,
              },
              wallMs: performance.now() - t0,
            });
          };
          const { source: train, tally } = networkSource(held.client, params.seed, (req, m) => {
            // A new array per epoch: the plot redraws on a changed reference.
            liveCurve = [...liveCurve, m.valLoss];
            show(req, m.epoch);
          });
          const source: AsyncCurveSource = (req, sig) => {
            liveCurve = [];
            show(req, 0);
            return train(req, sig);
          };
          const progress = (run: HbRun, done: number) => ({
            run,
            done,
            trainedEpochs: tally.trainedEpochs,
            replays: tally.replays,
            replayMismatches: tally.replayMismatches,
            wallMs: performance.now() - t0,
          });
          const run = await runHyperbandAsync(book, source, signal, (snapshot, req) => {
            if (mine()) publish(progress(snapshot, req.index + 1));
          });
          if (!mine()) return;
          controller.current = null;
          publish({ ...progress(run, latest.current.done), status: 'done', current: null }, true);
        } catch (e) {
          if (!mine()) return;
          controller.current = null;
          // A worker that died (or a backend that failed) is replaced on the next run.
          client.current?.client.dispose();
          client.current = null;
          publish(
            {
              status: 'error',
              run: null,
              current: null,
              error: e instanceof Error ? e.message : String(e),
            },
            true,
          );
        }
      })();
    },
    [publish],
  );

  useEffect(
    () => () => {
      controller.current?.abort(new HbCancelledError());
      controller.current = null;
      if (timer.current !== null) clearTimeout(timer.current);
      client.current?.client.dispose();
      client.current = null;
    },
    [],
  );

  return { state, start, cancel, reset };
}
