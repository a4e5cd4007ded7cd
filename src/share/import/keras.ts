/**
 * Keras Tuner's trial.json files (one per trial, in `<project>/trial_<id>/`) into an ImportTable.
 * The format is what keras_tuner/engine/trial.py `Trial.get_state` writes:
 * `{trial_id, hyperparameters: {space: [{class_name, config: {name, sampling…}}], values},
 * metrics: {metrics: {<name>: {direction, observations: [{value: [v], step}]}}}, score,
 * best_step, status}` with status RUNNING, IDLE, INVALID, STOPPED, COMPLETED or FAILED
 * (keras_tuner/engine/trial.py TrialStatus; hyperparameters.py `get_config`).
 */
import type { Goal } from '../../objectives/types.ts';
import { cellOf, isRecord, type ImportRow, type ImportTable, type TrialState } from './table.ts';

const STATES: Readonly<Record<string, TrialState>> = {
  COMPLETED: 'complete',
  FAILED: 'failed',
  INVALID: 'failed',
  RUNNING: 'unfinished',
  IDLE: 'unfinished',
  STOPPED: 'pruned',
};

/** Whether parsed JSON is a Keras Tuner trial. */
export function isKerasTrial(v: unknown): v is Record<string, unknown> {
  return isRecord(v) && isRecord(v.hyperparameters) && 'status' in v && 'trial_id' in v;
}

/** The best value each metric reached in a trial (its `direction` says which is best). */
function metricBests(trial: Record<string, unknown>): Map<string, { v: number; goal: Goal }> {
  const out = new Map<string, { v: number; goal: Goal }>();
  const metrics =
    isRecord(trial.metrics) && isRecord(trial.metrics.metrics) ? trial.metrics.metrics : {};
  for (const [name, m] of Object.entries(metrics)) {
    if (!isRecord(m) || !Array.isArray(m.observations)) continue;
    const goal: Goal = m.direction === 'min' ? 'minimize' : 'maximize';
    const values = m.observations.flatMap((o: unknown) =>
      isRecord(o) && Array.isArray(o.value) ? o.value.filter((x) => typeof x === 'number') : [],
    );
    if (values.length === 0) continue;
    out.set(name, { v: goal === 'minimize' ? Math.min(...values) : Math.max(...values), goal });
  }
  return out;
}

/**
 * Trials into one table: a column per hyperparameter, `score` (the tuner's objective, the best
 * value of its metric), then each metric's best value. The objective's direction is the metric
 * whose best equals the score; a file that does not say is left to the user (goal null).
 */
export function kerasTable(
  trials: readonly { trial: Record<string, unknown>; line: number }[],
): ImportTable {
  const hp: string[] = [];
  const metricNames: string[] = [];
  const logNames = new Set<string>();
  let scoreGoal: Goal | null = null;
  for (const { trial } of trials) {
    const h = trial.hyperparameters as Record<string, unknown>;
    for (const k of Object.keys(isRecord(h.values) ? h.values : {}))
      if (!hp.includes(k)) hp.push(k);
    for (const s of Array.isArray(h.space) ? h.space : []) {
      const c = isRecord(s) && isRecord(s.config) ? s.config : {};
      if (c.sampling === 'log' && typeof c.name === 'string') logNames.add(c.name);
    }
    const bests = metricBests(trial);
    for (const [name, b] of bests) {
      if (!metricNames.includes(name)) metricNames.push(name);
      if (scoreGoal === null && typeof trial.score === 'number' && b.v === trial.score)
        scoreGoal = b.goal;
    }
  }
  const columns = ['trial_id', ...hp, 'score', ...metricNames];
  const rows: ImportRow[] = trials.map(({ trial, line }) => {
    const values = (trial.hyperparameters as Record<string, unknown>).values;
    const vals = isRecord(values) ? values : {};
    const bests = metricBests(trial);
    const stateText = cellOf(trial.status);
    return {
      line,
      cells: [
        cellOf(trial.trial_id),
        ...hp.map((k) => cellOf(vals[k])),
        cellOf(trial.score),
        ...metricNames.map((m) => (bests.has(m) ? String(bests.get(m)?.v) : '')),
      ],
      state: STATES[stateText.toUpperCase()] ?? 'unfinished',
      stateText,
    };
  });
  return {
    format: 'keras',
    columns,
    bookkeeping: [0],
    logColumns: columns.flatMap((c, i) => (logNames.has(c) ? [i] : [])),
    value: { column: hp.length + 1, goal: scoreGoal },
    rows,
    decimalComma: false,
    issues: [],
  };
}
