/**
 * Field-by-field validation of a study read from a link, a saved file or the browser's storage
 * (DESIGN.md, Reliability): finite numbers, ranges, known ids, length caps. A bad field falls back
 * to its default and adds an issue naming it; nothing here throws on any input.
 */
import {
  defaultsOf,
  rangeText,
  STUDY_SETTINGS,
  VIEW_SETTINGS,
  inRange,
  type NumberSetting,
  type Setting,
  type ValuesOf,
} from '../bo/settingsSchema.ts';
import type { Phase } from '../bo/types.ts';
import { boundsProblem, MAX_APP_DIMS, MAX_FORMULA_DIMS } from '../objectives/dims.ts';
import { MAX_FORMULA_LENGTH } from '../objectives/formula.ts';
import type { Dim, Goal, Objective } from '../objectives/types.ts';
import { DEFAULT_SETTINGS, resolveObjective, type ObjectiveChoice } from '../store/settings.ts';
import type { StudySettings } from '../store/settings.ts';
import { issue, type Issue, type IssueCode } from '../i18n/issues.ts';
import { isControlId, type ControlId } from '../store/shareSlice.ts';
import { type SharedObservation, type SharedStudy, type SharedView } from './studyState.ts';

/** Most observations a shared study may hold (a URL must stay usable; budgets are <= 250). */
export const MAX_OBSERVATIONS = 1000;

export const DEFAULT_VIEW: SharedView = defaultsOf(VIEW_SETTINGS);

export interface ParsedStudy {
  readonly study: SharedStudy;
  readonly objective: Objective;
  readonly issues: readonly Issue[];
  /**
   * The observations are not the study's (none were given, or the objective they belong to was
   * lost): start afresh from the settings, initial design included, as a new study would.
   */
  readonly fresh: boolean;
}

type Rec = Readonly<Record<string, unknown>>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads fields of one object, recording an issue for each bad one and using its default. */
class FieldReader {
  constructor(
    private readonly src: Rec,
    private readonly prefix: string,
    private readonly issues: Issue[],
    /** The fields come from a real document, so a missing one means it predates the setting. */
    private readonly fromDocument = true,
  ) {}

  private bad(key: string, fallback: unknown, expected: string): void {
    this.issues.push(
      issue('fieldInvalid', { field: this.prefix + key, fallback: String(fallback), expected }),
    );
  }

  num(key: string, s: NumberSetting): number {
    const v = this.src[key];
    if (v === undefined) return s.default;
    const ok = typeof v === 'number' && Number.isFinite(v) && inRange(v, s.valid);
    if (ok && (!s.integer || Number.isInteger(v))) return v;
    this.bad(key, s.default, rangeText(s));
    return s.default;
  }

  bool(key: string, fallback: boolean): boolean {
    const v = this.src[key];
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    this.bad(key, fallback, 'true or false');
    return fallback;
  }

  oneOf<T extends string>(key: string, fallback: T, allowed: readonly T[], absent = fallback): T {
    const v = this.src[key];
    if (v === undefined) return this.fromDocument ? absent : fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.bad(key, fallback, allowed.join(' | '));
    return fallback;
  }

  /** Every field of a schema table, each checked against its own entry. */
  all<T extends Readonly<Record<string, Setting>>>(table: T): ValuesOf<T> {
    const out: Record<string, unknown> = {};
    for (const [key, s] of Object.entries(table)) {
      out[key] =
        s.kind === 'number'
          ? this.num(key, s)
          : s.kind === 'boolean'
            ? this.bool(key, s.default)
            : this.oneOf(key, s.default, s.values, s.absent);
    }
    return out as ValuesOf<T>;
  }
}

function readDims(raw: unknown): Dim[] | null {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_FORMULA_DIMS) return null;
  const dims: Dim[] = [];
  for (const d of raw) {
    if (!isRec(d)) return null;
    const { name, min, max, scale } = d;
    if (typeof name !== 'string' || name.length > 32) return null;
    if (typeof min !== 'number' || typeof max !== 'number') return null;
    if (scale !== 'linear' && scale !== 'log10') return null;
    dims.push({ name, min, max, scale });
  }
  return dims;
}

