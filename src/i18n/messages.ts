/**
 * Every piece of UI text, per language. The English table is the reference: `Messages` is derived
 * from it, so TypeScript rejects a translation that misses a key or adds an unknown one.
 */
import { a11yEn, a11yKo } from './a11y.ts';
import { analysisJobEn, analysisJobKo } from './analysisJob.ts';
import type { labEn } from './lab.ts';
import type { labRaceEn } from './labRace.ts';
import type { networkEn } from './network.ts';
import { presentEn, presentKo } from './present.ts';
import { deckEn, deckKo } from './deck.ts';
import { shareEn, shareKo } from './share.ts';

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
  plotHelp:
    'Click the plot to evaluate f there (or type a point under the trials). Drag a numbered point to move it; double-click it (or focus it and press Delete) to remove it.',

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
type SectionKey = keyof typeof networkEn | keyof typeof labEn | keyof typeof labRaceEn;

/** Keys of the message table. */
export type MessageKey = keyof typeof en | SectionKey;

/** One language's complete message table. */
export type Messages = Readonly<Record<MessageKey, string>>;

export const coreKo: Readonly<Record<keyof typeof coreEn, string>> = {
  appName: 'BO Playground',
  navLabel: '섹션',
  navBo: '베이즈 최적화',
  navNetwork: '신경망 튜닝',
  navLab: '탐색 전략',
  loadingSection: '불러오는 중…',
  sectionLoadFailed: '이 섹션을 불러오지 못했습니다.',
  sectionLoadFailedWhy:
    '브라우저가 오프라인이거나 이 페이지를 연 뒤 앱이 업데이트되었을 수 있습니다. 진행 중인 스터디는 그대로 있습니다. 연결을 확인하고 다시 시도를 누르거나 다른 섹션을 여세요.',
  sectionRetry: '다시 시도',
  sectionCrashed: '이 섹션이 오류로 멈췄습니다: {detail}',
  sectionCrashedWhy:
    '진행 중인 스터디는 그대로 있습니다. 다시 시도를 눌러 섹션을 다시 열거나 다른 섹션을 여세요.',
  tagline: '베이즈 최적화가 최적의 하이퍼파라미터를 찾아가는 과정을 실시간으로 지켜보세요.',
  seedExampleBadge: 'bayesian-optimization 라이브러리의 기본 예제',
  goalLabel: '목표',
  goalMaximize: '최대화',
  goalMinimize: '최소화',
  domainLabel: '범위',
  domainLogScale: '로그 척도',
  axisLogScale: '{label} (로그 척도)',
  blackBoxHidden:
    '블랙박스 게임: 수식, 힌트, 알려진 최적값은 마지막 평가를 쓸 때까지 숨겨집니다. 최고값이 어디에 있을지 짐작해 보세요.',
  blackBoxFormulaHidden: '실행이 끝날 때까지 숨김',
  blackBoxFormulaPanel: '블랙박스 게임 중이라 실행이 끝날 때까지 수식을 숨깁니다.',
  blackBoxShowFormula: '수식 보기·고치기',
  blackBoxRevealed: '게임 끝, 정답 공개: 수식과 힌트를 다시 보여 줍니다.',
  blackBoxRevealedOptimum:
    '게임 끝, 정답 공개: 최고값은 {at}에서 {value}입니다. 수식과 힌트를 다시 보여 줍니다.',
  objectivePlotLabel: '목적 함수 그래프',
  languageLabel: '언어',
  switchToDark: '어두운 테마 켜기',
  switchToLight: '밝은 테마 켜기',
  skipToContent: '본문으로 건너뛰기',
  darkTheme: '어두운 테마',
  lightTheme: '밝은 테마',
  customFormulaTitle: '직접 입력한 수식',
  customFormulaDescription: '목적 함수 패널에서 직접 입력한 수식입니다.',
  benchmarkBadge: '1차원 벤치마크',

  settingsLabel: '설정',
  transportLabel: '재생 제어',
  step: '한 단계',
  play: '재생',
  pause: '일시정지',
  back: '뒤로',
  forward: '앞으로',
  reset: '처음부터',
  newSeed: '새 시드',
  togglePlay: '재생 / 일시정지',
  showHelp: '단축키',
  speedLabel: '속도',
  speedSlow: '느리게',
  speedNormal: '보통',
  speedFast: '빠르게',
  speedFastest: '가장 빠르게',
  historyLabel: '기록',
  historyValue: '{n}개 중 {k}번째 상태',
  statusIteration: '반복 {k} / {n}',
  statusIterationOver: '반복 {k}, 예산 {n}회를 넘음',
  statusBest: '현재 최고값: {at}에서 {best}',
  statusNoBest: '아직 성공한 평가가 없습니다',
  statusFinished: '완료',

  narrBo: '다음 단계({k}번째 반복): {lead}. 그 지점에서 {detail} — {move}.',
  narrLeadEi: 'EI가 {at}에서 가장 큽니다',
  narrLeadPi: 'PI가 {at}에서 가장 큽니다',
  narrLeadUcb: 'UCB = 평균 + {kappa}σ가 {at}에서 가장 큽니다',
  narrLeadLcb: 'LCB = 평균 − {kappa}σ가 {at}에서 가장 작습니다',
  narrLeadThompson: '사후분포에서 뽑은 표본 경로가 {at}에서 가장 큽니다',
  narrLeadThompsonMin: '사후분포에서 뽑은 표본 경로가 {at}에서 가장 작습니다',
  narrDetailBeyond: '평균({mean})이 이미 지금까지의 최고값({best})보다 {gap}만큼 좋습니다',
  narrDetailNear:
    '평균({mean})이 지금까지의 최고값({best})보다 {gap}만큼 못하지만 σ({std})에 비하면 작은 차이입니다',
  narrDetailFar:
    '평균({mean})이 지금까지의 최고값({best})보다 {gap}만큼 못하고 σ({std})에 비하면 큰 차이여서, 불확실성으로만 앞설 수 있습니다',
  narrExploit: '활용(exploitation)',
  narrExplore: '탐색(exploration)',
  narrFallbackNextBest: '가장 좋은 후보는 이미 평가한 점이어서 그다음 후보를 씁니다.',
  narrFallbackRandom: '좋은 후보가 모두 이미 평가한 점이어서 무작위 점을 씁니다.',
  narrFallbackNearby:
    '가장 좋은 후보가 이미 평가한 점에서 범위의 {pct}% 안에 있어 평가해도 모델이 거의 배우지 못하므로, 그다음 후보를 씁니다.',
  narrUncorrelated:
    '다음 단계({k}번째 반복): 맞춘 길이 척도가 하한에 닿아 GP가 점들 사이에서 상관을 보지 못하고, 점 사이에 대해서는 아무것도 예측하지 못합니다. 획득 함수는 관측점 바로 옆의 좁은 구간을 빼면 평평하고 그 구간은 관측점을 되풀이할 뿐이므로, {at}을 무작위로 고릅니다. (기본 모델은 길이 척도 사전분포가 ℓ을 점들이 상관을 갖는 크기로 유지하므로 이런 일이 없습니다. 모델 프리셋을 바꿔 비교해 보세요.)',
  narrInit: '초기 설계: {of}개 중 {n}번째 점을 {at}에 놓습니다({design}). 아직 모델 없이 고릅니다.',
  narrNoModel:
    '다음 단계({k}번째 반복): 아직 성공한 평가가 없어 모델이 없습니다. {at}을 무작위로 고릅니다.',
  narrModelFailed:
    '다음 단계({k}번째 반복): 이 값들로는 가우시안 과정을 맞출 수 없어(float64 연산으로 다룰 수 있는 범위를 넘었거나 커널 설정을 쓸 수 없습니다) {at}을 무작위로 고릅니다. 목적 함수의 크기를 줄이거나 커널 설정을 되돌리세요.',
  narrFinished: '완료: 평가 {budget}회를 모두 썼습니다. 찾은 최고값은 {at}에서 {best}입니다.',
  narrFinishedOptimum:
    '완료: 평가 {budget}회를 모두 썼습니다. 찾은 최고값은 {at}에서 {best}이고, 실제 최적값은 {optimum}입니다.',
  narrFinishedNone: '완료: 평가 {budget}회를 모두 썼지만 성공한 평가가 없습니다.',
  narrFailedAsWorst:
    '실패한 점 {count}개{where}는 모델에서 지금까지 본 가장 나쁜 값({value})으로 취급되므로 BO는 그쪽을 피합니다.',
  narrFailedAsWorstOne:
    '실패한 점{where}은 모델에서 지금까지 본 가장 나쁜 값({value})으로 취급되므로 BO는 그쪽을 피합니다.',
  narrFailedSpan: ' ({name}: {lo} ~ {hi} 사이)',
  narrFailedAt: ' ({at})',

  sectionObjective: '목적 함수',
  objectiveLabel: '함수',
  customFormulaOption: '수식 직접 입력…',
  formulaLabel: '수식',
  formulaHint: '변수는 x, 거듭제곱은 ^ 입니다. 예: sin(3x) + x^2 / 10',
  minLabel: '최솟값',
  maxLabel: '최댓값',
  scaleLabel: '척도',
  scaleLinear: '선형',
  scaleLog: 'log10 (로그)',
  applyFormula: '적용',
  formulaLoading: '수식 해석기를 불러오는 중…',
  updateReady: '새 버전이 준비되었습니다.',
  updateReload: '새로고침',
  updateLater: '나중에',
  formulaError: '수식 오류: {message}',
  boundsNotNumbers: '최솟값과 최댓값은 숫자여야 합니다.',
  boundsOrder: '최솟값은 최댓값보다 작아야 합니다.',
  boundsLogPositive: 'log10 척도에서는 최솟값과 최댓값이 양수여야 합니다.',
  boundsTooLarge:
    '{name}의 {key} 값 {value}은(는) 0에서 너무 멉니다. 범위는 ±{limit} 안에 있어야 합니다. {name}의 단위를 바꾸세요(예: 백만 단위로 재기).',
  boundsTooNarrow:
    '{name}의 범위가 너무 좁아 그릴 수 없습니다. 최댓값 − 최솟값이 {least} 이상이어야 합니다. 범위를 넓히거나, {name}을(를) 옮겨 범위가 0에 가깝게 하세요.',
  boundsLogTooNarrow:
    'log10 척도에서는 {name}의 최댓값이 최솟값의 {factor}배 이상이어야 합니다. 범위를 넓히거나 선형 척도를 고르세요.',
  boundsLogRange: 'log10 척도에서 {name}의 범위는 1e-300과 1e300 사이에 있어야 합니다.',
  numberTooHigh: '최대 {max}입니다. {max} 이하로 입력하세요. 그때까지 연구는 {value}을(를) 씁니다.',
  numberTooLow:
    '최소 {min}입니다. {min} 이상으로 입력하세요. 그때까지 연구는 {value}을(를) 씁니다.',
  numberNotWhole: '정수를 입력하세요. 그때까지 연구는 {value}을(를) 씁니다.',
  numberMissing: '숫자를 입력하세요. 그때까지 연구는 {value}을(를) 씁니다.',
  noiseLabel: '잡음 σ',

  sectionAcquisition: '획득 함수',
  acquisitionLabel: '획득 함수',
  acqEi: '기대 개선량 (EI)',
  acqPi: '개선 확률 (PI)',
  acqUcb: '신뢰 상한 (UCB)',
  acqThompson: '톰슨 샘플링',
  acqShortEi: 'EI',
  acqShortPi: 'PI',
  acqShortUcb: 'UCB',
  acqShortLcb: 'LCB',
  acqShortThompson: '톰슨',
  xiLabel: 'ξ (탐색 여유)',
  kappaLabel: 'κ (신뢰 구간 폭)',
  compareAll: '획득 함수 모두 비교',
  acquisitionPlotLabel: '획득 함수 그래프',
  comparePlotLabel: '획득 함수 그래프: {name}',
  compareTitle: '같은 GP 위의 네 가지 획득 함수',

  sectionModel: '모델 (GP 커널)',
  modelPresetLabel: '모델 프리셋',
  modelPresetDefault: '현대적 기본값 (BoTorch·Optuna식)',
  modelPresetBayesOpt: 'bayes_opt / scikit-learn (그대로)',
  modelPresetDefaultHint:
    '입력을 단위 상자로 맞추고, 차원마다 ℓ을 사전분포와 함께 적합(MAP)하며, log-EI를 쓰고, 이미 평가한 점에서 범위의 {pct}% 안은 제안하지 않습니다. bayes_opt는 ℓ을 우도만으로 적합하므로 점이 적으면 상관을 보지 못할 수 있습니다.',
  modelPresetBayesOptHint:
    'bayes_opt 3.3이 쓰는 scikit-learn GP를 비트 단위까지 그대로 재현합니다: ℓ을 원래 단위에서 최대우도만으로 적합합니다. 기본값은 길이 척도 사전분포, 단위 상자 입력, log-EI를 더합니다.',
  fitKernelMap: '하이퍼파라미터 적합 (MAP, ℓ에 사전분포)',
  kernelLabel: '커널',
  kernelRbf: 'RBF (제곱 지수)',
  kernelMatern12: '마턴 1/2',
  kernelMatern32: '마턴 3/2',
  kernelMatern52: '마턴 5/2',
  fitKernel: '하이퍼파라미터 적합 (최대우도)',
  fittedLengthScale: '길이 척도 ℓ',
  logLikelihood: '로그 주변우도',
  jitterUsed: '추가한 지터',
  noModelYet: '아직 모델이 없습니다',
  lengthScaleLabel: '길이 척도 ℓ',
  varianceLabel: '분산 σ²',

  sectionBudget: '초기 설계와 예산',
  initDesignLabel: '초기 설계',
  designRandom: '무작위',
  designLhs: '라틴 하이퍼큐브',
  designSobol: 'Sobol 수열',
  designGrid: '격자',
  initPointsLabel: '초기 점 개수',
  iterationsLabel: '반복 횟수',
  seedLabel: '시드',

  sectionView: '보기',
  showTruth: '실제 함수 보기',
  showTruthHint: '끄면 블랙박스 게임이 됩니다.',
  bandLabel: '불확실성 띠',
  bandSigma1: '±1σ',
  bandCi95: '95% 구간',
  samplesLabel: '사후 표본 경로',

  convergencePlotLabel: '수렴 그래프',
  convergenceTitle: '지금까지의 최고값',
  evalAtTitle: '한 점 평가하기',
  evalAtButton: '평가',
  evalAtNotNumber: '{name}에는 숫자를 입력하세요.',
  evalAtOutside: '{name}은(는) 목적 함수의 정의역 [{min}, {max}] 안에 있어야 합니다.',
  plotHelp:
    '그래프를 클릭하면 그 x에서 f를 평가합니다 (시행 표 아래에 점을 직접 입력해도 됩니다). 번호가 붙은 점은 끌어서 옮기고, 더블클릭하거나 선택한 뒤 Delete 키를 누르면 삭제됩니다.',

  trialsTitle: '시행 기록',
  colIndex: '#',
  colValue: '값',
  colPhase: '단계',
  colBest: '지금까지 최고',
  phaseInit: '초기',
  phaseBo: 'BO',
  phaseManual: '수동',
  failedValue: '실패',
  bestMarker: '최고',
  deleteTrial: '{n}번 평가 삭제',
  deleteShort: '삭제',

  helpTitle: '단축키',
  helpIntro: '입력란, 메뉴, 슬라이더, 체크박스에 포커스가 없을 때 단축키가 동작합니다.',
  helpSpaceRule:
    '버튼을 누른 직후에도 스페이스는 한 단계를 진행하며, 그 버튼을 다시 누르지 않습니다. 포커스된 버튼을 키보드로 누르려면 Enter를 쓰세요. 이 창 같은 대화 상자 안에서는 스페이스와 Enter가 그 창의 버튼을 누릅니다.',
  close: '닫기',
  keySpace: '스페이스',
  keyLeft: '←',
  keyRight: '→',
  keyEscape: 'Esc',
  closeHelp: '도움말 닫기',
  // 그래프 표식과 라벨 (src/plots).
  plotTruth: '목적 함수',
  plotMean: 'GP 평균',
  plotBandSigma1: '평균 ± 1σ',
  plotBandCi95: '95% 구간',
  plotSamples: '사후 표본',
  plotSamplesOther: '다른 표본',
  plotThompsonSample: '톰슨 표본 (최댓값이 다음 점)',
  plotThompsonSampleMin: '톰슨 표본 (최솟값이 다음 점)',
  plotObsInit: '초기 점',
  plotObsBo: 'BO 점',
  plotObsManual: '직접 찍은 점',
  plotFailed: '실패',
  plotFailedAsWorst: '실패: 모델에서는 가장 나쁜 값으로 취급',
  plotBest: '최고',
  plotNext: '다음 점',
  plotObservation: '관측 {n}: x = {x}, 값 {y}',
  plotObservationBest: '관측 {n} (현재 최고): x = {x}, 값 {y}',
  plotObservationFailed: '관측 {n}: x = {x}, 평가 실패',
  plotObservationFailedModelled:
    '관측 {n}: x = {x}, 평가 실패, 모델은 지금까지 본 가장 나쁜 값({y})으로 취급',
  plotObservationHint: '끌어서 옮기고, 더블클릭하거나 Delete 키를 눌러 삭제',
  plotProbeReadout: '{x}에서 평가',
  plotNearZero: '모든 곳에서 ≈ 0',
  plotKnownOptimum: '알려진 최적값 {value}',
  plotBestSoFarMax: '지금까지의 최고값 (최대화)',
  plotBestSoFarMin: '지금까지의 최고값 (최소화)',
  plotEvaluation: '평가 횟수',
  plotInitPhase: '초기 설계',

  benchmarkBadge2d: '2차원 벤치마크',
  example2dBadge: '2차원 기본 예제: 로그 척도의 학습률과 가중치 감쇠',
  objectiveGroup1d: '1차원',
  objectiveGroup2d: '2차원',
  formulaDimsLabel: '차원',
  formulaDims1: '1 (x)',
  formulaDims2: '2 (x, y)',
  formulaHint2d: '변수는 x와 y, 거듭제곱은 ^ 입니다. 예: sin(x) * cos(y) + x^2 / 10',
  dimMinLabel: '{name} 최솟값',
  dimMaxLabel: '{name} 최댓값',
  dimScaleLabel: '{name} 척도',
  ardLabel: '차원마다 길이 척도 따로 (ARD)',
  ardHint: '어떤 입력의 ℓ이 길면 그 방향으로는 f가 거의 변하지 않는다는 뜻입니다.',
  fittedLengthScaleDim: '길이 척도 ℓ ({name})',
  showContours: '실제 함수의 등고선 보기',
  heatmapMeanLabel: '평균',
  heatmapStdLabel: '표준편차',
  heatmapAcquisitionLabel: '획득 함수',
  heatmapMeanTitle: 'GP 평균',
  heatmapMeanTitleMin: 'GP 평균 (밝을수록 낮음)',
  heatmapStdTitle: 'GP 표준편차 σ',
  heatmapThompsonTitle: '톰슨이 최대화한 표본',
  heatmapThompsonTitleMin: '톰슨이 최소화한 표본',
  heatmapNoModel: '아직 모델이 없습니다',
  heatmapNext: '다음 점',
  heatmapHelp:
    '지도 위에 마우스를 올리면 그 점에서 세 값을 모두 읽을 수 있고, 클릭하면 그 점에서 f를 평가합니다. 밝을수록 평균이 좋고, 불확실하고, 유망한 점입니다.',
  sliceGroupLabel: '커서를 지나는 단면',
  sliceOff: '단면 없음',
  sliceHorizontal: '가로 단면',
  sliceVertical: '세로 단면',
  slicePlotLabel: '단면 그래프',
  sliceAcquisitionLabel: '단면 획득 함수 그래프',
  sliceAt: '{at}에서의 단면',
  readoutCursor: '커서',
  readoutNext: '다음 점',
  readoutMean: '평균',
  readoutStd: 'σ',
  surfacesComputedOn: '지도: {side} × {side}, {backend}',
  backendMainThread: '메인 스레드, float64',
  backendCpuWorkers: 'CPU 워커, float64',
  backendWebgl: 'GPU (WebGL), float32',
  backendWasm: 'WebAssembly, float32',
  backendCpuTfjs: 'CPU (TensorFlow.js), float32',
  noticeNoWebgl: 'WebGL을 쓸 수 없음',
  noticeSoftwareOnly: '소프트웨어 WebGL만 있음',
  noticeNoFloat32: 'WebGL이 float32로 계산하지 못함',
  noticeContextLost: 'WebGL 컨텍스트가 사라짐',
  noticeFailed: 'WebGL 실패',
  noticeWorkersUnavailable: '웹 워커를 쓸 수 없음',
  plotObservation2d: '관측 {n}: {at}, 값 {y}',
  plotObservationBest2d: '관측 {n} (현재 최고): {at}, 값 {y}',
  plotObservationFailed2d: '관측 {n}: {at}, 평가 실패',
};

