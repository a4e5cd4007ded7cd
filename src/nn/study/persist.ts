/**
 * A network study as a versioned document, for the browser's storage (autosave) and for files:
 * `{format, version, savedAt, settings, draft, trials}`. The trials are what was recorded (point,
 * value or failure reason, phase, times, learning curves), never the trial that was training:
 * a restored study is shown as it was and trains nothing until the user resumes it.
 *
 * Reading validates field by field like the BO session (src/share/session.ts): a bad settings
 * field takes its default with an issue, a bad trial is left out with an issue, and a document
 * that is not one of ours (or of another version) is refused as a whole.
 */
import { budget } from '../../bo/loop.ts';
import type { Phase } from '../../bo/types.ts';
import { issue, type Issue } from '../../i18n/issues.ts';
import type { KeyValueStore } from '../../share/session.ts';
import { decode, searchDim } from '../hyperparams.ts';
import type { EpochMetrics } from '../train/trainer.ts';
import { isRec, readNetSettings } from './readSettings.ts';
import type { TrialRecord } from './runner.ts';
import { netLoopConfig, type NetStudySettings } from './settings.ts';

export const NET_FORMAT = 'bo-playground-network-study';
export const NET_VERSION = 1;
export const NET_STORAGE_KEY = 'bo-playground.network-study';
/** Largest document read (a 400-trial study with 200-epoch curves is about 3 MB). */
export const MAX_NET_CHARS = 5_000_000;
/** Above this the curves are left out of what is stored, so the trials themselves still fit. */
export const MAX_STORED_CHARS = 1_500_000;
/** Points queued by hand that a document may hold beyond the budget. */
export const MAX_MANUAL_TRIALS = 100;
const MAX_ERROR_CHARS = 200;
/** The epochs limit of the settings form. */
const MAX_EPOCHS = 200;
const PHASES: readonly Phase[] = ['init', 'bo', 'manual'];

/** What is saved and restored: the study's settings and trials (null before any start), the form. */
export interface NetworkStudyDoc {
  readonly settings: NetStudySettings | null;
  readonly trials: readonly TrialRecord[];
  readonly draft: NetStudySettings;
}

export interface ParsedNetworkStudy extends NetworkStudyDoc {
  readonly issues: readonly Issue[];
  /** The trials came without learning curves (a link, or storage that was nearly full). */
  readonly curvesLeftOut: boolean;
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** One trial as plain JSON; `curves` false leaves the learning curves out. */
export function trialToJson(r: TrialRecord, curves: boolean): Record<string, unknown> {
  return {
    x: r.x,
    value: r.value,
    phase: r.phase,
    ms: r.ms,
    wallMs: r.wallMs,
    tensors: r.tensors,
    ...(r.error !== undefined ? { error: r.error.slice(0, MAX_ERROR_CHARS) } : {}),
    ...(curves
      ? {
          epochs: r.epochs.map((e) =>
            [e.trainLoss, e.trainAcc, e.valLoss, e.valAcc, e.ms].map(finiteOrNull),
          ),
        }
      : {}),
  };
}

/** The document's text; the curves are dropped when keeping them would pass `maxChars`. */
export function docToText(
  doc: NetworkStudyDoc,
  savedAt: number,
  maxChars = MAX_STORED_CHARS,
): string {
  const text = (curves: boolean) =>
    JSON.stringify({
      format: NET_FORMAT,
      version: NET_VERSION,
      savedAt: new Date(savedAt).toISOString(),
      settings: doc.settings,
      draft: doc.draft,
      trials: doc.trials.map((r) => trialToJson(r, curves)),
    });
  const full = text(true);
  return full.length <= maxChars ? full : text(false);
}

/** The document in a text, or the issue that makes all of it unusable. */
export function docFromText(
  text: string,
): (ParsedNetworkStudy & { readonly savedAt: number | null }) | { readonly error: Issue } {
  if (text.length > MAX_NET_CHARS) return { error: issue('garbled') };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: issue('garbled') };
  }
  if (!isRec(raw) || raw.format !== NET_FORMAT) return { error: issue('notStudy') };
  if (raw.version !== NET_VERSION)
    return { error: issue('version', { version: String(raw.version), supported: NET_VERSION }) };
  const t = typeof raw.savedAt === 'string' ? Date.parse(raw.savedAt) : NaN;
  return { ...parseDoc(raw), savedAt: Number.isFinite(t) ? t : null };
}

/** A document's fields (settings, draft, trials) from untrusted data. Never throws. */
export function parseDoc(raw: Readonly<Record<string, unknown>>): ParsedNetworkStudy {
  const issues: Issue[] = [];
  const settings =
    raw.settings === undefined || raw.settings === null
      ? null
      : readNetSettings(raw.settings, 'settings.', issues);
  const draft = readNetSettings(raw.draft, 'draft.', issues);
  const { trials, curvesLeftOut } = settings
    ? readTrials(raw.trials, settings, issues)
    : { trials: [], curvesLeftOut: false };
  return {
    settings,
    draft: raw.draft === undefined && settings ? settings : draft,
    trials,
    issues,
    curvesLeftOut,
  };
}

