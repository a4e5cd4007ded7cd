/**
 * Readers for the scikit-learn dataset files in public/datasets (copied unchanged from
 * scikit-learn 1.2.1): numbers separated by commas, the label in the last column.
 */
import type { Dataset } from './types.ts';

/** The file did not have the shape its reader expects; the message names the line. */
export class DatasetFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetFormatError';
  }
}

/**
 * A file whose first line is a header `n,d,class_0,class_1,...` (breast_cancer.csv,
 * wine_data.csv), then n rows of d features and a label.
 */
export function parseHeaderedCsv(text: string): Dataset {
  const lines = nonEmptyLines(text);
  const header = (lines[0] ?? '').split(',');
  const n = Number(header[0]);
  const d = Number(header[1]);
  const classNames = header.slice(2).map((s) => s.trim());
  if (!Number.isInteger(n) || !Number.isInteger(d) || n <= 0 || d <= 0 || classNames.length < 2)
    throw new DatasetFormatError(`line 1: expected "n,d,class names...", got "${lines[0] ?? ''}"`);
  if (lines.length - 1 !== n)
    throw new DatasetFormatError(`expected ${n} rows after the header, found ${lines.length - 1}`);
  return parseRows(lines.slice(1), d, classNames, 2);
}

/**
 * A file of rows only (digits.csv): d features and a label per row; classes are the labels 0..k-1.
 */
export function parsePlainCsv(text: string, classNames: readonly string[]): Dataset {
  const lines = nonEmptyLines(text);
  const first = (lines[0] ?? '').split(',');
  if (first.length < 2) throw new DatasetFormatError('line 1: expected features and a label');
  return parseRows(lines, first.length - 1, classNames, 1);
}

function nonEmptyLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

function parseRows(
  rows: readonly string[],
  d: number,
  classNames: readonly string[],
  firstLineNo: number,
): Dataset {
  const n = rows.length;
  const x = new Float32Array(n * d);
  const y = new Int32Array(n);
  const classes = classNames.length;
  rows.forEach((row, i) => {
    const cells = row.split(',');
    const where = `line ${i + firstLineNo}`;
    if (cells.length !== d + 1)
      throw new DatasetFormatError(`${where}: expected ${d + 1} values, found ${cells.length}`);
    for (let k = 0; k < d; k++) {
      const v = Number(cells[k]);
      if (!Number.isFinite(v)) throw new DatasetFormatError(`${where}: "${cells[k]}" is no number`);
      x[i * d + k] = v;
    }
    const label = Number(cells[d]);
    if (!Number.isInteger(label) || label < 0 || label >= classes)
      throw new DatasetFormatError(`${where}: label "${cells[d]}" is not in 0..${classes - 1}`);
    y[i] = label;
  });
  return { x, y, n, d, classes, classNames };
}
