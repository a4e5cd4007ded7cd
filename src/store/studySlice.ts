/**
 * The study slice: settings, objective and history, and the actions that step, seek and retune
 * it. Actions are thin: the logic lives in pure functions (history.ts, bo/).
 */
import type { StateCreator } from 'zustand';
import { clampSetting, STUDY_SETTINGS as S, type ModelPreset } from '../bo/settingsSchema.ts';
import type { InitDesign, LoopState, Phase } from '../bo/types.ts';
import type { KernelType } from '../math/types.ts';
import type { Dim, Goal, Objective } from '../objectives/types.ts';
import { observe } from '../bo/loop.ts';
import { analysisFor, peekSuggestion } from './analysisCache.ts';
import { analysisRouteOf, type AnalysisJobs } from './analysisJobs.ts';
import * as H from './history.ts';
import {
  defaultBudget,
  DEFAULT_SETTINGS,
  hasNoFormula,
  resolveObjective,
  toLoopConfig,
  type AcquisitionType,
  type StudySettings,
} from './settings.ts';
import type { ControlId } from './shareSlice.ts';
import type { AppState } from './store.ts';
import type { ViewSlice } from './viewSlice.ts';

export interface StudySlice {
  readonly settings: StudySettings;
  readonly objective: Objective;
  readonly history: H.History;
  /**
   * The user set the initial points or iterations themselves: switching objectives then keeps
   * their budget instead of the per-dimension default (2 + 14 in 1D, 3 + 27 in 2D).
   */
  readonly budgetEdited: boolean;
  step(): void;
  back(): void;
  forward(): void;
  seek(cursor: number): void;
  reset(): void;
  newSeed(): void;
  setAcquisition(type: AcquisitionType): void;
  setXi(xi: number): void;
  setKappa(kappa: number): void;
  setKernelType(type: KernelType): void;
  /** The GP preset: the modern default or bayes_opt's exact model (bo/modelPreset.ts). */
  setModel(model: ModelPreset): void;
  setFitKernel(fit: boolean): void;
  setLengthScale(l: number): void;
  setArd(ard: boolean): void;
  setVariance(v: number): void;
  setObjective(id: string): void;
  /** Compiles and activates a formula; returns an error message and keeps the old objective if bad. */
  applyFormula(source: string, dims: readonly Dim[], goal: Goal): string | null;
  setInitDesign(d: InitDesign): void;
  setInitPoints(n: number): void;
  setIterations(n: number): void;
  setNoise(sd: number): void;
  setSeed(seed: number): void;
  probe(x: readonly number[]): void;
  /**
   * Adds a trial the user ran elsewhere: x with the value they typed (a study without a formula).
   * Returns false, changing nothing, unless the value is a finite number and x fits the box.
   */
  record(x: readonly number[], value: number, phase: Phase): boolean;
  moveObservation(i: number, x: readonly number[]): void;
  deleteObservation(i: number): void;
  /** Replaces study and view at once: a link, a saved session, imported trials (src/share). */
  loadStudy(study: LoadedStudy): void;
}

/**
 * A whole study to show, as src/share builds it from a link, a session or imported trials. Defined
 * here, not in share/, so that the store depends on nothing above it (share/ imports the store).
 */
export interface LoadedStudy {
  readonly settings: StudySettings;
  readonly objective: Objective;
  readonly history: H.History;
  readonly budgetEdited: boolean;
  readonly view: Pick<ViewSlice, 'showTruth' | 'band' | 'sampleCount' | 'compareAll' | 'slice'>;
  /** The controls a link or session hides in links made from here; absent: keep today's. */
  readonly classroomHide?: readonly ControlId[];
}

function defaultObjective(): Objective {
  const o = resolveObjective(DEFAULT_SETTINGS.objective);
  if (typeof o === 'string') throw new Error(o);
  return o;
}

function freshHistory(settings: StudySettings, objective: Objective): H.History {
  return H.startHistory(toLoopConfig(settings, objective), objective, settings.noise);
}

function studyFields(l: LoadedStudy) {
  const { settings, objective, history, budgetEdited, view, classroomHide } = l;
  const { showTruth, band, sampleCount, compareAll, slice } = view;
  return {
    ...(classroomHide ? { classroomHide: [...classroomHide] } : {}),
    settings,
    objective,
    history,
    budgetEdited,
    showTruth,
    band,
    sampleCount,
    compareAll,
    slice,
    playing: false,
  };
}

