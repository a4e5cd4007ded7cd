/** Issues and notices as sentences in the reader's language. */
import type { Messages } from '../i18n/messages.ts';
import { fillTemplate } from '../plots/format.ts';
import { clip, type Issue, type IssueCode } from '../i18n/issues.ts';
import type { ControlId, ShareMessageKey } from '../store/shareSlice.ts';

const ISSUE_KEY: Readonly<Record<IssueCode, ShareMessageKey>> = {
  garbled: 'shareIssueGarbled',
  tooLarge: 'shareIssueTooLarge',
  version: 'shareIssueVersion',
  notStudy: 'shareIssueNotStudy',
  fieldInvalid: 'shareIssueFieldInvalid',
  objectiveUnknown: 'shareIssueObjectiveUnknown',
  formulaInvalid: 'shareIssueFormulaInvalid',
  studyInvalid: 'shareIssueStudyInvalid',
  studyColumnText: 'shareIssueStudyColumnText',
  studyColumnConstant: 'shareIssueStudyColumnConstant',
  studyNoParams: 'shareIssueStudyNoParams',
  studyTooManyDims: 'shareIssueStudyTooManyDims',
  studyOpenedMin: 'shareIssueStudyOpenedMin',
  studyOpenedMax: 'shareIssueStudyOpenedMax',
  observationsDropped: 'shareIssueObservationsDropped',
  observationInvalid: 'shareIssueObservationInvalid',
  tooMany: 'shareIssueTooMany',
  dimsTooMany: 'shareIssueDimsTooMany',
  boundsTooLarge: 'shareIssueBoundsTooLarge',
  boundsTooNarrow: 'shareIssueBoundsTooNarrow',
  boundsLogTooNarrow: 'shareIssueBoundsLogTooNarrow',
  budgetRaised: 'shareIssueBudgetRaised',
  csvEmpty: 'shareIssueCsvEmpty',
  csvNoRows: 'shareIssueCsvNoRows',
  csvMissingColumn: 'shareIssueCsvMissingColumn',
  csvDuplicateColumn: 'shareIssueCsvDuplicateColumn',
  csvQuote: 'shareIssueCsvQuote',
  csvNotNumber: 'shareIssueCsvNotNumber',
  csvOutOfBounds: 'shareIssueCsvOutOfBounds',
  csvLogNotPositive: 'shareIssueCsvLogNotPositive',
  csvValueMissing: 'shareIssueCsvValueMissing',
  csvPhase: 'shareIssueCsvPhase',
  csvTooManyRows: 'shareIssueCsvTooManyRows',
  importPruned: 'shareIssueImportPruned',
  importUnfinished: 'shareIssueImportUnfinished',
  importNotJson: 'shareIssueImportNotJson',
  importUnknownJson: 'shareIssueImportUnknownJson',
  importValueMinimize: 'shareIssueImportValueMinimize',
  importValueMaximize: 'shareIssueImportValueMaximize',
  importGoalDiffers: 'shareIssueImportGoalDiffers',
};

/** Values for a message, each string cut to what a notice may quote (wherever it came from). */
export function quotedParams(
  params: Readonly<Record<string, string | number>>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'string' ? clip(v) : v;
  return out;
}

export function issueText(t: Messages, i: Issue): string {
  return fillTemplate(t[ISSUE_KEY[i.code]], quotedParams(i.params));
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
