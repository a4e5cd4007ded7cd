/** UI text of the share area (links, sessions, import and export), merged by messages.ts. */
export const shareEn = {
  shareSection: 'Share and export',
  shareLinkLabel: 'Link to this state',
  shareCopyLink: 'Copy link',
  shareCopied: 'Link copied.',
  shareCopyFailed: 'The browser did not allow copying: select the link above and copy it by hand.',
  shareLinkHint:
    'It opens the same study, step and view. Nothing runs until the viewer presses Step.',
  shareClassroom: 'Classroom: hide in the link',
  shareClassroomHint: 'Students who open the link do not see these controls.',
  shareCtlObjective: 'Objective',
  shareCtlAcquisition: 'Acquisition',
  shareCtlModel: 'Model (GP kernel)',
  shareCtlDesign: 'Initial design and budget',
  shareCtlView: 'View',
  shareCtlTransport: 'Playback buttons',
  shareCtlShare: 'This panel',
  shareTrialsTitle: 'Trials',
  shareExportCsv: 'Export CSV',
  shareExportJson: 'Export JSON',
  shareScriptTitle: 'Python script of this study',
  shareScriptBayesOpt: 'bayes_opt',
  shareScriptOptuna: 'Optuna',
  shareScriptBayesOptName: 'Download a Python script for bayes_opt',
  shareScriptOptunaName: 'Download a Python script for Optuna',
  shareScriptFailed: 'This objective cannot be written as a Python script: {detail}',
  shareScriptNoFormula:
    'This study has no formula, so a script could not evaluate new trials: export its trials as CSV or JSON instead.',
  shareImportLabel: 'Import trials (CSV)',
  shareImportHint:
    'A header row with the columns {columns}, then one row per trial; comma or semicolon separated. Coordinates as in the trials table.',
  shareImportModeLabel: 'Imported rows',
  shareImportFolder: 'Import a folder (Keras Tuner)',
  shareImportToolsHint:
    'Also reads Optuna’s trials_dataframe() CSV, spreadsheet CSVs (sep=;, decimal commas, tabs), this app’s trials JSON, and Keras Tuner trial.json files or their folder.',
  shareMapTitle: 'Which column is which?',
  shareMapHint:
    'The column names in {name} do not settle which column feeds each parameter and which holds the value. Choose them, then import; nothing changes before.',
  shareMapDim: 'Column for {dim}',
  shareMapDimLog: 'Column for {dim} (log10 scale: natural values such as 0.001)',
  shareMapValue: 'Value column',
  shareMapNone: '— choose a column —',
  shareMapLogHint:
    '“{column}” spans two decades or more of positive values: a log10 scale for {dim} would suit it (set it in the Objective panel).',
  shareMapGoalMin: 'In “{column}”, smaller is better (a loss).',
  shareMapGoalMax: 'In “{column}”, larger is better (a score or an accuracy).',
  shareMapDistinct: 'Each parameter and the value need a column of their own.',
  shareMapImport: 'Import',
  shareMapCancel: 'Cancel',
  shareMapStudyTitle: 'Or open it as a new study',
  shareMapStudyHint:
    'One dimension per parameter column, bounds from the complete trials, no formula: the app suggests each next trial and you record its value.',
  shareMapStudyLog: '{column} on a log10 scale ({min} … {max})',
  shareMapStudyOpen: 'Open as a new study',
  shareImportAdd: 'Add to the trials',
  shareImportReplace: 'Replace the trials',
  shareImportReplaceHint: 'Your rows become the initial design and BO continues from them.',
  shareSessionTitle: 'Session',
  shareSaveFile: 'Save to file',
  shareLoadFile: 'Load from file',
  shareRestore: 'Restore last session',
  shareAutosaveHint: 'This browser keeps the session as you work.',
  shareLinkLong:
    'This link is {length} characters long. It opens in any browser, but chat apps and e-mail may cut long links: for a study this size, “Save to file” below is safer.',
  shareLinkTooLong:
    'This study is too large for a link ({length} characters; a link holds at most {max}). Use “Save to file” below to share it.',
  shareAddressTooLong:
    'This state is too large for the address bar, which now holds only the section: copy the link above, or use “Save to file”.',
  labLinkReset:
    'The link set values this figure cannot use ({names}); those controls are back at their defaults.',
  shareUnreadRestore: 'Restore what can be read',
  shareUnreadDownload: 'Download the saved text',
  shareUnreadDiscard: 'Discard it',

  shareNoticeLinkTitle:
    'Part of this link could not be used as it was; it opened with these changes:',
  shareNoticeFileTitle: 'Part of {name} could not be used as it was; it opened with these changes:',
  shareNoticeFileFailed: '{name} could not be loaded; nothing was changed:',
  shareNoticeFileLoaded: 'Session loaded from {name}.',
  shareNoticeImportDone: 'Imported {good} of {total} rows from {name}.',
  shareNoticeImportSomeBad: 'Imported {good} of {total} rows from {name}; these rows were skipped:',
  shareNoticeImportNone: 'No row of {name} could be imported; nothing was changed:',
  shareNoticeImportMore: '…and {count} more.',
  shareNoticeStorage:
    'This browser refused to keep the session ({detail}). Your work on this page is safe; use “Save to file” to keep it.',
  shareNoticeRestoreOffer: 'A session from an earlier visit is saved in this browser.',
  shareNoticeRestoreWhen: 'A session from {when} is saved in this browser.',
  shareNoticeHidden: 'This link hides some controls.',
  shareNoticeUnreadNone:
    'The session saved in this browser cannot be read, so it was not loaded. It is kept as it was: download it to look into it, or discard it.',
  shareNoticeUnreadPart:
    'The session saved in this browser could not be read in full (another version of the app may have written it). It was not loaded and is kept as it was:',
  shareNoticeUnreadKept: 'A session this browser could not read on an earlier visit is kept here.',
  shareNoticeUnreadRestored:
    'The saved session is restored; these parts could not be used and show their defaults:',
  shareNoticeUnreadHeld: 'Until you choose, changes on this page are not saved in this browser.',
  shareShowAll: 'Show all controls',
  shareDismiss: 'Dismiss',
  shareNoticesLabel: 'Notices',

  shareIssueGarbled: 'The data is damaged or cut short (was all of it copied?).',
  shareIssueTooLarge:
    'It is {size}, more than the {max} this app reads. Sessions saved here stay far smaller (1,000 evaluations take well under 1 MB): is it the right file?',
  shareIssueVersion:
    'It was made by another version of the app (format {version}; this one reads {supported}).',
  shareIssueNotStudy: 'It does not describe a BO Playground study.',
  shareIssueFieldInvalid: '{field} is not {expected}; the default ({fallback}) is used.',
  shareIssueObjectiveUnknown: 'There is no objective “{detail}”; the seed example is shown.',
  shareIssueFormulaInvalid: 'The formula cannot be used ({detail}); the seed example is shown.',
  shareIssueStudyInvalid:
    'The study from a file cannot be opened ({detail}); the seed example is shown.',
  shareIssueStudyColumnText:
    'Column “{column}” is left out of the new study: it holds text, not numbers.',
  shareIssueStudyColumnConstant:
    'Column “{column}” is left out of the new study: every complete trial has {value}, so there is no range to search.',
  shareIssueStudyNoParams:
    'No column of numbers to use as a parameter (found: {found}); a study needs at least one.',
  shareIssueStudyTooManyDims:
    'The file has {count} parameter columns; a study opened from a file can have at most {max}. Export fewer parameters, or run it with the command-line tool (npm run cli -- run).',
  shareIssueStudyOpenedMin:
    'Opened as a new study without a formula over {dims}, minimizing “{column}”. Run each suggested trial in your own tool and record its value.',
  shareIssueStudyOpenedMax:
    'Opened as a new study without a formula over {dims}, maximizing “{column}”. Run each suggested trial in your own tool and record its value.',
  shareIssueObservationsDropped: '{count} evaluations were left out.',
  shareIssueObservationInvalid: 'Evaluation {n} was left out: {detail}.',
  shareIssueTooMany: 'It holds {count} evaluations; only the first {max} are kept.',
  shareIssueDimsTooMany:
    'Its formula has {count} dimensions, but this app shows studies of 1 to {appMax} (the command-line tool, npm run cli -- run, runs up to {cliMax}); the seed example is shown.',
  shareIssueBoundsTooLarge:
    'The {key} of {dim}, {value}, is too far from 0 (bounds must lie within ±{limit}); the seed example is shown.',
  shareIssueBoundsTooNarrow:
    'The range of {dim}, [{min}, {max}], is too narrow to plot (it must be at least {least} wide); the seed example is shown.',
  shareIssueBoundsLogTooNarrow:
    'The range of {dim}, [{min}, {max}], is too narrow for a log10 scale (max must be at least {factor} × min); the seed example is shown.',
  shareIssueBudgetRaised:
    'It holds {count} BO iterations, more than its budget of {from}; the budget is now {to} iterations.',
  shareIssueCsvEmpty: 'The file is empty: it needs a header row and one row per trial.',
  shareIssueCsvNoRows:
    'The file has a header row but no rows of trials below it: add one row per trial.',
  shareIssueCsvMissingColumn:
    'There is no column “{column}” (found: {found}). Name the columns as in the trials table.',
  shareIssueCsvDuplicateColumn: 'The column “{column}” appears twice; keep one.',
  shareIssueCsvQuote:
    'A quote opened on line {row} is never closed; the rows after it were not read.',
  shareIssueCsvNotNumber:
    'Row {row}, column {column}: “{value}” is not a number. Fix the cell or delete the row.',
  shareIssueCsvOutOfBounds:
    'Row {row}, column {column}: {value} is outside the bounds [{min}, {max}]. Widen the bounds in the Objective panel or delete the row.',
  shareIssueCsvLogNotPositive:
    'Row {row}, column {column}: {value} is not positive, as a log-scale parameter must be.',
  shareIssueCsvValueMissing:
    'Row {row}, column {column}: the cell is empty. Fill it in or delete the row.',
  shareIssueCsvPhase:
    'Row {row}: the phase “{value}” is not init, bo or manual (or leave it empty).',
  shareIssueCsvTooManyRows:
    'Only the first {max} rows are read; the rows from line {row} on were not.',
  shareIssueImportPruned:
    'Row {row}: the trial was stopped early ({state}), so its value is not a finished result; it was left out.',
  shareIssueImportUnfinished:
    'Row {row}: the trial has not finished ({state}) and has no value yet; it was left out.',
  shareIssueImportNotJson: '“{name}” is not valid JSON: it may be cut short. Export it again.',
  shareIssueImportUnknownJson:
    '“{name}” is neither this app’s trials JSON nor a Keras Tuner trial.json. To open a saved session, use “Load from file”.',
  shareIssueImportValueMinimize:
    'The values come from the column “{column}”, where smaller is better (a loss).',
  shareIssueImportValueMaximize:
    'The values come from the column “{column}”, where larger is better (a score or an accuracy).',
  shareIssueImportGoalDiffers:
    'The values of “{column}” are better in the opposite direction to this study’s goal, so the best trial shown is the file’s worst. Pick an objective with the same goal.',
};