/** Codes of issues that replace the objective by the seed example (its observations go too). */
const OBJECTIVE_LOST: readonly IssueCode[] = [
  'objectiveUnknown',
  'formulaInvalid',
  'studyInvalid',
  'dimsTooMany',
  'boundsTooLarge',
  'boundsTooNarrow',
  'boundsLogTooNarrow',
];

/** A bound as a person reads it: the value itself, 10^x on a log10 scale (float noise rounded). */
const natural = (d: Dim, v: number) => (d.scale === 'log10' ? Number((10 ** v).toPrecision(6)) : v);

/**
 * The issue of dimensions the app cannot show: more than it draws, or bounds that the one rule of
 * objectives/dims.ts refuses (each with its own notice; the compiler's sentence would be English).
 */
function dimsIssue(dims: readonly Dim[]): Issue | undefined {
  if (dims.length > MAX_APP_DIMS)
    return issue('dimsTooMany', {
      count: dims.length,
      appMax: MAX_APP_DIMS,
      cliMax: MAX_FORMULA_DIMS,
    });
  for (const d of dims) {
    // Non-finite or unordered bounds are the compiler's to report.
    if (!Number.isFinite(d.min) || !Number.isFinite(d.max) || !(d.min < d.max)) continue;
    const p = boundsProblem(d.min, d.max, d.scale);
    if (p === undefined) continue;
    const range = { dim: d.name, min: natural(d, d.min), max: natural(d, d.max) };
    if (p.kind === 'tooLarge')
      return issue('boundsTooLarge', { dim: d.name, key: p.key, value: p.value, limit: p.limit });
    if (p.kind === 'tooNarrow') return issue('boundsTooNarrow', { ...range, least: p.least });
    if (p.kind === 'logTooNarrow')
      return issue('boundsLogTooNarrow', { ...range, factor: p.factor });
  }
  return undefined;
}

/**
 * The dims and goal of a formula or a file study, or why they cannot be used: a detail for the
 * kind's own issue (a string), or an issue of its own (a box the app cannot show).
 */
function readBox(
  raw: Readonly<Record<string, unknown>>,
): { dims: Dim[]; goal: Goal } | string | Issue {
  const dims = readDims(raw.dims);
  const goal = raw.goal === 'minimize' ? 'minimize' : raw.goal === 'maximize' ? 'maximize' : null;
  if (!dims) return 'its dimensions are not a list of {name, min, max, scale}';
  if (!goal) return "its goal must be 'maximize' or 'minimize'";
  return dimsIssue(dims) ?? { dims, goal };
}

/** Longest name of a study from a file (a file name, shown as its title). */
const MAX_STUDY_NAME = 120;

