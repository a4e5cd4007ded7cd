/**
 * Every piece of UI text, per language. The English table is the reference: `Messages` is derived
 * from it, so TypeScript rejects a translation that misses a key or adds an unknown one.
 */
import { a11yEn } from './a11y.ts';
import { analysisJobEn } from './analysisJob.ts';
import type { labEn } from './lab.ts';
import type { labRaceEn } from './labRace.ts';
import type { networkEn } from './network.ts';
import { presentEn } from './present.ts';
import { deckEn } from './deck.ts';
import { shareEn } from './share.ts';

/** The languages the UI speaks. */
export type Locale = 'en' | 'ko';

export const LOCALES: readonly Locale[] = ['en', 'ko'];

export const coreEn = {
  appName: 'BO Playground',
  navLabel: 'Sections',
  navBo: 'Bayesian optimization',
  navNetwork: 'Tune a network',
  navLab: 'Search strategies',
  loadingSection: 'Loading…',
  sectionLoadFailed: 'This section could not be loaded.',
  sectionLoadFailedWhy:
    'The browser may be offline, or the app was updated since this page opened. Your study is kept: check the connection and press Retry, or open another section.',
  sectionRetry: 'Retry',
  sectionCrashed: 'This section stopped with an error: {detail}',
  sectionCrashedWhy:
    'Your study is kept. Press Retry to open the section again, or open another section.',
  tagline: 'Watch Bayesian optimization find the best hyperparameters, live.',
  seedExampleBadge: 'Seed example of the bayesian-optimization library',
  goalLabel: 'Goal',
  goalMaximize: 'maximize',
  goalMinimize: 'minimize',
  domainLabel: 'Domain',
  domainLogScale: 'log scale',
  axisLogScale: '{label} (log scale)',
  blackBoxHidden:
    'Black-box game: the formula, the hint and the known optimum stay hidden until the last evaluation is spent. Where do you think the best value is?',
  blackBoxFormulaHidden: 'hidden until the run ends',
  blackBoxFormulaPanel: 'The formula is hidden for the black-box game until the run ends.',
  blackBoxShowFormula: 'Show and edit the formula',
  blackBoxRevealed: 'Game over, the answer is revealed: the formula and the hint are shown again.',
  blackBoxRevealedOptimum:
    'Game over, the answer is revealed: the best value is {value} at {at}; the formula and the hint are shown again.',
  objectivePlotLabel: 'Objective plot',
  languageLabel: 'Language',
  switchToDark: 'Switch to dark theme',
  switchToLight: 'Switch to light theme',
  skipToContent: 'Skip to content',
  darkTheme: 'Dark theme',
  lightTheme: 'Light theme',
  customFormulaTitle: 'Your formula',
  customFormulaDescription: 'A formula you typed in the Objective panel.',
  benchmarkBadge: '1D benchmark',

  // Transport (accessible names are part of the e2e contract: keep Step/Play/Pause/... as is).
  settingsLabel: 'Settings',
  transportLabel: 'Playback',
  step: 'Step',
  play: 'Play',
  pause: 'Pause',
  back: 'Back',
  forward: 'Forward',
  reset: 'Reset',
  newSeed: 'New seed',
  togglePlay: 'Play / pause',
  showHelp: 'Keyboard shortcuts',
  speedLabel: 'Speed',
  speedSlow: 'slow',
  speedNormal: 'normal',
  speedFast: 'fast',
  speedFastest: 'fastest',
  historyLabel: 'History',
  historyValue: 'Snapshot {k} of {n}',
  statusIteration: 'Iteration {k} of {n}',
  statusIterationOver: 'Iteration {k}, past its budget of {n}',
  statusBest: 'Best so far: {best} at {at}',
  statusNoBest: 'No successful evaluation yet',
  statusFinished: 'done',

  // Narration (see src/components/narration.ts). {at} is "x = 0.62".
  narrBo: 'Next (iteration {k}): {lead}, where {detail} — {move}.',
  narrLeadEi: 'EI peaks at {at}',
  narrLeadPi: 'PI peaks at {at}',
  narrLeadUcb: 'UCB = mean + {kappa}σ peaks at {at}',
  // A minimized f: the lower confidence bound, in f's units, chooses its lowest point.
  narrLeadLcb: 'LCB = mean − {kappa}σ is lowest at {at}',
  narrLeadThompson: 'a path sampled from the posterior peaks at {at}',
  narrLeadThompsonMin: 'a path sampled from the posterior is lowest at {at}',
  // The words follow the rule that decides (narration.ts): the gap to the best against σ.
  narrDetailBeyond: 'the mean ({mean}) already beats the best so far ({best}) by {gap}',
  narrDetailNear:
    'the mean ({mean}) trails the best so far ({best}) by {gap}, small against σ ({std})',
  narrDetailFar:
    'the mean ({mean}) trails the best so far ({best}) by {gap}, large against σ ({std}), so only its uncertainty can win',
  narrExploit: 'exploitation',
  narrExplore: 'exploration',
  narrFallbackNextBest: 'Its top candidate was already sampled, so the next-best one is used.',
  narrFallbackRandom: 'Every good candidate was already sampled, so a random point is used.',
  narrFallbackNearby:
    'Its top candidate lies within {pct}% of the range of a sampled point, where an evaluation would teach the model almost nothing, so the next-best one is used.',
  narrUncorrelated:
    'Next (iteration {k}): the fitted length scale hit its lower bound, so the GP sees no correlation between the points and predicts nothing between them. The acquisition is flat but for slivers beside the observations, which would only repeat them, so {at} is drawn at random. (The default model avoids this: its length-scale prior keeps ℓ where points correlate; switch the model preset to compare.)',
  narrInit: 'Initial design: point {n} of {of} goes to {at} ({design}), chosen without a model.',
  narrNoModel:
    'Next (iteration {k}): no evaluation has succeeded yet, so there is no model; {at} is drawn at random.',
  narrModelFailed:
    'Next (iteration {k}): no Gaussian process could be fitted to these values (they are beyond what float64 arithmetic can model, or the kernel settings cannot be used), so {at} is drawn at random. Rescale the objective or reset the kernel settings.',
  narrFinished: 'Done: all {budget} evaluations are spent. The best value found is {best} at {at}.',
  narrFinishedOptimum:
    'Done: all {budget} evaluations are spent. The best value found is {best} at {at}; the true optimum is {optimum}.',
  narrFinishedNone: 'Done: all {budget} evaluations are spent and none of them succeeded.',
  // Failed points in the model (bo/modelData.ts); {where} is narrFailedSpan, narrFailedAt or ''.
  narrFailedAsWorst:
    '{count} failed points{where} are modelled as the worst value seen ({value}), so BO steers away from them.',
  narrFailedAsWorstOne:
    'The failed point{where} is modelled as the worst value seen ({value}), so BO steers away from it.',
  narrFailedSpan: ' ({name} between {lo} and {hi})',
  narrFailedAt: ' ({at})',

  // Objective panel
  sectionObjective: 'Objective',
  objectiveLabel: 'Function',
  customFormulaOption: 'Custom formula…',
  formulaLabel: 'Formula',
  formulaHint: 'Use x; ^ is a power, e.g. sin(3x) + x^2 / 10.',
  minLabel: 'Min',
  maxLabel: 'Max',
  scaleLabel: 'Scale',
  scaleLinear: 'linear',
  scaleLog: 'log10',
  applyFormula: 'Apply',
  formulaLoading: 'Loading the formula reader…',
  updateReady: 'A new version is ready.',
  updateReload: 'Reload',
  updateLater: 'Later',
  localeLoadFailed:
    '{language} could not be loaded: the page seems to be offline. Connect and try again.',
  localeRetry: 'Try again',
  localeClose: 'Close',
  formulaError: '{message}',
  boundsNotNumbers: 'Min and max must be numbers.',
  boundsOrder: 'Min must be less than max.',
  boundsLogPositive: 'On a log10 scale, min and max must be positive.',
  boundsTooLarge:
    'The {key} of {name}, {value}, is too far from 0: bounds must lie within ±{limit}. Rescale {name} (e.g. measure it in millions).',
  boundsTooNarrow:
    'The range of {name} is too narrow to plot: max − min must be at least {least}. Widen it, or shift {name} so that its range lies nearer 0.',
  boundsLogTooNarrow:
    'On a log10 scale the max of {name} must be at least {factor} × its min. Widen the range or choose the linear scale.',
  boundsLogRange: 'On a log10 scale, the bounds of {name} must lie between 1e-300 and 1e300.',
  numberTooHigh: 'At most {max}: type {max} or less. Until then the study keeps {value}.',
  numberTooLow: 'At least {min}: type {min} or more. Until then the study keeps {value}.',
  numberNotWhole: 'Type a whole number. Until then the study keeps {value}.',
  numberMissing: 'Type a number. Until then the study keeps {value}.',
  noiseLabel: 'Noise σ',

  // Acquisition panel
  sectionAcquisition: 'Acquisition',
  acquisitionLabel: 'Acquisition function',
  acqEi: 'Expected improvement (EI)',
  acqPi: 'Probability of improvement (PI)',
  acqUcb: 'Upper confidence bound (UCB)',
  acqThompson: 'Thompson sampling',
  acqShortEi: 'EI',
  acqShortPi: 'PI',
  acqShortUcb: 'UCB',
  acqShortLcb: 'LCB',
  acqShortThompson: 'Thompson',
  xiLabel: 'ξ (exploration margin)',
  kappaLabel: 'κ (width of the bound)',
  compareAll: 'Compare all acquisitions',
  acquisitionPlotLabel: 'Acquisition plot',
  comparePlotLabel: 'Acquisition plot: {name}',
  compareTitle: 'The four acquisitions on the same GP',

  // Model panel
  sectionModel: 'Model (GP kernel)',
  modelPresetLabel: 'Model preset',
  modelPresetDefault: 'Modern default (BoTorch/Optuna)',
  modelPresetBayesOpt: 'bayes_opt / scikit-learn (exact)',
  modelPresetDefaultHint:
    'Inputs scaled to the unit box, one ℓ per dimension fitted with a prior (MAP), log-EI, no proposal within {pct}% of the range of a sampled point. bayes_opt fits ℓ by likelihood alone, so with few points it can see no correlation.',
  modelPresetBayesOptHint:
    'scikit-learn’s GP as bayes_opt 3.3 runs it, bit for bit: ℓ by maximum likelihood alone, in raw units. The default adds a length-scale prior, unit-box inputs and log-EI.',
  fitKernelMap: 'Fit hyperparameters (MAP, with a prior on ℓ)',
  kernelLabel: 'Kernel',
  kernelRbf: 'RBF (squared exponential)',
  kernelMatern12: 'Matérn 1/2',
  kernelMatern32: 'Matérn 3/2',
  kernelMatern52: 'Matérn 5/2',
  fitKernel: 'Fit hyperparameters (max. likelihood)',
  fittedLengthScale: 'Length scale ℓ',
  logLikelihood: 'Log marginal likelihood',
  jitterUsed: 'Jitter added',
  noModelYet: 'No model yet',
  lengthScaleLabel: 'Length scale ℓ',
  varianceLabel: 'Variance σ²',

  // Design panel
  sectionBudget: 'Initial design and budget',
  initDesignLabel: 'Initial design',
  designRandom: 'random',
  designLhs: 'Latin hypercube',
  designSobol: 'Sobol sequence',
  designGrid: 'grid',
  initPointsLabel: 'Initial points',
  iterationsLabel: 'Iterations',
  seedLabel: 'Seed',

  // View panel
  sectionView: 'View',
  showTruth: 'Show the true function',
  showTruthHint: 'Hide it to play the black-box game.',
  bandLabel: 'Uncertainty band',
  bandSigma1: '±1σ',
  bandCi95: '95% interval',
  samplesLabel: 'Posterior sample paths',

  // Plots
  convergencePlotLabel: 'Convergence plot',
  convergenceTitle: 'Best value so far',
  evalAtTitle: 'Evaluate a point',
  evalAtButton: 'Evaluate',
  evalAtNotNumber: '{name} must be a number.',
  evalAtOutside: '{name} must be within [{min}, {max}], the objective’s domain.',
  noFormulaNote:
    'This study has no formula: run the suggested trial in your own tool and record its value.',
  recordValueLabel: 'Value measured',
  recordButton: 'Record',
  recordNotNumber: 'Type the value the trial gave, a finite number such as 0.93.',
  recordAtTitle: 'Record a trial',
  fileStudyOption: 'From the file {name}',
  plotHelp:
    'Click the plot to evaluate f there (or type a point under the trials). Drag a numbered point to move it; double-click it (or focus it and press Delete) to remove it.',
  plotHelpNoFormula:
    'This study has no formula: run the next trial in your own tool and record its value under the trials. Double-click a numbered point (or focus it and press Delete) to remove it.',

  // Trials table
  trialsTitle: 'Trials',
  colIndex: '#',
  colValue: 'Value',
  colPhase: 'Phase',
  colBest: 'Best so far',
  phaseInit: 'init',
  phaseBo: 'BO',
  phaseManual: 'manual',
  failedValue: 'failed',
  bestMarker: 'best',
  deleteTrial: 'Delete evaluation {n}',
  deleteShort: 'Delete',

  // Help overlay
  helpTitle: 'Keyboard shortcuts',
  helpIntro: 'Shortcuts work whenever focus is not in a text field, menu, slider or check box.',
  helpSpaceRule:
    'Space steps even right after you click a button: it never presses that button again. To press a focused button from the keyboard, use Enter. In a dialog such as this one, Space and Enter press its buttons.',
  close: 'Close',
  keySpace: 'Space',
  keyLeft: '←',
  keyRight: '→',
  keyEscape: 'Esc',
  closeHelp: 'Close this help',
  // Plot marks and labels (src/plots).
  plotTruth: 'objective',
  plotMean: 'GP mean',
  plotBandSigma1: 'mean ± 1σ',
  plotBandCi95: '95% interval',
  plotSamples: 'posterior samples',
  plotSamplesOther: 'other samples',
  plotThompsonSample: "Thompson's sample (its max is the next point)",
  plotThompsonSampleMin: "Thompson's sample (its min is the next point)",
  plotObsInit: 'initial points',
  plotObsBo: 'BO points',
  plotObsManual: 'your probes',
  plotFailed: 'failed',
  plotFailedAsWorst: 'failed: counted as the worst value for the model',
  plotBest: 'best',
  plotNext: 'next point',
  plotObservation: 'Observation {n}: x = {x}, value {y}',
  plotObservationBest: 'Observation {n} (best so far): x = {x}, value {y}',
  plotObservationFailed: 'Observation {n}: x = {x}, evaluation failed',
  plotObservationFailedModelled:
    'Observation {n}: x = {x}, evaluation failed; the model counts it as the worst value seen, {y}',
  plotObservationHint: 'Drag to move; double-click or press Delete to remove',
  plotProbeReadout: 'evaluate at {x}',
  plotNearZero: '≈ 0 everywhere',
  plotKnownOptimum: 'known optimum {value}',
  plotBestSoFarMax: 'best so far (max)',
  plotBestSoFarMin: 'best so far (min)',
  plotEvaluation: 'evaluation',
  plotInitPhase: 'initial design',

  // The 2D screen (src/components/HeatmapStack.tsx). Heatmap aria-labels are the e2e contract.
  benchmarkBadge2d: '2D benchmark',
  example2dBadge: 'The 2D example: learning rate and weight decay on log scales',
  objectiveGroup1d: 'One dimension',
  objectiveGroup2d: 'Two dimensions',
  formulaDimsLabel: 'Dimensions',
  formulaDims1: '1 (x)',
  formulaDims2: '2 (x, y)',
  formulaHint2d: 'Use x and y; ^ is a power, e.g. sin(x) * cos(y) + x^2 / 10.',
  dimMinLabel: '{name} min',
  dimMaxLabel: '{name} max',
  dimScaleLabel: '{name} scale',
  ardLabel: 'One length scale per dimension (ARD)',
  ardHint: 'A long ℓ along an input means f barely changes along it.',
  fittedLengthScaleDim: 'Length scale ℓ ({name})',
  showContours: 'Show contours of the true function',
  heatmapMeanLabel: 'Mean',
  heatmapStdLabel: 'Standard deviation',
  heatmapAcquisitionLabel: 'Acquisition',
  heatmapMeanTitle: 'GP mean',
  heatmapMeanTitleMin: 'GP mean (bright = low)',
  heatmapStdTitle: 'GP standard deviation σ',
  heatmapThompsonTitle: 'The sample Thompson maximized',
  heatmapThompsonTitleMin: 'The sample Thompson minimized',
  heatmapNoModel: 'no model yet',
  heatmapNext: 'next point',
  heatmapHelp:
    'Hover a map to read all three at that point; click to evaluate f there. Bright means a better mean, more uncertainty, a more promising point.',
  heatmapHelpNoFormula:
    'Hover a map to read all three at that point. This study has no formula: run the next trial in your own tool and record its value under the trials. Bright means a better mean, more uncertainty, a more promising point.',
  sliceGroupLabel: 'Slice through the cursor',
  sliceOff: 'No slice',
  sliceHorizontal: 'Horizontal slice',
  sliceVertical: 'Vertical slice',
  slicePlotLabel: 'Slice plot',
  sliceAcquisitionLabel: 'Slice acquisition plot',
  sliceAt: 'Slice at {at}',
  readoutCursor: 'Cursor',
  readoutNext: 'Next point',
  readoutMean: 'mean',
  readoutStd: 'σ',
  surfacesComputedOn: 'Maps: {side} × {side}, {backend}',
  backendMainThread: 'main thread, float64',
  backendCpuWorkers: 'CPU workers, float64',
  backendWebgl: 'GPU (WebGL), float32',
  backendWasm: 'WebAssembly, float32',
  backendCpuTfjs: 'CPU (TensorFlow.js), float32',
  noticeNoWebgl: 'WebGL unavailable',
  noticeSoftwareOnly: 'only a software WebGL',
  noticeNoFloat32: 'WebGL cannot compute in float32',
  noticeContextLost: 'WebGL context lost',
  noticeFailed: 'WebGL failed',
  noticeWorkersUnavailable: 'Web Workers unavailable',
  plotObservation2d: 'Observation {n}: {at}, value {y}',
  plotObservationBest2d: 'Observation {n} (best so far): {at}, value {y}',
  plotObservationFailed2d: 'Observation {n}: {at}, evaluation failed',
};

