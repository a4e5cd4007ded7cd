/**
 * Problems found in shared state, saved sessions and imported files, as data: a code and the
 * values its message needs. The UI turns each into a sentence in the reader's language
 * (issueText), so the pure modules here never hold UI text.
 */

/** What went wrong; each code has one message (share.ts, key `shareIssue<Code>`). */
export type IssueCode =
  | 'garbled'
  | 'version'
  | 'notStudy'
  | 'fieldInvalid'
  | 'objectiveUnknown'
  | 'formulaInvalid'
  | 'observationsDropped'
  | 'observationInvalid'
  | 'tooMany'
  | 'csvEmpty'
  | 'csvMissingColumn'
  | 'csvDuplicateColumn'
  | 'csvQuote'
  | 'csvNotNumber'
  | 'csvOutOfBounds'
  | 'csvLogNotPositive'
  | 'csvValueMissing'
  | 'csvPhase'
  | 'csvTooManyRows';

export interface Issue {
  readonly code: IssueCode;
  /** Values for the message's {placeholders}: a field name, a row number, a bound... */
  readonly params: Readonly<Record<string, string | number>>;
}

export function issue(code: IssueCode, params: Record<string, string | number> = {}): Issue {
  return { code, params };
}
