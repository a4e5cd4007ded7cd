/** The view toggles and playback slices of the store. */
import type { StateCreator } from 'zustand';
import { clampSetting, VIEW_SETTINGS, type Band, type SliceMode } from '../bo/settingsSchema.ts';
import type { AnalysisJobs } from './analysisJobs.ts';
import * as H from './history.ts';
import type { AppState } from './store.ts';

export interface ViewSlice {
  readonly showTruth: boolean;
  readonly band: Band;
  readonly sampleCount: number;
  readonly compareAll: boolean;
  readonly helpOpen: boolean;
  readonly slice: SliceMode;
  setShowTruth(v: boolean): void;
  setBand(b: Band): void;
  setSampleCount(n: number): void;
  setCompareAll(v: boolean): void;
  setHelpOpen(v: boolean): void;
  setSlice(m: SliceMode): void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  showTruth: true,
  band: 'ci95',
  sampleCount: 0,
  compareAll: false,
  helpOpen: false,
  slice: 'off',
  setShowTruth: (showTruth) => set({ showTruth }),
  setBand: (band) => set({ band }),
  setSampleCount: (n) => set({ sampleCount: clampSetting(VIEW_SETTINGS.sampleCount, n) }),
  setCompareAll: (compareAll) => set({ compareAll }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setSlice: (slice) => set({ slice }),
});

export interface PlaybackSlice {
  readonly playing: boolean;
  /** A step is waiting for the analysis worker to choose its point (the Step button shows busy). */
  readonly stepBusy: boolean;
  /** Delay between automatic steps. */
  readonly speedMs: number;
  /**
   * The analysis-job queue Step waits on and the screens ask (a service with a worker). The app's
   * startup sets it once (app/startup.ts startServices); without one, as in component tests and
   * the CLI, every analysis is computed in place.
   */
  readonly analysisJobs: AnalysisJobs | null;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(ms: number): void;
}

const clampInt = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set, get) => ({
  playing: false,
  stepBusy: false,
  speedMs: 700,
  analysisJobs: null,
  play: () => set({ playing: H.canStep(get().history) }),
  pause: () => set({ playing: false }),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  setSpeed: (ms) => set({ speedMs: clampInt(ms, 50, 5000) }),
});