/**
 * The sections' own tables live beside this file (one per area, so that each area's text stays
 * together); they are merged here into the one table the app reads.
 */
const en = {
  ...coreEn,
  ...shareEn,
  ...presentEn,
  ...deckEn,
  ...analysisJobEn,
  ...a11yEn,
};

/**
 * The network and lab sections' text (sectionMessages.ts) is no part of the first screen: it
 * arrives with those sections (loadSectionMessages), before any of their components renders.
 */
export type SectionKey = keyof typeof networkEn | keyof typeof labEn | keyof typeof labRaceEn;

/** Keys of the message table. */
export type MessageKey = keyof typeof en | SectionKey;

/** One language's complete message table. */
export type Messages = Readonly<Record<MessageKey, string>>;

/**
 * Korean arrives on demand (messagesKo.ts, loadLocale): until then this table is empty, and
 * nothing renders in Korean before it is filled (main.tsx awaits the starting language, the
 * language switch waits for the load).
 */
const ko = {} as Omit<Messages, SectionKey>;

/**
 * All message tables, by locale. Until loadSectionMessages has run they hold the first screen's
 * keys only; the section tables are then merged into these same objects (components hold them
 * through context, and localeOf finds a locale by identity).
 */
export const MESSAGES: Readonly<Record<Locale, Messages>> = {
  en: en as Messages,
  ko: ko as Messages,
};

