/**
 * Imported rows into the study. "Add" puts them after the trials shown, as your own points
 * (phase manual, outside the budget), like clicked probes. "Replace" starts the study over from
 * them: rows whose file says their phase keep it; the others become the initial design (so the GP
 * is fitted to them and the next Step is a BO suggestion, not a random design point), up to the
 * largest design allowed, and any beyond that are manual.
 */
import type { Observation, Phase } from '../bo/types.ts';
import type { Objective } from '../objectives/types.ts';
import * as H from '../store/history.ts';
import { toLoopConfig, type StudySettings } from '../store/settings.ts';
import type { ImportedRows } from './trials.ts';

export type ImportMode = 'add' | 'replace';

/** Largest initial design the settings allow (DesignPanel, validate.ts). */
const MAX_INIT_POINTS = 50;

export interface ImportResult {
  readonly settings: StudySettings;
  readonly history: H.History;
}

export function applyImport(
  history: H.History,
  settings: StudySettings,
  objective: Objective,
  imported: ImportedRows,
  mode: ImportMode,
): ImportResult {
  if (mode === 'add') {
    const s = H.current(history);
    const added: Observation[] = imported.rows.map((r) => ({
      x: [...r.x],
      y: r.y,
      phase: 'manual',
    }));
    return {
      settings,
      history: H.push(history, { ...s, observations: [...s.observations, ...added] }),
    };
  }
  let inits = imported.rows.filter((r) => r.phaseGiven && r.phase === 'init').length;
  const observations: Observation[] = imported.rows.map((r) => {
    let phase: Phase = r.phase;
    if (!r.phaseGiven) {
      phase = inits < MAX_INIT_POINTS ? 'init' : 'manual';
      if (phase === 'init') inits++;
    }
    return { x: [...r.x], y: r.y, phase };
  });
  const next: StudySettings =
    inits > 0 ? { ...settings, initPoints: Math.min(MAX_INIT_POINTS, inits) } : settings;
  const config = toLoopConfig(next, objective);
  return { settings: next, history: { snapshots: [{ config, observations }], cursor: 0 } };
}
