/**
 * What a link, a saved session and the autosave carry: the study's settings, its observations and
 * which step is shown, the view toggles and the classroom's hidden controls.
 *
 * Why observations and not the human actions. The study is deterministic from its settings and
 * seed except for what a person did (probes, drags, deletions, imported rows); imported rows have
 * no formula to replay at all. So a link carries the observations themselves, values included, in
 * full float64 precision: the state shown is then rebuilt bit for bit, and with it the GP, the
 * acquisition and the next point, whatever the user did to get there. The history is carried as
 * its branch tip plus the number of observations shown: when the snapshot shown is a prefix of the
 * tip (stepping, then Back), Back and Forward work after opening the link as before; otherwise the
 * snapshot shown is carried alone. Snapshots before the shown one are rebuilt as prefixes, each
 * with the current settings (a link does not remember an acquisition changed halfway).
 */
import type { Observation, Phase } from '../bo/types.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import type { Objective } from '../objectives/types.ts';
import * as H from '../store/history.ts';
import { defaultBudget, toLoopConfig, type StudySettings } from '../store/settings.ts';
import type { ControlId } from '../store/shareSlice.ts';
import type { Band, LoadedStudy, SliceMode } from '../store/store.ts';

export interface SharedView {
  readonly showTruth: boolean;
  readonly band: Band;
  readonly sampleCount: number;
  readonly compareAll: boolean;
  readonly slice: SliceMode;
}

/** One evaluation; y is null for a failed one (its reason is recomputed on load). */
export interface SharedObservation {
  readonly x: readonly number[];
  readonly y: number | null;
  readonly phase: Phase;
}

/** Plain data, safe to serialize. */
export interface SharedStudy {
  readonly settings: StudySettings;
  /** The history's branch tip (or the snapshot shown, when that is not a prefix of the tip). */
  readonly observations: readonly SharedObservation[];
  /** How many of the observations the step shown has (0..observations.length). */
  readonly shown: number;
  readonly view: SharedView;
  /** Controls hidden on the page that opens the link. */
  readonly hidden: readonly ControlId[];
}

/** The part of the app's state a SharedStudy is taken from. */
export interface StudySource extends SharedView {
  readonly settings: StudySettings;
  readonly history: H.History;
}

const plain = (o: Observation): SharedObservation => ({ x: [...o.x], y: o.y, phase: o.phase });

function samePoint(a: Observation, b: Observation): boolean {
  if (a === b) return true;
  return (
    a.phase === b.phase &&
    Object.is(a.y, b.y) &&
    a.x.length === b.x.length &&
    a.x.every((v, k) => Object.is(v, b.x[k]))
  );
}

/** The study as shareable data. */
export function captureStudy(s: StudySource, hidden: readonly ControlId[] = []): SharedStudy {
  const tip = s.history.snapshots[s.history.snapshots.length - 1] ?? H.current(s.history);
  const cur = H.current(s.history);
  const isPrefix =
    cur.observations.length <= tip.observations.length &&
    cur.observations.every((o, i) => samePoint(o, tip.observations[i] as Observation));
  const observations = (isPrefix ? tip : cur).observations.map(plain);
  return {
    settings: s.settings,
    observations,
    shown: cur.observations.length,
    view: viewOf(s),
    hidden: [...hidden],
  };
}

/** Just the view fields of a larger object (a store state). */
export function viewOf(s: SharedView): SharedView {
  return {
    showTruth: s.showTruth,
    band: s.band,
    sampleCount: s.sampleCount,
    compareAll: s.compareAll,
    slice: s.slice,
  };
}

/**
 * The history a shared study stands for: one snapshot per prefix of its observations, from the
 * leading initial-design points (what the first snapshot of a fresh study holds) to the tip, the
 * cursor on the step shown. Failed points are re-evaluated for their reason only.
 */
export function rebuildHistory(study: SharedStudy, objective: Objective): H.History {
  const config = toLoopConfig(study.settings, objective);
  const observations: Observation[] = study.observations.map((o) => {
    if (o.y !== null) return { x: [...o.x], y: o.y, phase: o.phase };
    const res = safeEvaluate(objective, o.x);
    const error = res.ok ? 'The evaluation failed.' : res.error;
    return { x: [...o.x], y: null, error, phase: o.phase };
  });
  let lead = 0;
  while (lead < observations.length && observations[lead]?.phase === 'init') lead++;
  const first = Math.min(lead, study.settings.initPoints, study.shown);
  const snapshots = [];
  for (let k = first; k <= observations.length; k++) {
    snapshots.push({ config, observations: observations.slice(0, k) });
  }
  return { snapshots, cursor: study.shown - first };
}

/**
 * What the store shows for a study: its history rebuilt, or with `fresh`, a new study from its
 * settings (the initial design evaluated, as Reset would).
 */
export function loadedStudy(study: SharedStudy, objective: Objective, fresh = false): LoadedStudy {
  const d = defaultBudget(objective.dims.length);
  const s = study.settings;
  return {
    settings: s,
    objective,
    history: fresh
      ? H.startHistory(toLoopConfig(s, objective), objective, s.noise)
      : rebuildHistory(study, objective),
    budgetEdited:
      study.settings.initPoints !== d.initPoints || study.settings.iterations !== d.iterations,
    view: study.view,
    classroomHide: study.hidden,
  };
}
