/**
 * An ImportTable's rows, read through a column mapping, into observations for the study's
 * dimensions: complete trials with their value, failed ones as failed points (no value), and an
 * issue naming the row and the reason for every row left out.
 */
import { clip, issue, type Issue } from '../../i18n/issues.ts';
import type { Phase } from '../../bo/types.ts';
import { fromNaturalValue, toNaturalValue } from '../../objectives/evaluate.ts';
import type { Dim } from '../../objectives/types.ts';
import type { SharedObservation } from '../studyState.ts';
import { MAX_OBSERVATIONS } from '../validate.ts';
import type { ColumnMapping } from './mapping.ts';
import type { ImportRow, ImportTable } from './table.ts';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A cell as a number, or null; a decimal comma is read when the file is a spreadsheet's. */
export function readNumber(cell: string, decimalComma: boolean): number | null {
  let s = cell.trim();
  if (decimalComma && /^[^.]*,[^,]*$/.test(s)) s = s.replace(',', '.');
  if (NUMBER.test(s)) return Number(s);
  const inf = /^([+-]?)(inf|infinity)$/i.exec(s);
  if (inf) return inf[1] === '-' ? -Infinity : Infinity;
  return null;
}

export type ImportedObservation = SharedObservation & { readonly phaseGiven: boolean };

export interface ImportedRows {
  /** The good rows, in search units, in file order. */
  readonly rows: readonly ImportedObservation[];
  /** What was wrong, one issue per bad row (and per problem with the file). */
  readonly issues: readonly Issue[];
  /** Data rows read (good and bad). */
  readonly total: number;
}

const PHASES: Readonly<Record<string, Phase>> = { init: 'init', bo: 'bo', manual: 'manual' };

export function rowsFromTable(
  table: ImportTable,
  mapping: ColumnMapping,
  dims: readonly Dim[],
): ImportedRows {
  const issues: Issue[] = [];
  if (table.rows.length === 0) return { rows: [], issues: [issue('csvNoRows')], total: 0 };
  const phaseCol = table.columns.findIndex((c) => c.toLowerCase() === 'phase');
  const rows: ImportedObservation[] = [];
  for (const row of table.rows) {
    if (rows.length >= MAX_OBSERVATIONS) {
      issues.push(issue('csvTooManyRows', { max: MAX_OBSERVATIONS, row: row.line }));
      break;
    }
    const read = readRow(row, table, mapping, dims, phaseCol);
    if ('code' in read) issues.push(read);
    else rows.push(read);
  }
  return { rows, issues: [...issues, ...table.issues], total: table.rows.length };
}

function readRow(
  row: ImportRow,
  table: ImportTable,
  mapping: ColumnMapping,
  dims: readonly Dim[],
  phaseCol: number,
): Issue | ImportedObservation {
  const { line, cells } = row;
  if (row.state === 'pruned' || row.state === 'unfinished') {
    return issue(row.state === 'pruned' ? 'importPruned' : 'importUnfinished', {
      row: line,
      state: clip(row.stateText || '—'),
    });
  }
  const x: number[] = [];
  for (const [k, d] of dims.entries()) {
    const cell = cells[mapping.inputs[k] as number] ?? '';
    const v = readNumber(cell, table.decimalComma);
    const at = { row: line, column: d.name, value: clip(cell.trim()) };
    if (v === null || !Number.isFinite(v)) {
      return issue(cell.trim() === '' ? 'csvValueMissing' : 'csvNotNumber', at);
    }
    if (d.scale === 'log10' && v <= 0) return issue('csvLogNotPositive', at);
    const lo = toNaturalValue(d, d.min);
    const hi = toNaturalValue(d, d.max);
    const slack = 1e-9 * (hi - lo);
    if (v < lo - slack || v > hi + slack) {
      return issue('csvOutOfBounds', { ...at, min: lo, max: hi });
    }
    // Clamp the slack away: the loop's box is closed.
    x.push(Math.min(d.max, Math.max(d.min, fromNaturalValue(d, v))));
  }
  const p = phaseCol >= 0 ? (cells[phaseCol] ?? '').trim().toLowerCase() : '';
  if (p !== '' && PHASES[p] === undefined) return issue('csvPhase', { row: line, value: clip(p) });
  const phase = { phase: PHASES[p] ?? 'manual', phaseGiven: p !== '' };
  // A failed trial has no value to read: it is kept as a failed point, so the loop avoids it.
  if (row.state === 'failed') return { x, y: null, ...phase };
  const cell = cells[mapping.value] ?? '';
  const y = readNumber(cell, table.decimalComma);
  if (y === null) {
    const column = table.columns[mapping.value] || 'value';
    return issue(cell.trim() === '' ? 'csvValueMissing' : 'csvNotNumber', {
      row: line,
      column,
      value: clip(cell.trim()),
    });
  }
  return { x, y, ...phase };
}
