/**
 * Formulas (mathjs syntax, the whitelist of src/objectives/formulaCompiler.ts) translated to
 * Python with numpy: ^ becomes **, functions become np.*, pi and e become np.pi and np.e. The
 * tree is walked with the operators' precedences, so parentheses appear only where Python needs
 * them and the order of operations (hence every rounding) is the formula's own.
 *
 * The generated function turns its arguments into np.float64 first, so arithmetic follows
 * IEEE/numpy rules as the app's does: 1/0 is inf and (-8) ** (1/3) is nan (with a warning)
 * where plain Python floats would raise or give a complex number.
 */
import type { MathNode } from 'mathjs';
import { formulaParser } from '../objectives/formulaParser.ts';

/**
 * The formula compiler's restricted parser: only formulas the app already compiled get here, so it
 * has loaded (nothing here evaluates).
 */
function parse(source: string): MathNode {
  const parser = formulaParser();
  if (parser === undefined) throw new Error('the formula reader has not loaded yet');
  return parser(source);
}

interface Py {
  readonly code: string;
  /** 6 atom/call, 5 power, 4 unary minus, 3 * /, 2 + - */
  readonly prec: number;
}

interface AnyNode {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
  readonly fn?: AnyNode | string;
  readonly args?: readonly AnyNode[];
  readonly content?: AnyNode;
}

const SIMPLE: Readonly<Record<string, string>> = {
  sin: 'np.sin',
  cos: 'np.cos',
  tan: 'np.tan',
  asin: 'np.arcsin',
  acos: 'np.arccos',
  atan: 'np.arctan',
  atan2: 'np.arctan2',
  sinh: 'np.sinh',
  cosh: 'np.cosh',
  tanh: 'np.tanh',
  exp: 'np.exp',
  log10: 'np.log10',
  log2: 'np.log2',
  sqrt: 'np.sqrt',
  cbrt: 'np.cbrt',
  abs: 'np.abs',
  floor: 'np.floor',
  ceil: 'np.ceil',
  sign: 'np.sign',
};

const atom = (code: string): Py => ({ code, prec: 6 });
const wrap = (p: Py, min: number): string => (p.prec < min ? `(${p.code})` : p.code);

/** A number as a Python literal (JS prints 1e-7 and 5e+21, which Python reads the same). */
export function pyNumber(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
  return String(v);
}

/**
 * The formula as a numpy expression.
 *
 * @param names - Python names of the formula's variables (a variable may be renamed when it is a
 *   Python keyword or clashes with a name the script uses).
 * @throws Error for syntax the app's formula compiler does not accept either.
 */
export function formulaToPython(source: string, names: ReadonlyMap<string, string>): string {
  const tree = parse(source);
  return emit(tree as unknown as AnyNode, names, false).code;
}

/**
 * The formula in the app's own syntax, printed back from its syntax tree: what a script's comments
 * quote instead of the typed text, so nothing but numbers, the variables, whitelisted functions and
 * operators can reach them (a `#` comment, a quote or a control character in the source cannot).
 *
 * @throws Error for syntax the app's formula compiler does not accept either.
 */
export function formulaToText(source: string): string {
  const tree = parse(source);
  return emit(tree as unknown as AnyNode, new Map(), true).code;
}

// `app`: print the app's syntax (^, sin, pi) rather than numpy's (**, np.sin, np.pi).
function emit(n: AnyNode, names: ReadonlyMap<string, string>, app: boolean): Py {
  const sub = (c: AnyNode | undefined) => {
    if (!c) throw new Error('incomplete expression');
    return emit(c, names, app);
  };
  switch (n.type) {
    case 'ConstantNode':
      if (typeof n.value !== 'number') throw new Error('only numbers are allowed');
      return atom(pyNumber(n.value));
    case 'SymbolNode': {
      const name = n.name ?? '';
      const v = names.get(name);
      if (v !== undefined) return atom(v);
      if (name === 'pi' || name === 'e') return atom(app ? name : `np.${name}`);
      if (app && IDENTIFIER.test(name)) return atom(name);
      throw new Error(`unknown variable ${name}`);
    }
    case 'ParenthesisNode':
      return sub(n.content);
    case 'OperatorNode':
      return operator(n, sub, app);
    case 'FunctionNode':
      return app ? appCall(n, sub) : call(n, sub);
    default:
      throw new Error(`${n.type} is not allowed in formulas`);
  }
}

