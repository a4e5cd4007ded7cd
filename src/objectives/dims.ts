/**
 * The one check of a search box, for every way a box arrives: the formula form, links, session
 * files and the CLI (DESIGN.md, Reliability). A box passes when the numbers the app computes from
 * it stay finite and the plots can label it:
 *
 * - |bound| <= 1e100 (linear). The GP divides distances by a length scale as small as 1e-5 and
 *   squares them; (2e100 / 1e-5)^2 is still finite, while +/-1.7e308 makes max - min itself
 *   infinite and every plotted x NaN.
 * - max - min >= 1e-100. Squared distances of a narrower box (over a 1e5 length scale) underflow
 *   towards 0 and the model sees one point: [0, 1e-300] drew NaN paths.
 * - max - min >= 1e-6 x the largest |bound|. Ticks then need at most 9 significant digits to tell
 *   neighbours apart (src/plots/format.ts, tickLabels), a float64 grid across the box stays about
 *   1e9 distinct points, and labels stay short enough to fit; [1, 1.0000000000000002] drew twenty
 *   ticks all labelled "1".
 * - log10 dims: the bounds are exponents within [-300, 300] (10^x stays a normal float64), at
 *   least 0.01 apart (a factor 1.023: anything narrower is not a log-scale question).
 *
 * Messages are English, the reference language of the compiler and the CLI; the UI words a
 * bounds problem from its data (`boundsProblem`) and translates the rest (i18n/formulaErrors.ts).
 */
import { isBuiltinName } from './formulaCompiler.ts';
import type { Dim, Scale } from './types.ts';

/** Most dimensions a formula may have (the CLI runs them all). */
export const MAX_FORMULA_DIMS = 20;
/**
 * Most dimensions the app's BO screen shows: a 1D curve, 2D maps, or beyond that maps over a chosen
 * pair with 1D slices through the best trial for every dim (one slice row per dim stays readable).
 */
export const MAX_APP_DIMS = 10;
/** Longest dimension name accepted. */
export const MAX_DIM_NAME_LENGTH = 32;
/** Largest |bound| of a linear dimension. */
export const MAX_ABS_BOUND = 1e100;
/** Narrowest linear box, whatever its place. */
export const MIN_ABS_WIDTH = 1e-100;
/** Narrowest linear box relative to its largest |bound|. */
export const MIN_REL_WIDTH = 1e-6;
/** Largest |exponent| of a log10 dimension's bounds. */
export const MAX_LOG10_EXPONENT = 300;
/** Narrowest log10 box, in decades. */
export const MIN_LOG10_WIDTH = 0.01;

// Words the mathjs parser reads as operators or literals, so a variable cannot be named after them.
const PARSER_WORDS = new Set([
  'mod',
  'to',
  'in',
  'and',
  'or',
  'xor',
  'not',
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  'end',
]);

/**
 * Why finite bounds with min < max cannot be used, as data the UI words in its own language.
 * `least` is the narrowest width accepted, in the dimension's own units (natural units for log10).
 */
export type BoundsProblem =
  | {
      readonly kind: 'tooLarge';
      readonly key: 'min' | 'max';
      readonly value: number;
      readonly limit: number;
    }
  | { readonly kind: 'logRange'; readonly limit: number }
  | { readonly kind: 'tooNarrow'; readonly least: number }
  | { readonly kind: 'logTooNarrow'; readonly factor: number };

/**
 * What is wrong with finite bounds min < max (search units: exponents for log10), or undefined.
 * Callers check finiteness and order first, each with their own message.
 */
export function boundsProblem(min: number, max: number, scale: Scale): BoundsProblem | undefined {
  if (scale === 'log10') {
    if (min < -MAX_LOG10_EXPONENT || max > MAX_LOG10_EXPONENT)
      return { kind: 'logRange', limit: MAX_LOG10_EXPONENT };
    // With a little slack: log10 of typed bounds (1e-5 to 1.0233e-5) carries float noise.
    if (max - min < MIN_LOG10_WIDTH * (1 - 1e-9))
      return { kind: 'logTooNarrow', factor: round2(10 ** MIN_LOG10_WIDTH) };
    return undefined;
  }
  for (const [key, value] of [
    ['min', min],
    ['max', max],
  ] as const)
    if (Math.abs(value) > MAX_ABS_BOUND)
      return { kind: 'tooLarge', key, value, limit: MAX_ABS_BOUND };
  const least = leastWidth(min, max);
  // The message's number is rounded up, so that "at least 1.1e-6" read from it is itself enough.
  return max - min < least ? { kind: 'tooNarrow', least: roundUp2(least) } : undefined;
}