let sectionMessages: Promise<void> | undefined;

/**
 * Loads the network and lab sections' text into MESSAGES, once. Every lazily loaded section
 * awaits it before its code renders (src/App.tsx), so no component ever reads a missing key. A
 * failed load (offline) is forgotten, so the section's Retry tries again.
 */
export function loadSectionMessages(): Promise<void> {
  sectionMessages ??= import('./sectionMessages.ts').then(
    (m) => {
      Object.assign(MESSAGES.en, m.SECTION_MESSAGES.en);
      Object.assign(MESSAGES.ko, m.SECTION_MESSAGES.ko);
    },
    (e: unknown) => {
      sectionMessages = undefined;
      throw e;
    },
  );
  return sectionMessages;
}

/** Each language's name in that language, so a reader can always find their own. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ko: '한국어' };

/** Objective text as the user should read it: a translation where one exists, else the registry's. */
export interface ObjectiveText {
  readonly title?: string;
  readonly description?: string;
}

/**
 * Translations of registry titles and descriptions (which are written in English), by locale and
 * objective id. Missing entries fall back to the registry's own text.
 */
const objectiveText: Partial<Record<Locale, Readonly<Record<string, ObjectiveText>>>> = {};
export const OBJECTIVE_TEXT: Readonly<
  Partial<Record<Locale, Readonly<Record<string, ObjectiveText>>>>
