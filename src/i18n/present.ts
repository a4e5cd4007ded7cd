/** UI text of the present area (presentation, embed, export, themes, tour), merged by messages.ts. */
export const presentEn = {
  // Presentation mode and full screen (commands; the help overlay lists them).
  presFullscreen: 'Full screen',
  presEnter: 'Present',
  presToggle: 'Presentation mode on / off',
  presExit: 'Exit presentation mode',
  presExitShort: 'Exit',
  presEnterTitle: 'Presentation mode: large type, only the stepper (L)',
  presLabel: 'Presentation',
  presFullscreenRefused:
    'The browser refused full screen here; use its own full-screen key (F11, or Ctrl+Cmd+F on a Mac).',
  presFullscreenUnsupported:
    'Full screen is not available to this page (a browser or frame setting); use the browser’s own full-screen key (F11).',
  presKeysHint: 'Space step · ← → history · P play · F full screen · Esc exit',
  // The browser tab and a bookmark: the section first, so a row of tabs tells them apart.
  presDocumentTitle: '{section} — {app}',

  // Embed mode.
  presEmbedUnknownFigure:
    'There is no figure "{name}"; showing the {shown} plot. Use figure={list}.',

  // Themes.
  presHighContrast: 'High contrast',
  presHighContrastOn: 'High contrast theme',

  // Export panel.
  presExportTitle: 'Export figures',
  presExportFigure: 'Figure',
  presFigObjective: 'Objective',
  presFigAcquisition: 'Acquisition',
  presFigConvergence: 'Convergence',
  presFigMean: 'GP mean',
  presFigStd: 'GP standard deviation',
  presFigAcq: 'Acquisition map',
  presDownloadPng: 'PNG',
  presDownloadSvg: 'SVG',
  presDownloadPngName: 'Download the figure as PNG',
  presDownloadSvgName: 'Download the figure as SVG',
  presRecord: 'Record the run (WebM)',
  presRecording: 'Recording frame {k} of {n}…',
  presCancel: 'Cancel',
  presRecordDone: 'Saved {name} ({n} frames).',
  presRecordNoRecorder:
    'This browser cannot record video (no MediaRecorder for canvases). Step through the run and download PNGs instead, or use Chrome, Edge or Firefox.',
  presRecordOneFrame: 'The run has one snapshot so far: Step a few times, then record.',
  presRecordCancelled: 'Recording cancelled.',
  presExportMissing: 'The {figure} figure is not on the screen now; pick another one.',
  presExportFailed: 'Export failed: {message}',
  presExportSaved: 'Saved {name}.',
  presEmbedCode: 'Embed code (iframe)',
  presEmbedCodeHint: 'Paste into a slide or course page; it shows this figure alone.',

  // Guided tour.
  presTourTake: 'Take the tour',
  presTourPrompt: 'New here? A one-minute tour shows the parts of this screen.',
  presTourNoThanks: 'No thanks',
  presTourLabel: 'Guided tour',
  presTourProgress: 'Step {k} of {n}',
  presTourNext: 'Next',
  presTourBack: 'Back',
  presTourSkip: 'Skip tour',
  presTourDone: 'Done',
  presTourStepTitle: 'Step through the search',
  presTourStepBody:
    'Each Step evaluates the objective at the point the acquisition chose. Play steps on its own; Space and P do the same from the keyboard.',
  presTourPlotsTitle: 'What the model believes',
  presTourPlotsBody:
    'The GP mean and its uncertainty band, fitted to the points tried so far; below, the acquisition function. The star marks the next point, where the acquisition is best.',
  presTourAcqTitle: 'Choose how to explore',
  presTourAcqBody:
    'EI, PI, UCB or Thompson sampling, and their exploration settings. Change them and watch the next point move.',
  presTourHistoryTitle: 'Go back in time',
  presTourHistoryBody:
    'Every step is kept: drag the history slider or press ← and → to replay the run.',
  presTourTrialsTitle: 'Every evaluation',
  presTourTrialsBody:
    'The best value so far against evaluations, and a table of every point tried. Press ? for all keyboard shortcuts.',
  presTourStepBodyDone:
    'This run has used its budget of iterations, so Step is off. Reset starts it again from the same first points; New seed starts from new ones.',
  presTourPlotsBodyDone:
    'The GP mean and its uncertainty band, fitted to the points tried so far; below, the acquisition function. The run has used its budget, so no next point is marked.',
  presTourPlots2dBody:
    'Three maps of the domain: the GP mean, its standard deviation σ and the acquisition function. The cross marks the next point, where the acquisition is best.',
  presTourPlots2dBodyDone:
    'Three maps of the domain: the GP mean, its standard deviation σ and the acquisition function. The run has used its budget, so no next point is marked.',
  presTourAcqBodyDone:
    'EI, PI, UCB or Thompson sampling, and their exploration settings. This run is finished: go back in the history or Reset, then change them and watch the next point move.',
  presTourHistoryBodyEmpty:
    'Every step you take is kept: once you have stepped, drag the history slider or press ← and → to replay the run.',
};
