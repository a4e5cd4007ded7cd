/**
 * Problems found in shared state, saved sessions and imported files, as data: a code and the
 * values its message needs. The UI turns each into a sentence in the reader's language
 * (issueText), so the pure modules here never hold UI text.
 */

/** What went wrong; each code has one message (share.ts, key `shareIssue<Code>`). */
export type IssueCode =
  | 'garbled'
  | 'tooLarge'
  | 'version'
  | 'notStudy'
  | 'fieldInvalid'
  | 'objectiveUnknown'
  | 'formulaInvalid'
  | 'studyInvalid'
  | 'studyColumnText'
  | 'studyColumnConstant'
  | 'studyNoParams'
  | 'studyTooManyDims'
  | 'studyOpenedMin'
  | 'studyOpenedMax'
  | 'observationsDropped'
  | 'observationInvalid'
  | 'tooMany'
  | 'dimsTooMany'
  | 'boundsTooLarge'
  | 'boundsTooNarrow'
  | 'boundsLogTooNarrow'
  | 'budgetRaised'
  | 'csvEmpty'
  | 'csvNoRows'
  | 'csvMissingColumn'
  | 'csvDuplicateColumn'
  | 'csvQuote'
  | 'csvNotNumber'
  | 'csvOutOfBounds'
  | 'csvLogNotPositive'
  | 'csvValueMissing'
  | 'csvPhase'
  | 'csvTooManyRows'
  | 'importPruned'
  | 'importUnfinished'
  | 'importNotJson'
  | 'importUnknownJson'
  | 'importValueMinimize'
  | 'importValueMaximize'
  | 'importGoalDiffers';

export interface Issue {
  readonly code: IssueCode;
  /** Values for the message's {placeholders}: a field name, a row number, a bound... */
  readonly params: Readonly<Record<string, string | number>>;
}

export function issue(code: IssueCode, params: Record<string, string | number> = {}): Issue {
  return { code, params };
}

/** Longest piece of a user's text quoted in a notice. */
export const MAX_QUOTED = 80;

/**
 * A user's text as a notice may quote it: at most `max` characters, then "…". A 3 MB header
 * line echoed whole would bury the notice (and the page) under it.
 */
export function clip(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  // Never end on half of a surrogate pair.
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, cut) + '…';
}
