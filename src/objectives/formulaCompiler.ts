/**
 * The formula whitelist and compiler: checks a mathjs syntax tree node by node and turns what is
 * allowed into closures over plain float64 numbers (see formula.ts for why not mathjs evaluate).
 */
import type { MathNode } from 'mathjs';
import type { TokenLocator } from './formulaTokens.ts';
import type { Dim } from './types.ts';

interface FnSpec {
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly fn: (...args: number[]) => number;
}
const fixed = (n: number, fn: (...args: number[]) => number): FnSpec => ({
  minArgs: n,
  maxArgs: n,
  fn,
});
const variadic = (fn: (...args: number[]) => number): FnSpec => ({
  minArgs: 1,
  maxArgs: Infinity,
  fn,
});

// The names and conventions are mathjs's so its documentation applies; a Map, not an object
// literal, so that names such as 'constructor' or '__proto__' can never match.
const FUNCTIONS: ReadonlyMap<string, FnSpec> = new Map<string, FnSpec>([
  ['sin', fixed(1, Math.sin)],
  ['cos', fixed(1, Math.cos)],
  ['tan', fixed(1, Math.tan)],
  ['asin', fixed(1, Math.asin)],
  ['acos', fixed(1, Math.acos)],
  ['atan', fixed(1, Math.atan)],
  ['atan2', fixed(2, Math.atan2)],
  ['sinh', fixed(1, Math.sinh)],
  ['cosh', fixed(1, Math.cosh)],
  ['tanh', fixed(1, Math.tanh)],
  ['exp', fixed(1, Math.exp)],
  // log(x) is natural; log(x, base) as in mathjs.
  [
    'log',
    {
      minArgs: 1,
      maxArgs: 2,
      fn: (x, b) => (b === undefined ? Math.log(x) : Math.log(x) / Math.log(b)),
    },
  ],
  ['log10', fixed(1, Math.log10)],
  ['log2', fixed(1, Math.log2)],
  ['sqrt', fixed(1, Math.sqrt)],
  ['cbrt', fixed(1, Math.cbrt)],
  ['abs', fixed(1, Math.abs)],
  ['min', variadic(Math.min)],
  ['max', variadic(Math.max)],
  ['pow', fixed(2, Math.pow)],
  ['floor', fixed(1, Math.floor)],
  ['ceil', fixed(1, Math.ceil)],
  // Halves away from zero, as mathjs rounds (Math.round(-2.5) would give -2).
  ['round', fixed(1, (x) => Math.sign(x) * Math.round(Math.abs(x)))],
  ['sign', fixed(1, Math.sign)],
  ['hypot', variadic(Math.hypot)],
]);

const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
]);

const BINARY: ReadonlyMap<string, (a: number, b: number) => number> = new Map([
  ['add', (a: number, b: number) => a + b],
  ['subtract', (a: number, b: number) => a - b],
  ['multiply', (a: number, b: number) => a * b],
  ['divide', (a: number, b: number) => a / b],
  ['pow', (a: number, b: number) => a ** b],
]);

/** The names usable as functions in a formula, for help texts. */
export const FORMULA_FUNCTIONS: readonly string[] = [...FUNCTIONS.keys()];
/** The named constants usable in a formula. */
export const FORMULA_CONSTANTS: readonly string[] = [...CONSTANTS.keys()];

/** A compiled formula: `ev` takes a point in search units. */
export type Ev = (x: readonly number[]) => number;

/** A reason a formula was rejected; `column` is 1-based. */
export interface Problem {
  readonly message: string;
  readonly column?: number;
}

/** Whether `name` is taken by a formula function or constant, so no variable may use it. */
export function isBuiltinName(name: string): 'function' | 'constant' | undefined {
  return FUNCTIONS.has(name) ? 'function' : CONSTANTS.has(name) ? 'constant' : undefined;
}

/**
 * Compiles a parsed formula over `dims`, whose names must already be validated. Returns the
 * evaluator, or the leftmost problem found (every node is visited, so that is the one a person
 * reading the formula meets first).
 */
export function compileTree(
  tree: MathNode,
  locator: TokenLocator,
  dims: readonly Dim[],
): { ok: true; ev: Ev } | { ok: false; problem: Problem } {
  const compiler = new Compiler(locator, dims);
  const root = compiler.compile(tree);
  const problem = compiler.firstProblem();
  return problem === undefined ? { ok: true, ev: root.ev } : { ok: false, problem };
}

interface Compiled {
  readonly ev: Ev;
  readonly constant: boolean;
}
// The fields of the mathjs node types read here; mathjs's own generics are awkward to narrow.
interface AnyNode {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
  readonly op?: string;
  readonly fn?: AnyNode | string;
  readonly args?: readonly AnyNode[];
  readonly content?: AnyNode;
  readonly isPercentage?: boolean;
  readonly object?: AnyNode;
  readonly index?: AnyNode | null;
  forEach(callback: (child: AnyNode) => void): void;
}

const ASSIGNMENT =
  "Assignments with '='{at} are not allowed: write only the expression, e.g. x^2 rather than y = x^2.";
