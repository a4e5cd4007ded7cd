/** Issues and notices as sentences in the reader's language. */
import type { shareEn } from '../i18n/share.ts';
import type { Messages } from '../i18n/messages.ts';
import { fillTemplate } from '../plots/format.ts';
import type { Issue, IssueCode } from './issues.ts';
import type { ControlId } from './studyState.ts';

export type ShareMessageKey = keyof typeof shareEn;

const ISSUE_KEY: Readonly<Record<IssueCode, ShareMessageKey>> = {
  garbled: 'shareIssueGarbled',
  version: 'shareIssueVersion',
  notStudy: 'shareIssueNotStudy',
  fieldInvalid: 'shareIssueFieldInvalid',
  objectiveUnknown: 'shareIssueObjectiveUnknown',
  formulaInvalid: 'shareIssueFormulaInvalid',
  observationsDropped: 'shareIssueObservationsDropped',
  observationInvalid: 'shareIssueObservationInvalid',
  tooMany: 'shareIssueTooMany',
  csvEmpty: 'shareIssueCsvEmpty',
  csvMissingColumn: 'shareIssueCsvMissingColumn',
  csvDuplicateColumn: 'shareIssueCsvDuplicateColumn',
  csvQuote: 'shareIssueCsvQuote',
  csvNotNumber: 'shareIssueCsvNotNumber',
  csvOutOfBounds: 'shareIssueCsvOutOfBounds',
  csvLogNotPositive: 'shareIssueCsvLogNotPositive',
  csvValueMissing: 'shareIssueCsvValueMissing',
  csvPhase: 'shareIssueCsvPhase',
  csvTooManyRows: 'shareIssueCsvTooManyRows',
};

export function issueText(t: Messages, i: Issue): string {
  return fillTemplate(t[ISSUE_KEY[i.code]], i.params);
}

export const CONTROL_KEY: Readonly<Record<ControlId, ShareMessageKey>> = {
  objective: 'shareCtlObjective',
  acquisition: 'shareCtlAcquisition',
  model: 'shareCtlModel',
  design: 'shareCtlDesign',
  view: 'shareCtlView',
  transport: 'shareCtlTransport',
  share: 'shareCtlShare',
};