/** The objective a raw choice names, or an issue and the default (the seed example). */
function readObjective(
  raw: unknown,
  issues: Issue[],
): { choice: ObjectiveChoice; objective: Objective } {
  const fallback = DEFAULT_SETTINGS.objective;
  const fallbackObjective = resolveObjective(fallback) as Objective;
  const fail = (code: 'objectiveUnknown' | 'formulaInvalid' | 'studyInvalid', detail: string) => {
    issues.push(issue(code, { detail }));
    return { choice: fallback, objective: fallbackObjective };
  };
  const refuse = (found: Issue) => {
    issues.push(found);
    return { choice: fallback, objective: fallbackObjective };
  };
  if (raw === undefined) return { choice: fallback, objective: fallbackObjective };
  if (!isRec(raw)) return fail('objectiveUnknown', '?');
  if (raw.kind === 'registry') {
    const id = typeof raw.id === 'string' ? raw.id.slice(0, 64) : '?';
    const obj = resolveObjective({ kind: 'registry', id });
    return typeof obj === 'string'
      ? fail('objectiveUnknown', id)
      : { choice: { kind: 'registry', id }, objective: obj };
  }
  if (raw.kind !== 'formula' && raw.kind !== 'study') return fail('objectiveUnknown', '?');
  const code = raw.kind === 'formula' ? 'formulaInvalid' : 'studyInvalid';
  const { source, name } = raw;
  if (raw.kind === 'formula' && (typeof source !== 'string' || source.length > MAX_FORMULA_LENGTH))
    return fail(code, `the formula must be text of at most ${MAX_FORMULA_LENGTH} characters`);
  if (raw.kind === 'study' && (typeof name !== 'string' || name.length > MAX_STUDY_NAME))
    return fail(code, `its name must be text of at most ${MAX_STUDY_NAME} characters`);
  const box = readBox(raw);
  if (typeof box === 'string') return fail(code, box);
  if ('code' in box) return refuse(box);
  const choice: ObjectiveChoice =
    raw.kind === 'formula'
      ? { kind: 'formula', source: source as string, ...box }
      : { kind: 'study', name: name as string, ...box };
  const obj = resolveObjective(choice);
  return typeof obj === 'string' ? fail(code, obj) : { choice, objective: obj };
}

function readSettings(
  raw: unknown,
  issues: Issue[],
): { settings: StudySettings; objective: Objective } {
  const src = isRec(raw) ? raw : {};
  if (!isRec(raw))
    issues.push(issue('fieldInvalid', { field: 'settings', fallback: '…', expected: 'an object' }));
  const { choice, objective } = readObjective(src.objective, issues);
  const f = new FieldReader(src, 'settings.', issues, isRec(raw));
  const settings: StudySettings = { objective: choice, ...f.all(STUDY_SETTINGS) };
  return { settings, objective };
}

const PHASES: readonly Phase[] = ['init', 'bo', 'manual'];

/** A y as JSON carries it: a number, null (failed) or "Infinity"/"-Infinity" (JSON has neither). */
export function readY(v: unknown): number | null | undefined {
  if (v === null) return null;
  if (typeof v === 'number' && !Number.isNaN(v)) return v;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  return undefined;
}

/** Drops the observations that do not fit the objective, one issue per dropped one (first 5). */
function readObservations(
  raw: unknown,
  objective: Objective,
  issues: Issue[],
): SharedObservation[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push(
      issue('fieldInvalid', { field: 'observations', fallback: '[]', expected: 'a list' }),
    );
    return [];
  }
  if (raw.length > MAX_OBSERVATIONS) {
    issues.push(issue('tooMany', { count: raw.length, max: MAX_OBSERVATIONS }));
  }
  const dims = objective.dims;
  const out: SharedObservation[] = [];
  let dropped = 0;
  raw.slice(0, MAX_OBSERVATIONS).forEach((o: unknown, i) => {
    const why = observationProblem(o, dims);
    if (why === undefined) {
      const r = o as Rec;
      out.push({
        x: [...(r.x as number[])],
        y: readY(r.y) as number | null,
        phase: r.phase as Phase,
      });
      return;
    }
    dropped++;
    if (dropped <= 5) issues.push(issue('observationInvalid', { n: i + 1, detail: why }));
  });
  if (dropped > 5) issues.push(issue('observationsDropped', { count: dropped }));
  return out;
}

function observationProblem(o: unknown, dims: readonly Dim[]): string | undefined {
  if (!isRec(o)) return 'not an object with x, y and phase';
  if (!Array.isArray(o.x) || o.x.length !== dims.length)
    return `x needs ${dims.length} coordinate(s)`;
  for (let k = 0; k < dims.length; k++) {
    const v: unknown = o.x[k];
    const d = dims[k] as Dim;
    if (typeof v !== 'number' || !Number.isFinite(v)) return `${d.name} is not a finite number`;
    // A small slack: coordinates printed and re-read may land a hair outside.
    const slack = 1e-9 * (d.max - d.min);
    if (v < d.min - slack || v > d.max + slack)
      return `${d.name} = ${v} is outside [${d.min}, ${d.max}]`;
  }
  if (readY(o.y) === undefined) return 'y is not a number, null or ±Infinity';
  if (!PHASES.includes(o.phase as Phase)) return "phase must be 'init', 'bo' or 'manual'";
  return undefined;
}

