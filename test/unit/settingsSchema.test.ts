/**
 * The settings schema against everything that reads it: every entry is consistent on its own, and
 * the link validator, the CLI parser and the store's setters accept exactly the ranges it gives.
 * Driven by the schema's tables, so a new setting is covered without touching this file.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DEFAULT_LOOP } from '../../src/bo/defaults.ts';
import {
  ACQUISITION_PARAM,
  ACQUISITION_TYPES,
  STUDY_SETTINGS,
  VIEW_SETTINGS,
  inRange,
  type AcquisitionType,
  type NumberSetting,
  type Range,
  type Setting,
} from '../../src/bo/settingsSchema.ts';
import { parseRunConfig } from '../../src/cli/runCommand.ts';
import { CliInputError } from '../../src/cli/errors.ts';
import type { AcquisitionSpec } from '../../src/math/acquisition.ts';
import { parseStudy } from '../../src/share/validate.ts';
import { DEFAULT_SETTINGS, type StudySettings } from '../../src/store/settings.ts';
import { useStore } from '../../src/store/store.ts';

type Table = Readonly<Record<string, Setting>>;
const TABLES = { settings: STUDY_SETTINGS, view: VIEW_SETTINGS } as const satisfies Record<
  string,
  Table
>;

const entries = (t: Table) => Object.entries(t);
const numbers = (t: Table) =>
  entries(t).filter((e): e is [string, NumberSetting] => e[1].kind === 'number');
const allNumbers = () => Object.values(TABLES).flatMap(numbers);

/** Values just inside and just outside a range (a step of 1 for integers). */
function edges(s: NumberSetting, r: Range) {
  const step = (v: number) => (s.integer ? 1 : Math.abs(v) * 1e-6 || 1e-6);
  const lowest = r.exclusiveMin ? r.min + step(r.min) : r.min;
  return {
    inside: [lowest, ...(Number.isFinite(r.max) ? [r.max] : [1e300])],
    outside: [
      r.exclusiveMin ? r.min : r.min - step(r.min),
      ...(Number.isFinite(r.max) ? [r.max + step(r.max)] : []),
      ...(s.integer ? [lowest + 0.5] : []),
    ],
  };
}

const within = (inner: Range, outer: Range) =>
  inRange(inner.exclusiveMin ? inner.min + Number.EPSILON : inner.min, outer) &&
  inner.max <= outer.max;

describe('every schema entry on its own', () => {
  it.each(allNumbers())('%s: default, UI and CLI ranges agree with the valid range', (_, s) => {
    expect(inRange(s.default, s.valid)).toBe(true);
    expect(s.valid.min).toBeLessThan(s.valid.max);
    if (s.integer) expect(Number.isInteger(s.default)).toBe(true);
    if (s.ui) expect(within(s.ui, s.valid)).toBe(true);
    // A study made in the app can be rerun headless: the CLI accepts every valid value.
    if (s.cli) expect(within(s.valid, s.cli)).toBe(true);
  });

  it.each(Object.values(TABLES).flatMap(entries))(
    '%s: an enum default is one of its values',
    (_, s) => {
      if (s.kind !== 'enum') return;
      expect(s.values).toContain(s.default);
      expect(new Set(s.values).size).toBe(s.values.length);
    },
  );

  it('the seed example is the default study, in the store and the loop alike', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ acquisition: 'ei', xi: 0.01, initPoints: 2 });
    expect(DEFAULT_LOOP).toMatchObject({
      initPoints: STUDY_SETTINGS.initPoints.default,
      iterations: STUDY_SETTINGS.iterations.default,
      initDesign: STUDY_SETTINGS.initDesign.default,
      seed: STUDY_SETTINGS.seed.default,
      fitKernel: STUDY_SETTINGS.fitKernel.default,
      acquisition: { type: STUDY_SETTINGS.acquisition.default, xi: STUDY_SETTINGS.xi.default },
      kernel: {
        type: STUDY_SETTINGS.kernelType.default,
        lengthScale: STUDY_SETTINGS.lengthScale.default,
        variance: STUDY_SETTINGS.variance.default,
      },
    });
  });
});