function operator(n: AnyNode, sub: (c: AnyNode | undefined) => Py, app: boolean): Py {
  const args = (n.args ?? []).map((a) => sub(a));
  const [a, b] = args;
  switch (typeof n.fn === 'string' ? n.fn : '') {
    case 'add':
    case 'subtract':
      if (!a || !b) break;
      // Right operands of the same precedence keep their parentheses: a - (b - c), a + (b + c).
      return { code: `${wrap(a, 2)} ${n.fn === 'add' ? '+' : '-'} ${wrap(b, 3)}`, prec: 2 };
    case 'multiply':
    case 'divide':
      if (!a || !b) break;
      return { code: `${wrap(a, 3)} ${n.fn === 'multiply' ? '*' : '/'} ${wrap(b, 4)}`, prec: 3 };
    case 'pow':
      if (!a || !b) break;
      return power(a, b, app);
    case 'unaryMinus':
      if (!a) break;
      return { code: `-${wrap(a, 5)}`, prec: 4 };
    case 'unaryPlus':
      if (!a) break;
      return a;
  }
  throw new Error(`operator ${String(n.fn)} is not allowed in formulas`);
}

// ** binds tighter than unary minus on its left and is right-associative, like mathjs's ^.
const power = (a: Py, b: Py, app = false): Py => ({
  code: app ? `${wrap(a, 6)}^${wrap(b, 5)}` : `${wrap(a, 6)} ** ${wrap(b, 5)}`,
  prec: 5,
});

/** An ASCII identifier, the only kind of name that may enter generated code. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const APP_FUNCTIONS = new Set([
  ...Object.keys(SIMPLE),
  'log',
  'pow',
  'min',
  'max',
  'hypot',
  'round',
]);

function appCall(n: AnyNode, sub: (c: AnyNode | undefined) => Py): Py {
  const fn = n.fn;
  const name = typeof fn === 'object' && fn.type === 'SymbolNode' ? (fn.name ?? '') : '';
  if (!APP_FUNCTIONS.has(name)) throw new Error(`function ${name} is not allowed in formulas`);
  return atom(`${name}(${(n.args ?? []).map((a) => sub(a).code).join(', ')})`);
}

function call(n: AnyNode, sub: (c: AnyNode | undefined) => Py): Py {
  const fn = n.fn;
  const name = typeof fn === 'object' && fn.type === 'SymbolNode' ? (fn.name ?? '') : '';
  const args = (n.args ?? []).map((a) => sub(a));
  const list = args.map((a) => a.code).join(', ');
  const simple = SIMPLE[name];
  if (simple !== undefined) return atom(`${simple}(${list})`);
  const [a, b] = args;
  switch (name) {
    case 'log':
      if (a && !b) return atom(`np.log(${a.code})`);
      if (a && b) return { code: `np.log(${a.code}) / np.log(${b.code})`, prec: 3 };
      break;
    case 'pow':
      if (a && b) return power(a, b);
      break;
    case 'min':
    case 'max':
      // Python's min(a) wants an iterable; one argument is the value itself.
      if (args.length === 1 && a) return a;
      if (args.length > 1) return atom(`${name}(${list})`);
      break;
    case 'hypot':
      if (args.length === 1 && a) return atom(`np.abs(${a.code})`);
      if (args.length === 2) return atom(`np.hypot(${list})`);
      if (args.length > 2) return atom(`np.hypot.reduce([${list}])`);
      break;
    case 'round':
      // mathjs rounds halves away from zero; np.round would round them to even.
      if (a) return { code: `np.sign(${a.code}) * np.floor(np.abs(${a.code}) + 0.5)`, prec: 3 };
      break;
  }
  throw new Error(`function ${name} is not allowed in formulas`);
}

const PY_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except ' +
    'finally for from global if import in is lambda nonlocal not or pass raise return try while ' +
    'with yield match case type print float int min max abs __debug__'
  ).split(' '),
);

/**
 * Python names for the formula's variables: the name itself unless it is a keyword or one of
 * `taken` (names the script defines), then with '_' appended until it is free. A name that is not
 * an ASCII identifier (only a hand-made file or a bug could bring one: the compiler refuses them)
 * has every other character replaced by '_', so no text but an identifier enters the code.
 */
export function pythonNames(
  dimNames: readonly string[],
  taken: readonly string[],
): Map<string, string> {
  const used = new Set([...taken, ...PY_KEYWORDS]);
  const out = new Map<string, string>();
  for (const n of dimNames) {
    let p = IDENTIFIER.test(n)
      ? n
      : `v_${String(n)
          .replace(/[^A-Za-z0-9_]/g, '_')
          .slice(0, 32)}`;
    while (used.has(p)) p += '_';
    used.add(p);
    out.set(n, p);
  }
  return out;
}