// Longest right-hand side quoted back in the assignment message.
const QUOTE_MAX = 60;

// Node types never allowed, with the tokens that mark them in the source and the message.
const REJECTED: ReadonlyMap<string, readonly [readonly string[], string]> = new Map<
  string,
  readonly [readonly string[], string]
>([
  ['FunctionAssignmentNode', [['='], ASSIGNMENT]],
  ['ConditionalNode', [['?'], 'Conditionals (a ? b : c) are not supported{at}.']],
  ['ArrayNode', [['['], 'Arrays and matrices [...] are not supported{at}.']],
  ['ObjectNode', [['{'], 'Objects {...} are not supported{at}.']],
  ['RangeNode', [[':'], 'Ranges (a:b) are not supported{at}.']],
  ['AccessorNode', [['.', '['], 'Property access and indexing (a.b, a[1]) are not supported{at}.']],
  ['BlockNode', [[';', '\n'], "Write a single expression: found ';' or a line break{at}."]],
  ['RelationalNode', [['<', '>', '<=', '>=', '==', '!='], 'Comparisons are not supported{at}.']],
  ['IndexNode', [[], '']],
]);

const FAILED: Compiled = { ev: () => NaN, constant: false };
const constant = (v: number): Compiled => ({ ev: () => v, constant: true });
const at = (col: number | undefined) => (col === undefined ? '' : ` at column ${col}`);
const quoteList = (names: readonly string[]) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;

