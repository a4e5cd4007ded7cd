/**
 * `run --config FILE`: a whole study, one JSON line per evaluation then a summary (DESIGN.md).
 * Only "objective" is required; everything else defaults to the seed example's settings.
 */
import { DEFAULT_LOOP } from '../bo/defaults.ts';
import { runStudy, type StepRecord } from '../bo/run.ts';
import {
  ACQUISITION_TYPES,
  GOALS,
  INIT_DESIGNS,
  KERNEL_TYPES,
  MODEL_PRESETS,
  STUDY_SETTINGS as S,
} from '../bo/settingsSchema.ts';
import type { LoopConfig, StrategyId } from '../bo/types.ts';
import type { AcquisitionSpec } from '../math/acquisition.ts';
import type { KernelSpec } from '../math/types.ts';
import { safeEvaluate } from '../objectives/evaluate.ts';
import { boundsProblem, boundsProblemText } from '../objectives/dims.ts';
import { compileFormula, validateDims } from '../objectives/formula.ts';
import { getObjective, objectives } from '../objectives/registry.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import { CliInputError } from './errors.ts';
import {
  asObject,
  describe,
  noUnknownKeys,
  optBoolean,
  optEnum,
  optNumber,
  optSetting,
} from './validate.ts';

const KNOWN = [
  'objective',
  'model',
  'goal',
  'initPoints',
  'initDesign',
  'iterations',
  'acquisition',
  'kernel',
  'seed',
  'strategy',
  'alpha',
  'normalizeY',
  'restarts',
  'candidates',
  'localStarts',
] as const;

export interface ParsedRun {
  readonly objective: Objective;
  readonly config: LoopConfig;
}

export function parseRunConfig(input: unknown): ParsedRun {
  const cfg = asObject('config', input);
  noUnknownKeys(cfg, '', KNOWN);
  const goalGiven =
    cfg['goal'] === undefined ? undefined : optEnum(cfg, 'goal', '', GOALS, 'maximize');
  const objective = parseObjective(cfg['objective'], goalGiven);
  const goal = goalGiven ?? objective.goal;
  const d = objective.dims.length;
  const config: LoopConfig = {
    model: optEnum(cfg, 'model', '', MODEL_PRESETS, S.model.default),
    bounds: { lower: objective.dims.map((m) => m.min), upper: objective.dims.map((m) => m.max) },
    goal,
    initPoints: optSetting(cfg, '', S.initPoints),
    initDesign: optEnum(cfg, 'initDesign', '', INIT_DESIGNS, S.initDesign.default),
    iterations: optSetting(cfg, '', S.iterations),
    acquisition: parseAcquisition(cfg['acquisition']),
    ...parseKernel(cfg['kernel'], d),
    alpha: optNumber(cfg, 'alpha', '', DEFAULT_LOOP.alpha, { min: 0 }),
    normalizeY: optBoolean(cfg, 'normalizeY', '', DEFAULT_LOOP.normalizeY),
    restarts: optNumber(cfg, 'restarts', '', DEFAULT_LOOP.restarts, {
      min: 0,
      max: 100,
      integer: true,
    }),
    candidates: optNumber(cfg, 'candidates', '', DEFAULT_LOOP.candidates, {
      min: 1,
      max: 1_000_000,
      integer: true,
    }),
    localStarts: optNumber(cfg, 'localStarts', '', DEFAULT_LOOP.localStarts, {
      min: 0,
      max: 1000,
      integer: true,
    }),
    strategy: optEnum<StrategyId>(cfg, 'strategy', '', ['bo', 'random', 'grid'], 'bo'),
    seed: optSetting(cfg, '', S.seed),
  };
  if (config.initPoints + config.iterations === 0) {
    throw new CliInputError(
      'iterations',
      'initPoints + iterations is 0: nothing would be evaluated',
    );
  }
  return { objective, config };
}

function parseObjective(v: unknown, goal: LoopConfig['goal'] | undefined): Objective {
  if (v === undefined)
    throw new CliInputError(
      'objective',
      'is required: a registry id or {"formula": ..., "dims": [...]}',
    );
  if (typeof v === 'string') {
    const obj = getObjective(v);
    if (!obj)
      throw new CliInputError(
        'objective',
        `unknown id "${v}"; known: ${objectives.map((o) => o.id).join(', ')}`,
      );
    return obj;
  }
  const o = asObject('objective', v);
  noUnknownKeys(o, 'objective', ['formula', 'dims', 'title']);
  if (typeof o['formula'] !== 'string')
    throw new CliInputError(
      'objective.formula',
      `expected a string, got ${describe(o['formula'])}`,
    );
  const dims = parseDims(o['dims']);
  // Name the dimension at fault (a reserved name, a repeated name, log10 bounds out of range), not
  // the formula: the first prefix of dims that fails holds the bad one.
  for (let i = 0; i < dims.length; i++) {
    const problem = validateDims(dims.slice(0, i + 1));
    if (problem !== undefined) throw new CliInputError(`objective.dims[${i}]`, problem);
  }
  const res = compileFormula(o['formula'], dims, { goal: goal ?? 'maximize' });
  // The compiler's message already names the column.
  if (!res.ok) throw new CliInputError('objective.formula', res.error.message);
  return res.objective;
}