/** The narrowest width accepted for a linear box with these bounds. */
export function leastWidth(min: number, max: number): number {
  return Math.max(MIN_ABS_WIDTH, MIN_REL_WIDTH * Math.max(Math.abs(min), Math.abs(max)));
}

function roundUp2(v: number): number {
  if (v === 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(v)) - 1);
  // Float noise (1e-6 x 1.0000000000000002) must not round 1.0e-6 up to 1.1e-6.
  const r = Math.ceil(v / p - 1e-9) * p;
  return Number(r.toPrecision(2));
}

const round2 = (v: number) => Number(v.toPrecision(4));

/** The English sentence for a bounds problem (the CLI's and the compiler's wording). */
export function boundsProblemText(p: BoundsProblem): string {
  switch (p.kind) {
    case 'tooLarge':
      return `${p.key} (${p.value}) is too far from 0: bounds must lie within ±${p.limit}; rescale the variable (e.g. measure in millions).`;
    case 'logRange':
      return `log10 bounds are exponents (e.g. -5 and -1 for 1e-5 to 1e-1) and must lie in [-${p.limit}, ${p.limit}].`;
    case 'tooNarrow':
      return `the range is too narrow to plot: max - min must be at least ${p.least}; widen it, or shift the variable so that its range lies nearer 0.`;
    case 'logTooNarrow':
      return `on a log10 scale max must be at least ${p.factor} × min; widen the range or use the linear scale.`;
  }
}

/**
 * Checks dimensions for a formula: 1 to MAX_FORMULA_DIMS of them, names that are identifiers
 * (letters, digits, _), unique and not a function, constant or parser word; finite bounds with
 * min < max that `boundsProblem` accepts.
 *
 * @returns a message naming the bad dimension, or undefined when all are valid.
 */
export function validateDims(dims: readonly Dim[]): string | undefined {
  if (!Array.isArray(dims) || dims.length === 0) return 'A formula needs at least one dimension.';
  if (dims.length > MAX_FORMULA_DIMS) {
    return `At most ${MAX_FORMULA_DIMS} dimensions are supported, got ${dims.length}.`;
  }
  const seen = new Set<string>();
  for (let k = 0; k < dims.length; k++) {
    const d = dims[k] as Dim;
    const name: unknown = d?.name;
    const problem = dimProblem(d, seen);
    if (problem !== undefined) {
      const named = typeof name === 'string' && name !== '' ? ` ('${name}')` : '';
      return `Dimension ${k + 1}${named}: ${problem}`;
    }
    seen.add(d.name);
  }
  return undefined;
}

/**
 * The app's own limit on top of `validateDims`: the BO screen draws up to MAX_APP_DIMS dimensions,
 * so a study of more is refused whole (never shown with dimensions dropped).
 */
export function validateAppDims(dims: readonly Dim[]): string | undefined {
  const problem = validateDims(dims);
  if (problem !== undefined) return problem;
  if (dims.length > MAX_APP_DIMS) return appDimsText(dims.length);
  return undefined;
}

/** The English refusal of a study with `count` > MAX_APP_DIMS dimensions. */
export function appDimsText(count: number): string {
  return `This study has ${count} dimensions; the app shows 1 to ${MAX_APP_DIMS} (the CLI runs up to ${MAX_FORMULA_DIMS}: npm run cli -- run).`;
}

function dimProblem(d: Dim | undefined, seen: ReadonlySet<string>): string | undefined {
  if (typeof d !== 'object' || d === null) return 'not an object with name, min, max and scale.';
  const { name, min, max, scale } = d;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    return 'a name must start with a letter or _ and contain only letters, digits and _.';
  }
  if (name.length > MAX_DIM_NAME_LENGTH) {
    return `the name is longer than ${MAX_DIM_NAME_LENGTH} characters.`;
  }
  const builtin = isBuiltinName(name);
  if (builtin !== undefined) return `'${name}' is a ${builtin} name; choose another name.`;
  if (PARSER_WORDS.has(name)) return `'${name}' is a reserved word; choose another name.`;
  if (seen.has(name)) return `the name '${name}' is used twice.`;
  if (scale !== 'linear' && scale !== 'log10') return "scale must be 'linear' or 'log10'.";
  if (typeof min !== 'number' || !Number.isFinite(min)) return 'min must be a finite number.';
  if (typeof max !== 'number' || !Number.isFinite(max)) return 'max must be a finite number.';
  if (!(min < max)) return `min (${min}) must be less than max (${max}).`;
  const bounds = boundsProblem(min, max, scale);
  return bounds === undefined ? undefined : boundsProblemText(bounds);
}