> = objectiveText;

const loadedLocales = new Set<Locale>(['en']);
let koreanLoad: Promise<void> | undefined;
let koreanFormulaError: ((message: string) => string | null) | undefined;

/**
 * The formula compiler's (English) message in a language; null where no rule knows it. The Korean
 * rules (formulaErrors.ts) come with the Korean tables, which are loaded before any Korean renders.
 */
export function formulaErrorText(message: string, locale: Locale): string | null {
  return locale === 'en' ? message : (koreanFormulaError?.(message) ?? null);
}

/** Whether a language's first-screen text is in MESSAGES (English always is). */
export function localeLoaded(locale: Locale): boolean {
  return loadedLocales.has(locale);
}

/**
 * Loads a language's first-screen text into MESSAGES and OBJECTIVE_TEXT, once (English ships with
 * the page). A failed load (offline before the app was ever cached) is forgotten, so a later
 * choice of the language tries again.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (loadedLocales.has(locale)) return Promise.resolve();
  koreanLoad ??= import('./messagesKo.ts').then(
    (m) => {
      Object.assign(MESSAGES.ko, m.ko);
      objectiveText.ko = m.objectiveTextKo;
      koreanFormulaError = (message) => m.translateFormulaError(message, 'ko');
      loadedLocales.add('ko');
    },
    (e: unknown) => {
      koreanLoad = undefined;
      throw e;
    },
  );
  return koreanLoad;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
