/** Bookkeeping of the parallel figure: its studies, and regret by round and by evaluation. Pure. */
import type { Objective } from '../../objectives/types.ts';
import { bestByRound, type BatchMode } from '../sim/batch.ts';
import { regret, regretCurve, summarizeCurves, type BandSummary } from '../sim/stats.ts';
import type { SimResult, SimTask } from '../sim/tasks.ts';

export const BATCH_MODES: readonly BatchMode[] = ['sequential', 'thompson', 'liar'];

export function parallelTasks(
  objective: string,
  size: number,
  rounds: number,
  seeds: number,
): SimTask[] {
  const tasks: SimTask[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    for (const mode of BATCH_MODES)
      tasks.push({ kind: 'batch', objective, mode, size, rounds, seed });
  }
  return tasks;
}

export interface ModeSummary {
  readonly mode: BatchMode;
  readonly runs: number;
  /** Evaluations one study spent. */
  readonly evaluations: number;
  readonly byRound: BandSummary;
  readonly byEvaluation: BandSummary;
}

export function summarizeParallel(
  obj: Objective,
  tasks: readonly SimTask[],
  results: readonly (SimResult | undefined)[],
): ModeSummary[] {
  const optimum = obj.optimum?.value ?? NaN;
  return BATCH_MODES.map((mode) => {
    const byRound: number[][] = [];
    const byEvaluation: number[][] = [];
    let evaluations = 0;
    tasks.forEach((task, i) => {
      const r = results[i];
      if (task.kind !== 'batch' || task.mode !== mode || r?.kind !== 'batch') return;
      const trace = { xs: r.xs, ys: r.ys, rounds: r.rounds };
      byRound.push(
        bestByRound(trace, task.rounds, obj.goal).map((b) =>
          b === null ? Infinity : regret(b, optimum, obj.goal),
        ),
      );
      byEvaluation.push(regretCurve(r.ys, optimum, obj.goal));
      evaluations = r.ys.length;
    });
    return {
      mode,
      runs: byRound.length,
      evaluations,
      byRound: summarizeCurves(byRound),
      byEvaluation: summarizeCurves(byEvaluation),
    };
  });
}

/** The points of one study (mode, seed) before a round, and those of the round itself. */
export function roundPoints(
  tasks: readonly SimTask[],
  results: readonly (SimResult | undefined)[],
  mode: BatchMode,
  seed: number,
  round: number,
): { earlier: number[][]; batch: number[][] } {
  const i = tasks.findIndex((t) => t.kind === 'batch' && t.mode === mode && t.seed === seed);
  const r = i >= 0 ? results[i] : undefined;
  if (r?.kind !== 'batch') return { earlier: [], batch: [] };
  return {
    earlier: r.xs.filter((_, k) => (r.rounds[k] as number) < round),
    batch: r.xs.filter((_, k) => r.rounds[k] === round),
  };
}

/** How many of the points differ by more than 1e-7 of the range in some coordinate. */
export function countDistinct(obj: Objective, points: readonly (readonly number[])[]): number {
  const kept: (readonly number[])[] = [];
  for (const p of points) {
    const same = kept.some((q) =>
      obj.dims.every(
        (d, k) => Math.abs((p[k] as number) - (q[k] as number)) <= 1e-7 * (d.max - d.min),
      ),
    );
    if (!same) kept.push(p);
  }
  return kept.length;
}
