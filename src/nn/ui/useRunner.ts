/**
 * The network study's runner, wired to the training worker, the datasets and the same cached
 * analysis the surrogate plots draw (so the point trained next is the one marked on them), and the
 * hook that draws its snapshots. The runner belongs to the app's study (studyHolder.ts), not to
 * the screen: leaving the screen neither stops nor forgets it.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { analysisFor } from '../../store/analysisCache.ts';
import { loadDataset } from '../data/catalog.ts';
import { splitAndStandardize } from '../data/split.ts';
import { createStudyRunner, type StudyRunner, type StudySnapshot } from '../study/runner.ts';
import { DATA_SEED, VAL_FRACTION, type NetStudySettings } from '../study/settings.ts';
import { TrainerClient, wasmPaths, workerPort } from '../worker/client.ts';

export function makeRunner(initial: NetStudySettings): StudyRunner {
  return createStudyRunner(
    {
      createClient: (backend) => new TrainerClient(backend, workerPort(), wasmPaths()),
      loadData: async (s) => {
        const raw = await loadDataset(s.dataset, s.noise, DATA_SEED);
        return { raw, split: splitAndStandardize(raw, VAL_FRACTION, DATA_SEED) };
      },
      propose: (state) => analysisFor(state).analysis.suggestion.proposal,
    },
    initial,
  );
}

/** Shortest interval between two redraws of the study. */
const REDRAW_MS = 150;

/** The runner's snapshot, redrawn at most every REDRAW_MS. */
export function useRunnerSnapshot(runner: StudyRunner): StudySnapshot {
  const subscribe = useCallback(
    (cb: () => void) => {
      // Epochs can end 30 times a second; redrawing the page that often costs more than it shows
      // (software rendering, slow machines). Redraw at most every REDRAW_MS, the last change always.
      let timer: ReturnType<typeof setTimeout> | null = null;
      let last = 0;
      const off = runner.subscribe(() => {
        if (timer !== null) return;
        const wait = Math.max(0, last + REDRAW_MS - performance.now());
        timer = setTimeout(() => {
          timer = null;
          last = performance.now();
          cb();
        }, wait);
      });
      return () => {
        if (timer !== null) clearTimeout(timer);
        off();
      };
    },
    [runner],
  );
  return useSyncExternalStore(subscribe, runner.getSnapshot);
}