describe('the link validator accepts exactly the valid range', () => {
  const read = (table: keyof typeof TABLES, key: string, v: unknown) => {
    const r = parseStudy({ settings: {}, [table]: { [key]: v } });
    const got = (r.study as unknown as Record<string, Record<string, unknown>>)[table]?.[key];
    return { got, issues: r.issues };
  };

  for (const [table, t] of Object.entries(TABLES) as [keyof typeof TABLES, Table][]) {
    it.each(entries(t))(`${table}.%s`, (key, s) => {
      const bad =
        s.kind === 'number'
          ? edges(s, s.valid).outside
          : [s.kind === 'enum' ? 'no-such-value' : 'yes', null, {}];
      const good =
        s.kind === 'number'
          ? edges(s, s.valid).inside
          : s.kind === 'enum'
            ? s.values
            : [true, false];
      for (const v of good) expect(read(table, key, v)).toEqual({ got: v, issues: [] });
      for (const v of bad) {
        const { got, issues } = read(table, key, v);
        expect(got).toEqual(s.default);
        expect(issues).toHaveLength(1);
        expect(issues[0]).toMatchObject({ code: 'fieldInvalid' });
        expect(JSON.stringify(issues[0])).toContain(`${table}.${key}`);
      }
    });
  }
});

describe('the CLI accepts exactly its range', () => {
  /** The acquisition whose parameter a path names ("acquisition.kappa" needs type "ucb"). */
  const typeFor = (param: string) =>
    ACQUISITION_TYPES.find((a) => ACQUISITION_PARAM[a] === param) as AcquisitionType;
  const configWith = (path: string, v: unknown): Record<string, unknown> => {
    const [head, leaf] = path.split('.') as [string, string | undefined];
    if (leaf === undefined) return { objective: 'branin', [head]: v };
    const extra = head === 'acquisition' ? { type: typeFor(leaf) } : {};
    return { objective: 'branin', [head]: { ...extra, [leaf]: v } };
  };
  const pathOf = (o: unknown, path: string): unknown =>
    path.split('.').reduce((a, k) => (a as Record<string, unknown>)[k], o);
  const cliNumbers = numbers(STUDY_SETTINGS).filter(([, s]) => s.cli);

  it('has a CLI field for every study number but the noise (the CLI evaluates noise-free)', () => {
    expect(
      numbers(STUDY_SETTINGS)
        .filter(([, s]) => !s.cli)
        .map(([k]) => k),
    ).toEqual(['noise']);
  });

  it.each(cliNumbers)('%s', (_, s) => {
    const cli = s.cli as NonNullable<NumberSetting['cli']>;
    const { inside, outside } = edges(s, cli);
    for (const v of inside)
      expect(pathOf(parseRunConfig(configWith(cli.path, v)).config, cli.path)).toBe(v);
    for (const v of outside) {
      let err: unknown;
      try {
        parseRunConfig(configWith(cli.path, v));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(CliInputError);
      expect((err as CliInputError).message).toMatch(
        new RegExp(`^${cli.path.replace('.', '\\.')}: `),
      );
    }
    const defaults = parseRunConfig(configWith(cli.path, undefined)).config;
    expect(pathOf(defaults, cli.path)).toBe(s.default);
  });
});

describe("the store's setters clamp into the valid range", () => {
  const setterOf = (key: string) =>
    (useStore.getState() as unknown as Record<string, (v: number) => void>)[
      `set${key[0]?.toUpperCase()}${key.slice(1)}`
    ];
  const valueOf = (key: string) => {
    const s = useStore.getState();
    const settings = s.settings as unknown as Record<string, unknown>;
    return key in settings ? settings[key] : (s as unknown as Record<string, unknown>)[key];
  };

  it.each(allNumbers())('%s', (key, s) => {
    const set = setterOf(key);
    expect(set).toBeTypeOf('function');
    set?.(s.valid.max * 10 + 1);
    expect(valueOf(key)).toBe(s.valid.max);
    set?.(s.valid.min - 1);
    expect(valueOf(key)).toBe(s.valid.min);
    set?.(NaN);
    expect(valueOf(key)).toBe(s.default);
  });
});

describe('types derived from the schema', () => {
  it('the acquisition list and AcquisitionSpec name the same types', () => {
    // Compile-time: tsc fails here when an acquisition is in one and not the other.
    expectTypeOf<AcquisitionType>().toEqualTypeOf<AcquisitionSpec['type']>();
    expect(Object.keys(ACQUISITION_PARAM)).toEqual([...ACQUISITION_TYPES]);
  });

  it('a study holds one field per schema entry, and the objective', () => {
    expectTypeOf<keyof StudySettings>().toEqualTypeOf<keyof typeof STUDY_SETTINGS | 'objective'>();
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(
      [...Object.keys(STUDY_SETTINGS), 'objective'].sort(),
    );
  });
});
