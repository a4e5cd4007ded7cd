/**
 * A lab figure's controls in its link: `l=<figure>_<key>.<value>_<key>.<value>…`, e.g.
 * `l=coverage_k.5_wx.1_wy.0.05_seed.1_seeds.1000`. Every figure is seeded, so its controls are
 * the whole figure: the same values draw the same picture.
 *
 * Compact and readable: keys are short names, values plain decimals or ids, and only characters
 * a query keeps as they are (letters, digits, `.`, `-`, `_`). Each figure declares its fields
 * once (a schema), which both writes and validates: a value that is missing, out of range or not
 * an option gives that field's default and is named in a notice; a link for another figure is
 * ignored. Reading never throws. Pure: no DOM.
 */

export const LAB_LINK_PARAM = 'l';
/** Longest value read; a real figure's is under 100 characters. */
export const MAX_LAB_LINK = 400;

/** One control: how it is written, read and checked, and its default. */
export interface Field<T extends number | string> {
  readonly def: T;
  read(raw: string): T | undefined;
  // A method, so that a field of a narrower id type still fits a schema of strings.
  write(value: T): string;
}

export type Schema = Readonly<Record<string, Field<number> | Field<string>>>;
export type ValuesOf<S extends Schema> = {
  readonly [K in keyof S]: S[K] extends Field<infer T> ? T : never;
};

const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;

/** A whole number in [min, max] (and, where given, one the control offers). */
export function int(
  min: number,
  max: number,
  def: number,
  offered: (v: number) => boolean = () => true,
): Field<number> {
  return {
    def,
    read: (raw) => {
      const v = NUMBER.test(raw) ? Number(raw) : NaN;
      return Number.isInteger(v) && v >= min && v <= max && offered(v) ? v : undefined;
    },
    write: String,
  };
}

/** A number in [min, max], written exactly (a shortest round-trip decimal). */
export function num(min: number, max: number, def: number): Field<number> {
  return {
    def,
    read: (raw) => {
      const v = NUMBER.test(raw) ? Number(raw) : NaN;
      return Number.isFinite(v) && v >= min && v <= max ? v : undefined;
    },
    write: String,
  };
}

/** A figure's seed, as the seed field takes it. */
export function seedField(def = 1): Field<number> {
  return int(0, 2 ** 31 - 1, def);
}

/** One of a list of ids (which must be made of letters, digits and `-`). */
export function oneOf<T extends string>(
  options: readonly T[] | ((raw: string) => boolean),
  def: T,
): Field<T> {
  const ok = typeof options === 'function' ? options : (raw: string) => options.includes(raw as T);
  return {
    def,
    read: (raw) => (/^[\w-]+$/.test(raw) && ok(raw) ? (raw as T) : undefined),
    write: String,
  };
}

export function defaultsOf<S extends Schema>(schema: S): ValuesOf<S> {
  const out: Record<string, number | string> = {};
  for (const [key, field] of Object.entries(schema)) out[key] = field.def;
  return out as ValuesOf<S>;
}

/** The parameter's value for a figure's controls. */
export function encodeLab<S extends Schema>(
  figure: string,
  schema: S,
  values: ValuesOf<S>,
): string {
  const parts = [figure];
  for (const [key, field] of Object.entries(schema)) {
    parts.push(`${key}.${(field.write as (v: unknown) => string)(values[key])}`);
  }
  return parts.join('_');
}

export interface DecodedLab<S extends Schema> {
  readonly values: ValuesOf<S>;
  /** The keys whose value could not be used (reset to their default); empty when all were. */
  readonly reset: readonly string[];
}

/**
 * A figure's controls from a parameter value, or null when the value is for another figure (or
 * none). Unknown keys are ignored (a newer link); missing keys keep their default quietly (an
 * older link); unusable values reset and are named.
 */
export function decodeLab<S extends Schema>(
  figure: string,
  schema: S,
  param: string | null,
): DecodedLab<S> | null {
  if (param === null) return null;
  const parts = param.trim().slice(0, MAX_LAB_LINK).split('_');
  if (parts[0] !== figure) return null;
  const values: Record<string, number | string> = { ...defaultsOf(schema) };
  const reset: string[] = [];
  for (const part of parts.slice(1)) {
    const dot = part.indexOf('.');
    const key = dot < 0 ? part : part.slice(0, dot);
    const field = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (!field) continue;
    const value = dot < 0 ? undefined : field.read(part.slice(dot + 1));
    if (value === undefined) reset.push(key);
    else values[key] = value;
  }
  return { values: values as ValuesOf<S>, reset };
}
