/**
 * A network study's settings read back from a saved document or a link, field by field (DESIGN.md,
 * Reliability): known ids, finite numbers inside the limits the settings form enforces, length
 * caps. A bad field takes its default and adds an issue naming it; nothing here throws.
 */
import { issue, type Issue } from '../../i18n/issues.ts';
import type { StrategyId } from '../../bo/types.ts';
import { DATASET_IDS, type DatasetId } from '../data/catalog.ts';
import { MAX_NOISE } from '../data/synthetic.ts';
import { HP_IDS, HP_SPECS, type HpId } from '../hyperparams.ts';
import { BACKEND_CHOICES, type BackendChoice } from '../worker/protocol.ts';
import {
  defaultNetSettings,
  validateNetSettings,
  type Metric,
  type NetStudySettings,
} from './settings.ts';

type Rec = Readonly<Record<string, unknown>>;
export const isRec = (v: unknown): v is Rec =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const STRATEGIES: readonly StrategyId[] = ['bo', 'random', 'grid'];
const METRICS: readonly Metric[] = ['val-acc', 'val-loss'];
/** The settings form's budget limit (validateNetSettings). */
const MAX_BUDGET = 200;
const MAX_SEED = 2 ** 31 - 1;

/**
 * Settings from untrusted data. `prefix` names the fields in issues ("settings." or "draft.").
 * Fields that are absent take their default without an issue (older documents lack newer fields).
 */
export function readNetSettings(raw: unknown, prefix: string, issues: Issue[]): NetStudySettings {
  const d = defaultNetSettings();
  if (raw === undefined) return d;
  if (!isRec(raw)) {
    issues.push(
      issue('fieldInvalid', { field: prefix.slice(0, -1), fallback: '…', expected: 'an object' }),
    );
    return d;
  }
  const bad = (key: string, fallback: unknown, expected: string) =>
    issues.push(
      issue('fieldInvalid', { field: prefix + key, fallback: String(fallback), expected }),
    );
  const oneOf = <T extends string>(key: string, fallback: T, allowed: readonly T[]): T => {
    const v = raw[key];
    if (v === undefined) return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    bad(key, fallback, allowed.join(' | '));
    return fallback;
  };
  const num = (key: string, fallback: number, lo: number, hi: number, integer: boolean) => {
    const v = raw[key];
    if (v === undefined) return fallback;
    if (typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi)
      if (!integer || Number.isInteger(v)) return v;
    bad(key, fallback, `${integer ? 'an integer' : 'a number'} in [${lo}, ${hi}]`);
    return fallback;
  };

  const searched = readSearched(raw.searched, d.searched, prefix, issues);
  const ranges = { ...d.ranges };
  const fixed = { ...d.fixed };
  const rawRanges = isRec(raw.ranges) ? raw.ranges : {};
  const rawFixed = isRec(raw.fixed) ? raw.fixed : {};
  for (const id of HP_IDS) {
    const [a, b] = HP_SPECS[id].limit;
    const r = rawRanges[id];
    if (r !== undefined) {
      const ok =
        Array.isArray(r) &&
        r.length === 2 &&
        r.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
        (r[0] as number) >= a &&
        (r[0] as number) < (r[1] as number) &&
        (r[1] as number) <= b;
      if (ok) ranges[id] = [r[0] as number, r[1] as number];
      else
        bad(`ranges.${id}`, `[${d.ranges[id].join(', ')}]`, `two numbers lo < hi in [${a}, ${b}]`);
    }
    const f = rawFixed[id];
    if (f !== undefined) {
      if (typeof f === 'number' && Number.isFinite(f) && f >= a && f <= b) fixed[id] = f;
      else bad(`fixed.${id}`, d.fixed[id], `a number in [${a}, ${b}]`);
    }
  }
  const s: NetStudySettings = {
    dataset: oneOf<DatasetId>('dataset', d.dataset, DATASET_IDS),
    noise: num('noise', d.noise, 0, MAX_NOISE, false),
    searched,
    ranges,
    fixed,
    strategy: oneOf<StrategyId>('strategy', d.strategy, STRATEGIES),
    initPoints: num('initPoints', d.initPoints, 1, MAX_BUDGET, true),
    iterations: num('iterations', d.iterations, 0, MAX_BUDGET, true),
    metric: oneOf<Metric>('metric', d.metric, METRICS),
    seed: num('seed', d.seed, 0, MAX_SEED, true),
    backend: oneOf<BackendChoice>('backend', d.backend, BACKEND_CHOICES),
  };
  // Every field above is checked against the form's limits; this is the form's own final word.
  if (validateNetSettings(s) === null) return s;
  bad('', '…', 'settings the form accepts');
  return d;
}

function readSearched(
  raw: unknown,
  fallback: readonly HpId[],
  prefix: string,
  issues: Issue[],
): readonly HpId[] {
  if (raw === undefined) return fallback;
  const ok =
    Array.isArray(raw) &&
    raw.length > 0 &&
    raw.length <= HP_IDS.length &&
    raw.every((v) => (HP_IDS as readonly unknown[]).includes(v)) &&
    new Set(raw).size === raw.length;
  if (ok) return raw as HpId[];
  issues.push(
    issue('fieldInvalid', {
      field: `${prefix}searched`,
      fallback: fallback.join(', '),
      expected: `a list of distinct hyperparameters (${HP_IDS.join(', ')})`,
    }),
  );
  return fallback;
}
