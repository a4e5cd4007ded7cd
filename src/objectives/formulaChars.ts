/**
 * Characters a formula may not hold, found before mathjs sees the text. A formula travels in links
 * and is echoed into titles, messages and exported scripts; a `#` comment would carry arbitrary text
 * (code for a Python docstring, a path with backslashes) through the parser untouched, a line break
 * can end a comment in generated code, and an invisible or bidirectional control character makes
 * the text shown differ from the text run (U+202E renders it mirrored). Refusing them here keeps
 * every copy of the formula plain, printable, one-line text.
 */

/** What is wrong at `index` (0-based, UTF-16 units, as mathjs counts). */
export type CharProblem =
  | { readonly kind: 'comment'; readonly index: number }
  | { readonly kind: 'lineBreak'; readonly index: number }
  | { readonly kind: 'control'; readonly index: number; readonly codePoint: string };

// \p{C}: controls (C0, DEL, C1), format characters (zero-width spaces and joiners, bidi embeddings,
// overrides and isolates, the BOM, soft hyphen...), lone surrogates, private-use and unassigned code
// points. Tab is the one control kept: mathjs reads it as a space, and pasted text often holds one.
const FORBIDDEN = /[#\r\n\u0085\u2028\u2029]|(?!\t)\p{C}/u;
const LINE_BREAKS = new Set(['\r', '\n', '\u0085', '\u2028', '\u2029']);

/** "U+202E": how a character nobody can see is named in a message. */
export function codePointName(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first forbidden character of `text`, or undefined when there is none. */
export function findForbiddenChar(text: string): CharProblem | undefined {
  const m = FORBIDDEN.exec(text);
  if (m === null) return undefined;
  const ch = m[0];
  if (ch === '#') return { kind: 'comment', index: m.index };
  if (LINE_BREAKS.has(ch)) return { kind: 'lineBreak', index: m.index };
  return { kind: 'control', index: m.index, codePoint: codePointName(ch) };
}
