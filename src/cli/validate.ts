/** Field-by-field validation of CLI JSON; every failure names the field and what was expected. */
import type { NumberSetting } from '../bo/settingsSchema.ts';
import { CliInputError } from './errors.ts';

export type Json = Record<string, unknown>;

export function asObject(field: string, v: unknown): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new CliInputError(field, `expected a JSON object, got ${describe(v)}`);
  }
  return v as Json;
}

export function optNumber(
  obj: Json,
  key: string,
  path: string,
  fallback: number,
  range: { min?: number; max?: number; integer?: boolean; exclusiveMin?: boolean } = {},
): number {
  const v = obj[key];
  if (v === undefined) return fallback;
  const field = path ? `${path}.${key}` : key;
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new CliInputError(field, `expected a finite number, got ${describe(v)}`);
  if (range.integer && !Number.isInteger(v))
    throw new CliInputError(field, `expected an integer, got ${v}`);
  if (range.min !== undefined && (range.exclusiveMin ? v <= range.min : v < range.min)) {
    throw new CliInputError(
      field,
      `must be ${range.exclusiveMin ? '>' : '>='} ${range.min}, got ${v}`,
    );
  }
  if (range.max !== undefined && v > range.max)
    throw new CliInputError(field, `must be <= ${range.max}, got ${v}`);
  return v;
}

/**
 * A study setting read with its CLI range and default from the schema (bo/settingsSchema.ts); the
 * key is the last part of the setting's CLI path.
 */
export function optSetting(obj: Json, path: string, s: NumberSetting): number {
  if (!s.cli) throw new Error('this setting is not a CLI field');
  const key = s.cli.path.slice(s.cli.path.lastIndexOf('.') + 1);
  const { min, max, exclusiveMin = false } = s.cli;
  return optNumber(obj, key, path, s.default, { min, max, exclusiveMin, integer: s.integer });
}

export function optEnum<T extends string>(
  obj: Json,
  key: string,
  path: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = obj[key];
  if (v === undefined) return fallback;
  const field = path ? `${path}.${key}` : key;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new CliInputError(
      field,
      `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(v)}`,
    );
  }
  return v as T;
}

export function optBoolean(obj: Json, key: string, path: string, fallback: boolean): boolean {
  const v = obj[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean')
    throw new CliInputError(
      path ? `${path}.${key}` : key,
      `expected true or false, got ${describe(v)}`,
    );
  return v;
}

/** Rejects keys the contract does not know, so a typo ("iteration") is not silently ignored. */
export function noUnknownKeys(obj: Json, path: string, known: readonly string[]): void {
  for (const k of Object.keys(obj)) {
    if (!known.includes(k)) {
      throw new CliInputError(
        path ? `${path}.${k}` : k,
        `unknown field; expected one of ${known.join(', ')}`,
      );
    }
  }
}

export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string')
    return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'number') return String(v);
  return typeof v;
}