/** Walks a parsed tree in source order, collecting every problem, and builds the closures. */
class Compiler {
  private readonly problems: Problem[] = [];
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    private readonly locator: TokenLocator,
    private readonly dims: readonly Dim[],
  ) {
    this.index = new Map(dims.map((d, k) => [d.name, k]));
  }

  /** The leftmost problem, which is the one a person reading the formula meets first. */
  firstProblem(): Problem | undefined {
    let best: Problem | undefined;
    for (const p of this.problems) {
      if (
        best === undefined ||
        (p.column !== undefined && (best.column === undefined || p.column < best.column))
      )
        best = p;
    }
    return best;
  }

  compile(node: MathNode | AnyNode): Compiled {
    const n = node as AnyNode;
    switch (n.type) {
      case 'ConstantNode':
        return this.constantNode(n);
      case 'SymbolNode':
        return this.symbol(n.name ?? '');
      case 'ParenthesisNode':
        return n.content === undefined ? FAILED : this.compile(n.content);
      case 'OperatorNode':
        return this.operator(n);
      case 'FunctionNode':
        return this.call(n);
      case 'AssignmentNode':
        return this.assignment(n);
      default: {
        const rule = REJECTED.get(n.type);
        if (rule === undefined) {
          return this.reject(
            n,
            undefined,
            `This kind of expression (${n.type}) is not allowed{at}.`,
          );
        }
        const [tokens, message] = rule;
        return this.reject(n, tokens.length > 0 ? this.locator.op(...tokens) : undefined, message);
      }
    }
  }

  private problem(message: string, column: number | undefined): void {
    const text = message.replace('{at}', at(column));
    this.problems.push(column === undefined ? { message: text } : { message: text, column });
  }

  // Children are still visited so the locator stays in step and their own problems are found.
  // An empty message rejects silently (an IndexNode is reported through its AccessorNode).
  private reject(n: AnyNode, column: number | undefined, message: string): Compiled {
    if (message !== '') this.problem(message, column);
    n.forEach((child) => void this.compile(child));
    return FAILED;
  }

  // `y = x^2`: the assigned name is not a variable of the formula, so it is passed over (not
  // reported as unknown) and the message shows the expression to keep, as the person typed it.
  private assignment(n: AnyNode): Compiled {
    const target = n.object;
    if (target?.type === 'SymbolNode') this.locator.ident(target.name ?? '');
    else if (target !== undefined) this.compile(target);
    if (n.index) this.compile(n.index);
    const column = this.locator.op('=');
    if (n.value !== undefined) this.compile(n.value as AnyNode);
    const source = this.locator.source;
    const lhs = column === undefined ? '' : source.slice(0, column - 1).trim();
    const rhs = column === undefined ? '' : source.slice(column).trim();
    // Quoted only when the whole formula is this one assignment, short enough to read.
    const quoted =
      /^[A-Za-z_][A-Za-z0-9_]*$/.test(lhs) &&
      rhs !== '' &&
      rhs.length <= QUOTE_MAX &&
      !/[;=]/.test(rhs)
        ? ASSIGNMENT.replace('x^2 rather than y = x^2', `${rhs} rather than ${lhs} = ${rhs}`)
        : ASSIGNMENT;
    this.problem(quoted, column);
    return FAILED;
  }

  private constantNode(n: AnyNode): Compiled {
    const v = n.value;
    if (typeof v === 'number') return constant(v);
    if (typeof v === 'string') {
      this.problem(
        'Text in quotes is not allowed{at}: formulas work with numbers only.',
        this.locator.string(),
      );
    } else {
      const word = String(v);
      this.problem(
        `'${word}'{at} is not a number: formulas work with numbers only.`,
        this.locator.ident(word),
      );
    }
    return FAILED;
  }

  private symbol(name: string): Compiled {
    const column = this.locator.ident(name);
    const k = this.index.get(name);
    if (k !== undefined) {
      // The formula sees natural units: 10^r for the exponent r of a log10 dimension.
      if (this.dims[k]?.scale === 'log10')
        return { ev: (x) => 10 ** (x[k] as number), constant: false };
      return { ev: (x) => x[k] as number, constant: false };
    }
    const c = CONSTANTS.get(name);
    if (c !== undefined) return constant(c);
    if (FUNCTIONS.has(name)) {
      this.problem(
        `'${name}'{at} is a function: write ${name}(...) with its argument in parentheses.`,
        column,
      );
    } else {
      const vars = this.dims.map((d) => d.name);
      const hint = this.caseHint(name, [...vars, ...CONSTANTS.keys()]);
      this.problem(`Unknown variable '${name}'{at}: use ${quoteList(vars)}${hint}.`, column);
    }
    return FAILED;
  }

  private caseHint(name: string, candidates: Iterable<string>): string {
    const lower = name.toLowerCase();
    for (const c of candidates)
      if (c.toLowerCase() === lower) return ` (names are case-sensitive: did you mean ${c}?)`;
    return '';
  }

  private operator(n: AnyNode): Compiled {
    const op = n.op ?? '';
    const fn = typeof n.fn === 'string' ? n.fn : '';
    const args = (n.args ?? []).map((a) => this.compile(a));
    if (n.isPercentage === true) {
      this.problem(
        'Percentages like 5% are not supported{at}: write 5 / 100.',
        this.locator.op('%'),
      );
      return FAILED;
    }
    const binary = BINARY.get(fn);
    if (args.length === 2 && binary !== undefined) {
      const [a, b] = args as [Compiled, Compiled];
      return this.fold(args, (x) => binary(a.ev(x), b.ev(x)));
    }
    if (args.length === 1 && (fn === 'unaryMinus' || fn === 'unaryPlus')) {
      const a = (args[0] as Compiled).ev;
      return this.fold(args, fn === 'unaryMinus' ? (x) => -a(x) : a);
    }
    // A transpose quote reads as the start of a string to the tokenizer.
    const column = /^[a-z]+$/.test(op)
      ? this.locator.ident(op)
      : op === "'"
        ? this.locator.string()
        : this.locator.op(op);
    const extra = op === '%' || op === 'mod' ? ' (there is no modulo)' : '';
    this.problem(
      `The operator '${op}'{at} is not supported${extra}: use + - * / ^ and functions such as sqrt(x).`,
      column,
    );
    return FAILED;
  }

  private call(n: AnyNode): Compiled {
    const fnNode = n.fn;
    if (typeof fnNode !== 'object' || fnNode.type !== 'SymbolNode') {
      return this.reject(
        n,
        this.locator.op('.', '['),
        'Only named functions such as sin(x) can be called{at}.',
      );
    }
    const name = fnNode.name ?? '';
    const column = this.locator.ident(name);
    const args = (n.args ?? []).map((a) => this.compile(a));
    const spec = FUNCTIONS.get(name);
    if (spec === undefined) {
      if (this.index.has(name) || CONSTANTS.has(name)) {
        this.problem(`'${name}'{at} is not a function: write ${name} * (...) to multiply.`, column);
      } else if (name === 'ln') {
        this.problem(`Unknown function 'ln'{at}: use log(x) for the natural logarithm.`, column);
      } else {
        const hint = this.caseHint(name, FUNCTIONS.keys());
        this.problem(
          `Unknown function '${name}'{at}${hint}. Available: ${FORMULA_FUNCTIONS.join(', ')}.`,
          column,
        );
      }
      return FAILED;
    }
    if (args.length < spec.minArgs || args.length > spec.maxArgs) {
      const expected =
        spec.maxArgs === Infinity
          ? `at least ${spec.minArgs} argument`
          : spec.minArgs === spec.maxArgs
            ? `${spec.minArgs} argument${spec.minArgs === 1 ? '' : 's'}`
            : `${spec.minArgs} or ${spec.maxArgs} arguments`;
      this.problem(`${name}{at} takes ${expected}, got ${args.length}.`, column);
      return FAILED;
    }
    const f = spec.fn;
    const evs = args.map((a) => a.ev);
    if (evs.length === 1) {
      const a = evs[0] as Ev;
      return this.fold(args, (x) => f(a(x)));
    }
    if (evs.length === 2) {
      const [a, b] = evs as [Ev, Ev];
      return this.fold(args, (x) => f(a(x), b(x)));
    }
    return this.fold(args, (x) => f(...evs.map((e) => e(x))));
  }

  // Sub-expressions without variables are computed once, at compile time.
  private fold(args: readonly Compiled[], ev: Ev): Compiled {
    return args.every((a) => a.constant) ? constant(ev([])) : { ev, constant: false };
  }
}
