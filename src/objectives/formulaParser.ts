/**
 * The one mathjs instance formulas are parsed with, loaded on first need: mathjs is about a third
 * of the app's first-screen JavaScript, yet only a typed formula needs it (the built-in objectives
 * and the seed example are plain functions). `loadFormulaParser` starts the download once and
 * caches it; `compileFormula` stays synchronous for its callers (store, links, CLI) and answers
 * `pending` until the parser is there, so the app preloads it where a formula may come next.
 *
 * The instance only parses: it is built from the parser's dependencies alone, and import,
 * createUnit, evaluate, parse, compile, simplify, derivative, resolve and reviver are replaced by
 * functions that throw, the pattern mathjs documents for untrusted input.
 */
import type { FactoryFunctionMap, MathNode } from 'mathjs';

export type ParseExpression = (text: string) => MathNode;

let parser: ParseExpression | undefined;
let loading: Promise<ParseExpression> | undefined;

const disabled = (name: string) => () => {
  throw new Error(`${name} is disabled in formulas`);
};

function restrictedParser(mathjs: typeof import('mathjs')): ParseExpression {
  // mathjs types every *Dependencies export as possibly undefined; parseDependencies always exists.
  const restricted = mathjs.create({
    parseDependencies: mathjs.parseDependencies as FactoryFunctionMap,
  });
  // Kept before the overrides below replace it on the instance.
  const parse = restricted.parse;
  restricted.import(
    {
      import: disabled('import'),
      createUnit: disabled('createUnit'),
      evaluate: disabled('evaluate'),
      parse: disabled('parse'),
      compile: disabled('compile'),
      simplify: disabled('simplify'),
      derivative: disabled('derivative'),
      resolve: disabled('resolve'),
      reviver: disabled('reviver'),
    },
    { override: true },
  );
  return (text) => parse(text);
}

/** Loads mathjs once (later calls share the same promise); resolves when formulas compile. */
export function loadFormulaParser(): Promise<ParseExpression> {
  loading ??= import('mathjs').then(
    (m) => (parser = restrictedParser(m)),
    (e: unknown) => {
      loading = undefined; // a failed download (offline, a new deploy) may be retried
      throw e;
    },
  );
  return loading;
}

/** The parser if it has loaded, else undefined (then call `loadFormulaParser` and wait). */
export function formulaParser(): ParseExpression | undefined {
  return parser;
}

/** What compileFormula answers while the parser is still loading (translated in i18n). */
export const PARSER_PENDING_MESSAGE =
  'The formula reader is still loading: wait a moment and try again.';
/** What the form says when the parser's download failed (offline before it was ever cached). */
export const PARSER_FAILED_MESSAGE =
  'The formula reader could not be loaded: check the connection and apply again.';
