/**
 * User-typed formulas, compiled without eval or new Function (DESIGN.md, Reliability).
 *
 * mathjs only parses, through the restricted instance formulaParser.ts loads on first need
 * (call `loadFormulaParser()` before the first compile; until then the answer is `pending`). The syntax tree is then
 * checked against a whitelist (numbers, the objective's variables, pi and e, + - * / ^, unary
 * minus/plus, parentheses, named real functions) and turned into a tree of closures over plain
 * float64 numbers. Evaluation never calls back into mathjs, so no mathjs type (Complex, Unit,
 * Matrix, string) can appear: a non-real result such as sqrt(-1) is simply NaN, which the loop
 * records as a failed point. It is faster too: 1e5 evaluations of the seed formula take about
 * 25 ms in Node, against about 100 ms through mathjs compile().
 *
 * Before any of that, the text itself is checked (formulaChars.ts): no # comment, line break or
 * invisible character, so every copy of a formula (title, link, exported script) is what it shows.
 */
import type { MathNode } from 'mathjs';
import { validateDims } from './dims.ts';
import { findForbiddenChar, type CharProblem } from './formulaChars.ts';
import { compileTree } from './formulaCompiler.ts';
import { formulaParser, PARSER_PENDING_MESSAGE } from './formulaParser.ts';
import { TokenLocator } from './formulaTokens.ts';
import type { Dim, Goal, Objective } from './types.ts';

/** Longest formula accepted, in characters. */
export const MAX_FORMULA_LENGTH = 500;
/** The id of every objective made by `compileFormula`; no registry entry uses it. */
export const FORMULA_OBJECTIVE_ID = 'custom-formula';

/** A compiled formula, or why it was rejected; `column` is 1-based, for formula errors only. */
export type FormulaResult =
  | { ok: true; objective: Objective }
  | { ok: false; error: { message: string; column?: number; pending?: true } };

export { FORMULA_CONSTANTS, FORMULA_FUNCTIONS } from './formulaCompiler.ts';
export { formulaParser, loadFormulaParser } from './formulaParser.ts';
// The dimension rules live in dims.ts (one check for the form, links, files and the CLI).
export { MAX_DIM_NAME_LENGTH, MAX_FORMULA_DIMS, validateDims } from './dims.ts';

/**
 * Compiles a formula over `dims` into an Objective, once; its `f` is then cheap to call.
 *
 * Units: `f` takes a point in search units like every Objective, but the formula sees natural
 * units. For a log10 dimension named `lr` with bounds (-5, -1), `lr` in the formula is the
 * learning rate itself, 10^r for the exponent r being searched, because that is what a person
 * writes formulas in: `-(log10(lr) + 2.5)^2` peaks at lr = 10^-2.5.
 *
 * Values: `f` always returns a JS number; non-real results (sqrt(-1), log(-1), (-8)^(1/3)) are
 * NaN and division by zero is +/-Infinity, which `safeEvaluate` reports as failed and valid.
 *
 * @param source - the formula, e.g. `exp(-(x - 3)^2) + 1 / (x^2 + 1)`; `^` is power.
 * @param opts - goal (default 'maximize') and title (default `f(x) = <formula>`).
 */
export function compileFormula(
  source: string,
  dims: readonly Dim[],
  opts: { goal?: Goal | undefined; title?: string | undefined } = {},
): FormulaResult {
  const fail = (message: string, column?: number): FormulaResult => ({
    ok: false,
    error: column === undefined ? { message } : { message, column },
  });
  if (typeof source !== 'string') return fail('The formula must be text.');
  const dimError = validateDims(dims);
  if (dimError !== undefined) return fail(dimError);
  const goal = opts.goal ?? 'maximize';
  if (goal !== 'maximize' && goal !== 'minimize') {
    return fail("The goal must be 'maximize' or 'minimize'.");
  }
  const text = source.trim();
  if (text === '') return fail('The formula is empty: type an expression such as sin(x) + x / 2.');
  if (text.length > MAX_FORMULA_LENGTH) {
    return fail(
      `The formula is too long (${text.length} characters; at most ${MAX_FORMULA_LENGTH}).`,
    );
  }
  const forbidden = findForbiddenChar(source);
  if (forbidden !== undefined) {
    // Columns count in the trimmed text, as every other message's do (and the form's caret).
    const column = forbidden.index - (source.length - source.trimStart().length) + 1;
    return fail(...charMessage(forbidden, column >= 1 ? column : undefined));
  }
  const locator = new TokenLocator(text);
  const starStar = locator.first('**');
  if (starStar !== undefined) {
    return fail(`Use ^ for powers, e.g. x^2, not ** (column ${starStar}).`, starStar);
  }
  const parseExpression = formulaParser();
  // Not cached by callers: the same formula compiles once loadFormulaParser() has resolved.
  if (parseExpression === undefined) {
    return { ok: false, error: { message: PARSER_PENDING_MESSAGE, pending: true } };
  }
  let tree: MathNode;
  try {
    tree = parseExpression(text);
  } catch (e) {
    return syntaxError(e, fail);
  }
  const compiled = compileTree(tree, locator, dims);
  if (!compiled.ok) return fail(compiled.problem.message, compiled.problem.column);
  const ev = compiled.ev;
  const names = dims.map((d) => d.name).join(', ');
  return {
    ok: true,
    objective: {
      id: FORMULA_OBJECTIVE_ID,
      title: opts.title ?? `f(${names}) = ${text}`,
      description: 'A formula you typed.',
      dims: dims.map((d) => ({ ...d })),
      goal,
      f: (x) => ev(x),
      formula: text,
    },
  };
}

function charMessage(p: CharProblem, column: number | undefined): [string, number?] {
  const at = column === undefined ? '' : ` at column ${column}`;
  const message =
    p.kind === 'comment'
      ? `Comments with '#'${at} are not allowed: a formula is one expression; delete the '#' and the text after it.`
      : p.kind === 'lineBreak'
        ? `A line break${at} is not allowed: write the formula on one line.`
        : `The invisible or control character ${p.codePoint}${at} is not allowed: delete it, or retype the formula if you cannot see it.`;
  return column === undefined ? [message] : [message, column];
}

const SYNTAX_HINTS: readonly (readonly [RegExp, string])[] = [
  [/^Value expected$/, 'a number, a variable or "(" is expected here'],
  [/^Unexpected end of expression$/, 'the formula ends too early'],
  [/^Parenthesis \) expected$/, 'a closing parenthesis ")" is missing'],
  [/^Unexpected operator (.+)$/, 'unexpected "$1"'],
  [/^Unexpected part "(.+)"$/, 'unexpected "$1"'],
  [/^Syntax error in part "(.+)"$/, 'cannot read "$1"'],
];

function syntaxError(
  e: unknown,
  fail: (message: string, column?: number) => FormulaResult,
): FormulaResult {
  const raw = e instanceof Error ? e.message : String(e);
  const char = (e as { char?: unknown } | null)?.char;
  const m = /^(.*?)\s*\(char (\d+)\)$/.exec(raw);
  // mathjs's "char N" is already 1-based: its col() is index - token length + 1.
  const column = typeof char === 'number' ? char : m ? Number(m[2]) : undefined;
  let message = m?.[1] ?? raw;
  for (const [pattern, readable] of SYNTAX_HINTS) {
    if (pattern.test(message)) {
      message = message.replace(pattern, readable);
      break;
    }
  }
  const where = column === undefined ? '' : ` at column ${column}`;
  return fail(`Syntax error${where}: ${message}.`, column);
}