const ko: Omit<Messages, SectionKey> = {
  ...coreKo,
  ...shareKo,
  ...presentKo,
  ...deckKo,
  ...analysisJobKo,
  ...a11yKo,
};

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
export const OBJECTIVE_TEXT: Readonly<
  Partial<Record<Locale, Readonly<Record<string, ObjectiveText>>>>
> = {
  ko: {
    'bayes-opt-1d': {
      title: 'bayes_opt 예제',
      description:
        'bayes_opt 라이브러리의 대표적인 첫 예제입니다. 봉우리 두 개와 완만한 언덕이 있고, 최댓값은 x = 0.63 근처에 숨어 있습니다.',
    },
    'bayes-opt-visualization': {
      title: 'bayes_opt 시각화 예제',
      description:
        'bayes_opt 시각화 노트북의 목적 함수입니다. x ≈ 2의 뾰족한 봉우리 옆에 넓고 낮은 언덕이 있어 탐색을 엉뚱한 곳으로 끌어갈 수 있습니다.',
    },
    forrester: {
      title: 'Forrester 함수',
      description:
        '대리 모델 연구의 표준 시험 함수입니다. x = 0.76 근처에 깊은 골짜기가 있고, 왼쪽에는 속기 쉬운 국소 최솟값이 있습니다.',
    },
    'gramacy-lee': {
      title: 'Gramacy & Lee 함수',
      description:
        '오르막 곡선 위에 빠른 물결이 겹쳐 국소 최솟값이 많고, 가장 깊은 최솟값은 왼쪽 끝에 붙어 있습니다.',
    },
    branin: {
      title: 'Branin 함수',
      description:
        '휘어진 골짜기에 똑같이 깊은 최솟값이 세 개 있습니다. 베이즈 최적화의 표준적인 첫 2차원 시험 함수입니다.',
    },
    'six-hump-camel': {
      title: '여섯 혹 낙타 함수',
      description: '골짜기가 여섯 개이고, 그중 가장 깊은 두 개는 원점에 대해 서로 대칭입니다.',
    },
    himmelblau: {
      title: 'Himmelblau 함수',
      description:
        '서로 떨어진 최솟값 네 개가 모두 정확히 0입니다. 하나를 찾았다고 다 찾은 것은 아닙니다.',
    },
    rosenbrock: {
      title: 'Rosenbrock 함수',
      description:
        '길고 평평한 바나나 모양 골짜기입니다. 골짜기는 쉽게 찾지만 그 바닥을 따라 (1, 1)까지 가기는 어렵습니다.',
    },
    ackley: {
      title: 'Ackley 함수',
      description:
        '작은 물결이 달걀판처럼 깔린 가운데 원점에만 깊은 구멍이 하나 있고, 물결 하나하나가 국소 최솟값입니다.',
    },
    'goldstein-price': {
      title: 'Goldstein-Price 함수',
      description:
        '값이 3부터 약 백만까지 걸쳐 있어, (0, -1)의 깊은 최솟값은 로그 색 척도 없이는 잘 보이지 않습니다.',
    },
    'important-parameter': {
      title: '중요한 매개변수 하나',
      description:
        'x만 정말 중요하고, 그 최적값은 5 × 5 격자의 선 사이에 숨어 있어 무작위 탐색이 맞힐 가능성이 꽤 있습니다.',
    },
    'synthetic-lr-wd': {
      title: '합성 학습률 × 가중치 감쇠',
      description:
        '학습률과 가중치 감쇠(둘 다 로그 척도로 탐색)에 대한 가상의 검증 정확도 곡면입니다. 실제로 학습하는 신경망 목적 함수가 생기기 전까지 그 자리를 대신합니다.',
    },
  },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