export const createStudySlice: StateCreator<AppState, [], [], StudySlice> = (set, get, api) => {
  /** Settings that only change how the current state is modelled and searched. */
  const retune = (patch: Partial<StudySettings>) => {
    const { objective, history } = get();
    const settings = { ...get().settings, ...patch };
    set({ settings, history: H.reconfigure(history, toLoopConfig(settings, objective)) });
  };
  /** Settings that change the whole study (objective, design, budget, noise, seed): start over. */
  const restart = (patch: Partial<StudySettings>, objective = get().objective) => {
    // A study from a file has no formula to replay: every trial in it is the user's, so a setting
    // that would start a formula's study over only changes how those trials are modelled.
    if (objective === get().objective && hasNoFormula(objective)) return retune(patch);
    const settings = { ...get().settings, ...patch };
    set({ settings, objective, history: freshHistory(settings, objective), playing: false });
  };
  /** A new objective: its dimension's default budget unless the user chose one. */
  const switchTo = (patch: Partial<StudySettings>, obj: Objective) => {
    const budget = get().budgetEdited ? {} : defaultBudget(obj.dims.length);
    restart({ ...patch, ...budget }, obj);
  };
  /**
   * A large study's step: the worker chooses the point while the page stays live, then the step is
   * taken, unless the study moved on meanwhile or Play (which asked for it) was paused. Cancel
   * drops the step and stops Play; the observations stay.
   */
  const waitToStep = (jobs: AnalysisJobs, state: LoopState, history: H.History) => {
    const fromPlay = get().playing;
    const wait = jobs.awaitSuggestion(state);
    set({ stepBusy: true });
    const stale = (s: AppState) => s.history !== history || (fromPlay && !s.playing);
    const unsubscribe = api.subscribe((s) => {
      if (stale(s)) end();
    });
    function end() {
      unsubscribe();
      wait.release();
      if (get().stepBusy) set({ stepBusy: false });
    }
    void wait.done.then((outcome) => {
      const moved = stale(get());
      end();
      if (moved) return;
      if (outcome === 'cancelled') set({ playing: false });
      else get().step();
    });
  };
  const objective = defaultObjective();

  return {
    settings: DEFAULT_SETTINGS,
    objective,
    history: freshHistory(DEFAULT_SETTINGS, objective),
    budgetEdited: false,

    step() {
      const { history, objective: obj, settings, analysisJobs: jobs } = get();
      // Without a formula a step would only record a failure: the user records values instead.
      if (!H.canStep(history) || hasNoFormula(obj)) {
        set({ playing: false });
        return;
      }
      const state = H.current(history);
      // The displayed next point: the same cached analysis the plots show.
      const known =
        peekSuggestion(state) ??
        (analysisRouteOf(jobs, state, 0) === 'worker'
          ? undefined
          : analysisFor(state).analysis.suggestion);
      if (known) {
        const { proposal } = known;
        set({
          history: H.evaluateAndPush(history, obj, proposal.x, proposal.phase, settings.noise),
        });
        return;
      }
      if (jobs && !get().stepBusy) waitToStep(jobs, state, history);
    },
    back: () => set((s) => ({ history: H.seek(s.history, s.history.cursor - 1), playing: false })),
    forward: () => set((s) => ({ history: H.seek(s.history, s.history.cursor + 1) })),
    seek: (c) => set((s) => ({ history: H.seek(s.history, c), playing: false })),
    reset: () => restart({}),
    newSeed: () => restart({ seed: get().settings.seed + 1 }),

    setAcquisition: (acquisition) => retune({ acquisition }),
    setXi: (xi) => retune({ xi: clampSetting(S.xi, xi) }),
    setKappa: (kappa) => retune({ kappa: clampSetting(S.kappa, kappa) }),
    setKernelType: (kernelType) => retune({ kernelType }),
    setModel: (model) => retune({ model }),
    setFitKernel: (fitKernel) => retune({ fitKernel }),
    setLengthScale: (lengthScale) =>
      retune({ lengthScale: clampSetting(S.lengthScale, lengthScale), fitKernel: false }),
    setArd: (ard) => retune({ ard }),
    setVariance: (variance) =>
      retune({ variance: clampSetting(S.variance, variance), fitKernel: false }),

    setObjective(id) {
      const obj = resolveObjective({ kind: 'registry', id });
      if (typeof obj === 'string') return;
      switchTo({ objective: { kind: 'registry', id } }, obj);
    },
    applyFormula(source, dims, goal) {
      const choice = { kind: 'formula' as const, source, dims: [...dims], goal };
      const obj = resolveObjective(choice);
      if (typeof obj === 'string') return obj;
      switchTo({ objective: choice }, obj);
      return null;
    },
    setInitDesign: (initDesign) => restart({ initDesign }),
    setInitPoints(n) {
      set({ budgetEdited: true });
      restart({ initPoints: clampSetting(S.initPoints, n) });
    },
    setIterations(n) {
      set({ budgetEdited: true });
      restart({ iterations: clampSetting(S.iterations, n) });
    },
    setNoise: (sd) => restart({ noise: clampSetting(S.noise, sd) }),
    setSeed: (seed) => restart({ seed: clampSetting(S.seed, seed) }),

    probe(x) {
      const { history, objective: obj, settings } = get();
      if (hasNoFormula(obj)) return;
      set({
        history: H.evaluateAndPush(history, obj, x, 'manual', settings.noise),
        playing: false,
      });
    },
    record(x, value, phase) {
      const { history } = get();
      const state = H.current(history);
      const { lower, upper } = state.config.bounds;
      const fits =
        x.length === lower.length &&
        x.every((v, k) => v >= (lower[k] as number) && v <= (upper[k] as number));
      if (!Number.isFinite(value) || !fits) return false;
      set({
        history: H.push(history, observe(state, x, { ok: true, value }, phase)),
        playing: false,
      });
      return true;
    },
    moveObservation(i, x) {
      const { history, objective: obj, settings } = get();
      if (hasNoFormula(obj)) return;
      set({ history: H.moveObservation(history, obj, i, x, settings.noise), playing: false });
    },
    deleteObservation: (i) =>
      set((s) => ({ history: H.deleteObservation(s.history, i), playing: false })),

    // A study named by the URL (?s=...) comes in here too, once, before the first render
    // (src/app/startup.ts); it never starts playing.
    loadStudy: (l) => set(studyFields(l)),
  };
};
