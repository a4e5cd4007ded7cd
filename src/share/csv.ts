/**
 * CSV reading and writing (RFC 4180): fields separated by a comma or a semicolon, quoted with
 * double quotes where they hold a separator, a quote (doubled) or a line break; CRLF or LF lines.
 */

export interface CsvTable {
  readonly delimiter: ',' | ';';
  /** Rows of fields; `line` is the 1-based line where each row starts (for messages). */
  readonly rows: readonly { readonly fields: readonly string[]; readonly line: number }[];
  /** The line of an unterminated quote, if the text ends inside one. */
  readonly unterminatedQuoteLine?: number;
}

/**
 * The separator of a file: the one of ',' and ';' that occurs more often outside quotes in its
 * first line (a European spreadsheet writes ';' and decimal commas).
 */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semis = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}

/** Splits CSV text into rows of fields; blank lines are skipped. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvTable {
  const rows: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
