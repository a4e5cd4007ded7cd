/**
 * CSV reading and writing (RFC 4180): fields separated by a comma, a semicolon or a tab, quoted
 * with double quotes where they hold a separator, a quote (doubled) or a line break; CRLF or LF
 * lines; a BOM and Excel's `sep=;` first line are read too.
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvTable {
  readonly delimiter: Delimiter;
  /** Rows of fields; `line` is the 1-based line where each row starts (for messages). */
  readonly rows: readonly { readonly fields: readonly string[]; readonly line: number }[];
  /** The line of an unterminated quote, if the text ends inside one. */
  readonly unterminatedQuoteLine?: number;
}

const SEP_LINE = /^sep=(.)\r?(\n|$)/i;

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * The separator of a file: the one Excel's `sep=` first line names, else the one of ',', ';' and
 * tab that occurs most often outside quotes in its first line (a European spreadsheet writes ';'
 * and decimal commas; a copy from a spreadsheet, tabs).
 */
export function detectDelimiter(text: string): Delimiter {
  const sep = SEP_LINE.exec(withoutBom(text))?.[1];
  if (sep === ',' || sep === ';' || sep === '\t') return sep;
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of withoutBom(text)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/** Splits CSV text into rows of fields; blank lines and a `sep=` first line are skipped. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvTable {
  const rows: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  const bare = withoutBom(text);
  const sepLine = SEP_LINE.exec(bare);
  // Line numbers still count the `sep=` line: they are what the user sees in an editor.
  const body = sepLine ? bare.slice(sepLine[0].length) : bare;
  let line = sepLine ? 2 : 1;
  let rowLine = line;
  let quoteLine = 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]?.trim() === '')) rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (quoted) return { delimiter, rows, unterminatedQuoteLine: quoteLine };
  endRow();
  return { delimiter, rows };
}

/** One field as CSV writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
