/**
 * Text from a user, a link or a file, made safe for the places generated Python puts it: string
 * literals and docstrings/comments. Nothing else may carry such text into a script: names go
 * through `pythonNames`, numbers through `pyNumber`, formulas through the syntax tree.
 *
 * JSON.stringify is not a Python escaper: it leaves U+2028, U+2029, bidi controls and other
 * invisible characters raw (Python accepts them, a reader is misled), and writes a lone surrogate
 * that Python then fails to print. These functions write ASCII only, or strip what they cannot
 * write.
 */

// Controls, format characters (bidi, zero-width), lone surrogates, private-use and unassigned
// code points, and the Unicode line and paragraph separators.
const INVISIBLE = /[\p{C}\p{Zl}\p{Zp}]/gu;

/**
 * A Python string literal (double-quoted, ASCII) that reads back as `text`; lone surrogates,
 * which no encoding can write, become U+FFFD.
 */
export function pyString(text: string): string {
  let out = '"';
  for (const ch of String(text)) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else if (cp <= 0xff) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/**
 * `text` as one printable line: invisible and control characters and line breaks become spaces,
 * and anything past `max` characters is cut with an ellipsis. Safe after a `#`.
 */
export function oneLine(text: string, max = 300): string {
  const plain = String(text).replace(INVISIBLE, ' ');
  const chars = Array.from(plain);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : plain;
}

/**
 * `text` as one line that may stand inside a `"""` docstring: `oneLine`, with `\` and `"` escaped
 * so that no `"""` and no escape sequence (`\N{`, `\U`, a trailing `\`) can form.
 */
export function docText(text: string, max = 300): string {
  return oneLine(text, max).replace(/[\\"]/g, (c) => `\\${c}`);
}

/** A `#` comment line holding `text` (see oneLine). */
export function pyComment(text: string, indent = ''): string {
  return `${indent}# ${oneLine(text)}`;
}