function readTrials(
  raw: unknown,
  s: NetStudySettings,
  issues: Issue[],
): { trials: TrialRecord[]; curvesLeftOut: boolean } {
  if (raw === undefined) return { trials: [], curvesLeftOut: false };
  if (!Array.isArray(raw)) {
    issues.push(issue('fieldInvalid', { field: 'trials', fallback: '[]', expected: 'a list' }));
    return { trials: [], curvesLeftOut: false };
  }
  // A budget's worth of searched trials and some queued by hand; beyond that a document is not
  // one this app wrote, and the status line would read "Trial 998 of 30".
  const maxSearched = budget(netLoopConfig(s));
  const max = maxSearched + MAX_MANUAL_TRIALS;
  if (raw.length > max) issues.push(issue('tooMany', { count: raw.length, max }));
  const trials: TrialRecord[] = [];
  let searched = 0;
  let dropped = 0;
  let curvesLeftOut = false;
  raw.slice(0, max).forEach((o: unknown, i) => {
    const read = readTrial(o, s, trials.length);
    let why = typeof read === 'string' ? read : undefined;
    if (!why && typeof read !== 'string' && read.phase !== 'manual' && searched >= maxSearched)
      why = `the budget of ${maxSearched} trials is already spent`;
    if (why === undefined && typeof read !== 'string') {
      if (read.phase !== 'manual') searched++;
      if (read.epochs.length === 0) curvesLeftOut = true;
      trials.push(read);
      return;
    }
    dropped++;
    if (dropped <= 5) issues.push(issue('observationInvalid', { n: i + 1, detail: why ?? '?' }));
  });
  if (dropped > 5) issues.push(issue('observationsDropped', { count: dropped }));
  return { trials, curvesLeftOut };
}

/** A trial, or why it cannot be used. */
function readTrial(o: unknown, s: NetStudySettings, index: number): TrialRecord | string {
  if (!isRec(o)) return 'not an object with x, value and phase';
  const dims = s.searched.map((id) => searchDim(id, s.ranges[id], id));
  if (!Array.isArray(o.x) || o.x.length !== dims.length)
    return `x needs ${dims.length} coordinate(s)`;
  const x: number[] = [];
  for (const [k, d] of dims.entries()) {
    const v: unknown = o.x[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) return `${d.name} is not a finite number`;
    const slack = 1e-9 * (d.max - d.min);
    if (v < d.min - slack || v > d.max + slack)
      return `${d.name} = ${v} is outside [${d.min}, ${d.max}]`;
    x.push(Math.min(d.max, Math.max(d.min, v)));
  }
  const value = o.value;
  const valueOk =
    value === null ||
    (typeof value === 'number' &&
      Number.isFinite(value) &&
      (s.metric === 'val-acc' ? value >= 0 && value <= 1 : value >= 0));
  if (!valueOk)
    return s.metric === 'val-acc'
      ? 'value is not an accuracy in [0, 1] or null'
      : 'value is not a loss ≥ 0 or null';
  if (!PHASES.includes(o.phase as Phase)) return "phase must be 'init', 'bo' or 'manual'";
  const count = (v: unknown) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e12 ? v : 0;
  const error =
    value === null
      ? // Only printable text: the reason is shown in the table and the log.
        (typeof o.error === 'string' ? o.error : 'failed')
          .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
          .slice(0, MAX_ERROR_CHARS)
      : undefined;
  return {
    index,
    x,
    config: decode(s.searched, x, s.fixed),
    phase: o.phase as Phase,
    status: value === null ? 'diverged' : 'ok',
    value: value as number | null,
    epochs: readEpochs(o.epochs),
    ms: count(o.ms),
    wallMs: count(o.wallMs),
    tensors: Number.isInteger(o.tensors) ? count(o.tensors) : 0,
    boundary: null,
    ...(error !== undefined ? { error } : {}),
  };
}

/** Learning curves; damaged ones are left out (the trial itself is still good). */
function readEpochs(raw: unknown): EpochMetrics[] {
  if (!Array.isArray(raw) || raw.length > MAX_EPOCHS) return [];
  const out: EpochMetrics[] = [];
  for (const e of raw) {
    if (!Array.isArray(e) || e.length !== 5) return [];
    const v = e.map((n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : NaN));
    if (e.some((n: unknown) => n !== null && typeof n !== 'number')) return [];
    const [trainLoss, trainAcc, valLoss, valAcc, ms] = v as [
      number,
      number,
      number,
      number,
      number,
    ];
    out.push({ epoch: out.length + 1, trainLoss, trainAcc, valLoss, valAcc, ms: ms >= 0 ? ms : 0 });
  }
  return out;
}

/** Saves; returns the error's name when storage refuses (quota, private mode). */
export function saveStudyText(store: KeyValueStore | null, text: string): string | null {
  if (!store) return 'storage unavailable';
  try {
    store.setItem(NET_STORAGE_KEY, text);
    return null;
  } catch (e) {
    return e instanceof Error ? e.name || e.message : String(e);
  }
}

/** The stored text, null when there is none or storage cannot be read. */
export function loadStudyText(store: KeyValueStore | null): string | null {
  if (!store) return null;
  try {
    return store.getItem(NET_STORAGE_KEY);
  } catch {
    return null;
  }
}