function readView(raw: unknown, issues: Issue[]): SharedView {
  if (raw === undefined) return DEFAULT_VIEW;
  const f = new FieldReader(isRec(raw) ? raw : {}, 'view.', issues);
  return f.all(VIEW_SETTINGS);
}

function readHidden(raw: unknown, issues: Issue[]): ControlId[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push(issue('fieldInvalid', { field: 'hidden', fallback: '[]', expected: 'a list' }));
    return [];
  }
  const ids = raw.slice(0, 20).filter(isControlId);
  if (ids.length !== raw.length) {
    issues.push(
      issue('fieldInvalid', {
        field: 'hidden',
        fallback: ids.join(', ') || '[]',
        expected: 'known control names',
      }),
    );
  }
  return [...new Set(ids)];
}

/**
 * A study from untrusted data (already parsed from JSON). Every field is checked on its own; an
 * objective that cannot be used falls back to the seed example and drops the observations, which
 * belong to the objective they were made on.
 */
export function parseStudy(raw: unknown): ParsedStudy {
  const issues: Issue[] = [];
  if (!isRec(raw)) {
    issues.push(issue('notStudy'));
    raw = {};
  }
  const r = raw as Rec;
  const { settings, objective } = readSettings(r.settings, issues);
  const objectiveLost = issues.some((i) => OBJECTIVE_LOST.includes(i.code));
  let observations: SharedObservation[] = [];
  if (objectiveLost) {
    if (Array.isArray(r.observations) && r.observations.length > 0) {
      issues.push(issue('observationsDropped', { count: r.observations.length }));
    }
  } else {
    observations = readObservations(r.observations, objective, issues);
  }
  let shown = observations.length;
  if (r.shown !== undefined) {
    const s = r.shown;
    const given = Array.isArray(r.observations) ? r.observations.length : 0;
    // Up to the count given: dropped observations (already reported) shorten what is shown.
    if (typeof s === 'number' && Number.isInteger(s) && s >= 0 && s <= given)
      shown = Math.min(s, observations.length);
    else
      issues.push(
        issue('fieldInvalid', {
          field: 'shown',
          fallback: shown,
          expected: `an integer in [0, ${observations.length}]`,
        }),
      );
  }
  const view = readView(r.view, issues);
  const hidden = readHidden(r.hidden, issues);
  const fresh = objectiveLost || r.observations === undefined;
  const budgeted = budgetFor(settings, observations, issues);
  return {
    study: { settings: budgeted, observations, shown, view, hidden },
    objective,
    issues,
    fresh,
  };
}

/**
 * Settings whose budget holds the study's BO iterations: a study never reads "Iteration 998 of 14".
 * The budget grows (with a notice) up to its largest setting; a crafted study with more BO points
 * than that keeps them all, and the status line says it went past its budget.
 */
function budgetFor(
  settings: StudySettings,
  observations: readonly SharedObservation[],
  issues: Issue[],
): StudySettings {
  const count = observations.filter((o) => o.phase === 'bo').length;
  if (count <= settings.iterations) return settings;
  const to = Math.min(count, STUDY_SETTINGS.iterations.valid.max);
  if (to <= settings.iterations) return settings;
  issues.push(issue('budgetRaised', { count, from: settings.iterations, to }));
  return { ...settings, iterations: to };
}

/** The study as JSON-ready data (y of ±Infinity as text, which JSON cannot hold as a number). */
export function studyToJson(study: SharedStudy): unknown {
  return {
    ...study,
    observations: study.observations.map((o) => ({
      x: o.x,
      y: o.y !== null && !Number.isFinite(o.y) ? String(o.y) : o.y,
      phase: o.phase,
    })),
  };
}
