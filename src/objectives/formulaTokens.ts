/**
 * A light tokenizer of formula source, used only to put a column on errors: mathjs syntax trees
 * carry no source positions, so the compiler asks "where is the k-th identifier named z?" here.
 * It mirrors mathjs's lexical rules closely enough for that (identifiers, numbers with exponents
 * and 0x/0b/0o prefixes, quoted strings, # comments, multi-character operators) and never throws.
 */

/** A token's kind; `newline` is kept because mathjs treats it as a statement separator. */
export type TokenKind = 'ident' | 'number' | 'string' | 'op' | 'newline';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** 1-based column of the token's first character (UTF-16 units, as mathjs counts). */
  readonly col: number;
}

// mathjs's delimiters plus '**', which mathjs lacks and we detect to suggest '^'. Longest first.
const OPERATORS = [
  '>>>',
  '**',
  '.*',
  './',
  '.^',
  '^|',
  '?.',
  '??',
  '==',
  '!=',
  '<=',
  '>=',
  '<<',
  '>>',
].sort((a, b) => b.length - a.length);

const NUMBER =
  /0[xXbBoO][0-9a-fA-F]+(?:\.[0-9a-fA-F]*)?(?:i\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const IDENT_START = /[\p{L}_$]/u;
const IDENT_PART = /[\p{L}\p{N}_$]/u;

/** Splits `source` into tokens; unknown characters become one-character `op` tokens. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '\n') {
      tokens.push({ kind: 'newline', text: c, col: i + 1 });
      i++;
    } else if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      const start = i++;
      while (i < source.length && source[i] !== c) i += source[i] === '\\' ? 2 : 1;
      i = Math.min(i + 1, source.length);
      tokens.push({ kind: 'string', text: source.slice(start, i), col: start + 1 });
    } else if (/\d/.test(c) || (c === '.' && /\d/.test(source[i + 1] ?? ''))) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(source);
      const text = m?.[0] ?? c;
      tokens.push({ kind: 'number', text, col: i + 1 });
      i += text.length;
    } else if (IDENT_START.test(c)) {
      const start = i++;
      while (i < source.length && IDENT_PART.test(source[i] as string)) i++;
      tokens.push({ kind: 'ident', text: source.slice(start, i), col: start + 1 });
    } else {
      const op = OPERATORS.find((o) => source.startsWith(o, i)) ?? c;
      tokens.push({ kind: 'op', text: op, col: i + 1 });
      i += op.length;
    }
  }
  return tokens;
}

/**
 * Finds successive occurrences of tokens. Each `next` call consumes one occurrence, so the k-th
 * call for a given key returns the k-th matching token: the compiler walks the syntax tree in
 * source order and asks for every identifier it meets, valid or not, to stay in step.
 */
export class TokenLocator {
  private readonly tokens: readonly Token[];
  private readonly used = new Map<string, number>();

  /** @param source - the text that was parsed, kept so messages can quote parts of it. */
  constructor(readonly source: string) {
    this.tokens = tokenize(source);
  }

  /** Column of the next identifier `name` (words such as `mod` or `true` included). */
  ident(name: string): number | undefined {
    return this.next(`ident:${name}`, (t) => t.kind === 'ident' && t.text === name);
  }

  /** Column of the next string literal. */
  string(): number | undefined {
    return this.next('string', (t) => t.kind === 'string');
  }

  /** Column of the next operator token among `texts` (a newline counts as `'\n'`). */
  op(...texts: string[]): number | undefined {
    return this.next(`op:${texts.join(' ')}`, (t) => {
      return (t.kind === 'op' || t.kind === 'newline') && texts.includes(t.text);
    });
  }

  /** Column of the first operator `text`, without consuming it. */
  first(text: string): number | undefined {
    return this.tokens.find((t) => t.kind === 'op' && t.text === text)?.col;
  }

  private next(key: string, match: (t: Token) => boolean): number | undefined {
    const skip = this.used.get(key) ?? 0;
    this.used.set(key, skip + 1);
    let seen = 0;
    for (const t of this.tokens) {
      if (!match(t)) continue;
      if (seen === skip) return t.col;
      seen++;
    }
    return undefined;
  }
}