function parseDims(v: unknown): Dim[] {
  if (!Array.isArray(v) || v.length === 0)
    throw new CliInputError(
      'objective.dims',
      `expected a non-empty array of dimensions, got ${describe(v)}`,
    );
  if (v.length > 20)
    throw new CliInputError('objective.dims', `at most 20 dimensions, got ${v.length}`);
  return v.map((item, i) => {
    const path = `objective.dims[${i}]`;
    const m = asObject(path, item);
    noUnknownKeys(m, path, ['name', 'min', 'max', 'scale', 'label']);
    if (typeof m['name'] !== 'string' || m['name'] === '')
      throw new CliInputError(
        `${path}.name`,
        `expected a variable name, got ${describe(m['name'])}`,
      );
    if (typeof m['min'] !== 'number' || !Number.isFinite(m['min']))
      throw new CliInputError(`${path}.min`, `expected a finite number, got ${describe(m['min'])}`);
    if (typeof m['max'] !== 'number' || !Number.isFinite(m['max']))
      throw new CliInputError(`${path}.max`, `expected a finite number, got ${describe(m['max'])}`);
    if (!(m['min'] < m['max']))
      throw new CliInputError(
        `${path}.max`,
        `must be greater than min (${m['min']}), got ${m['max']}`,
      );
    const scale = optEnum(m, 'scale', path, ['linear', 'log10'], 'linear');
    // The app's own rule (objectives/dims.ts): magnitude and width the GP and the plots can use.
    const bounds = boundsProblem(m['min'], m['max'], scale);
    if (bounds !== undefined)
      throw new CliInputError(
        bounds.kind === 'tooLarge' ? `${path}.${bounds.key}` : path,
        boundsProblemText(bounds),
      );
    return { name: m['name'], min: m['min'], max: m['max'], scale };
  });
}

function parseAcquisition(v: unknown): AcquisitionSpec {
  if (v === undefined) return DEFAULT_LOOP.acquisition;
  const a = asObject('acquisition', v);
  noUnknownKeys(a, 'acquisition', ['type', 'xi', 'kappa']);
  const type = optEnum(a, 'type', 'acquisition', ACQUISITION_TYPES, S.acquisition.default);
  switch (type) {
    case 'ei':
    case 'pi':
      return { type, xi: optSetting(a, 'acquisition', S.xi) };
    case 'ucb':
      return { type, kappa: optSetting(a, 'acquisition', S.kappa) };
    case 'thompson':
      return { type };
  }
}

function parseKernel(v: unknown, d: number): { kernel: KernelSpec; fitKernel: boolean } {
  if (v === undefined) return { kernel: DEFAULT_LOOP.kernel, fitKernel: DEFAULT_LOOP.fitKernel };
  const k = asObject('kernel', v);
  noUnknownKeys(k, 'kernel', ['type', 'lengthScale', 'variance', 'optimize']);
  const type = optEnum(k, 'type', 'kernel', KERNEL_TYPES, S.kernelType.default);
  const variance = optSetting(k, 'kernel', S.variance);
  let lengthScale: number | number[] = S.lengthScale.default;
  const minLs = S.lengthScale.cli.min;
  const ls = k['lengthScale'];
  if (Array.isArray(ls)) {
    if (ls.length !== d)
      throw new CliInputError(
        'kernel.lengthScale',
        `has ${ls.length} entries, expected one per dimension (${d})`,
      );
    lengthScale = ls.map((x, i) => {
      if (typeof x !== 'number' || !(x >= minLs) || !Number.isFinite(x))
        throw new CliInputError(
          `kernel.lengthScale[${i}]`,
          `expected a finite number >= ${minLs}, got ${describe(x)}`,
        );
      return x;
    });
  } else if (ls !== undefined) {
    lengthScale = optSetting(k, 'kernel', S.lengthScale);
  }
  return {
    kernel: { type, lengthScale, variance },
    fitKernel: optBoolean(k, 'optimize', 'kernel', S.fitKernel.default),
  };
}

/** Runs the study, writing one line per evaluation as it comes, then the summary line. */
export function runCommand(input: unknown, write: (line: string) => void): void {
  const { objective, config } = parseRunConfig(input);
  const names = objective.dims.map((m) => m.name);
  const keyed = (x: readonly number[]): Record<string, number> =>
    Object.fromEntries(names.map((n, k) => [n, x[k] as number]));
  const { records } = runStudy(
    config,
    (x) => safeEvaluate(objective, x),
    (r: StepRecord) => {
      write(
        JSON.stringify({
          i: r.i,
          x: keyed(r.x),
          y: finiteOrString(r.y),
          best: finiteOrString(r.best),
          phase: r.phase,
          ms: round(r.ms),
          ...(r.error !== undefined ? { error: r.error } : {}),
        }),
      );
    },
  );
  const sign = config.goal === 'minimize' ? -1 : 1;
  let best: StepRecord | undefined;
  for (const r of records)
    if (r.y !== null && !Number.isNaN(r.y) && (!best || sign * r.y > sign * (best.y as number)))
      best = r;
  const boRecords = records.filter((r) => r.phase === 'bo');
  const msPerIteration = boRecords.length
    ? boRecords.reduce((s, r) => s + r.ms, 0) / boRecords.length
    : 0;
  write(
    JSON.stringify({
      best: best ? { x: keyed(best.x), y: finiteOrString(best.y) } : null,
      evaluations: records.length,
      msPerIteration: round(msPerIteration),
    }),
  );
}

/** JSON has no Infinity; an infinite value is written as the string "Infinity" / "-Infinity". */
function finiteOrString(v: number | null): number | string | null {
  if (v === null) return null;
  return Number.isFinite(v) ? v : String(v);
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
