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

export const presentKo: Readonly<Record<keyof typeof presentEn, string>> = {
  presFullscreen: '전체 화면',
  presEnter: '발표',
  presToggle: '발표 모드 켜기 / 끄기',
  presExit: '발표 모드 나가기',
  presExitShort: '나가기',
  presEnterTitle: '발표 모드: 큰 글씨, 단계 버튼만 표시 (L)',
  presLabel: '발표',
  presFullscreenRefused:
    '브라우저가 이 페이지의 전체 화면을 거부했습니다. 브라우저의 전체 화면 키(F11, Mac은 Ctrl+Cmd+F)를 쓰세요.',
  presFullscreenUnsupported:
    '이 페이지에서는 전체 화면을 쓸 수 없습니다(브라우저나 프레임 설정). 브라우저의 전체 화면 키(F11)를 쓰세요.',
  presKeysHint: '스페이스 한 단계 · ← → 기록 · P 재생 · F 전체 화면 · Esc 나가기',
  presDocumentTitle: '{section} — {app}',

  presEmbedUnknownFigure:
    '"{name}"이라는 그림은 없어 {shown} 그래프를 보여 줍니다. figure={list} 중 하나를 쓰세요.',

  presHighContrast: '고대비',
  presHighContrastOn: '고대비 테마',

  presExportTitle: '그림 내보내기',
  presExportFigure: '그림',
  presFigObjective: '목적 함수',
  presFigAcquisition: '획득 함수',
  presFigConvergence: '수렴',
  presFigMean: 'GP 평균',
  presFigStd: 'GP 표준편차',
  presFigAcq: '획득 함수 지도',
  presDownloadPng: 'PNG',
  presDownloadSvg: 'SVG',
  presDownloadPngName: 'PNG 형식으로 그림 내려받기',
  presDownloadSvgName: 'SVG 형식으로 그림 내려받기',
  presRecord: '실행 과정 녹화 (WebM)',
  presRecording: '{n}개 중 {k}번째 장면 녹화 중…',
  presCancel: '취소',
  presRecordDone: '{name} 저장됨 ({n}개 장면).',
  presRecordNoRecorder:
    '이 브라우저는 동영상을 녹화할 수 없습니다(캔버스용 MediaRecorder 없음). 단계를 넘기며 PNG로 내려받거나 Chrome, Edge, Firefox를 쓰세요.',
  presRecordOneFrame: '아직 기록된 상태가 하나뿐입니다. 몇 단계 진행한 뒤 녹화하세요.',
  presRecordCancelled: '녹화를 취소했습니다.',
  presExportMissing: '{figure} 그림이 지금 화면에 없습니다. 다른 그림을 고르세요.',
  presExportFailed: '내보내기 실패: {message}',
  presExportSaved: '{name} 저장됨.',
  presEmbedCode: '삽입 코드 (iframe)',
  presEmbedCodeHint: '슬라이드나 강의 페이지에 붙여 넣으면 이 그림만 보입니다.',

  presTourTake: '둘러보기',
  presTourPrompt: '처음이신가요? 1분 둘러보기로 화면 구성을 알아보세요.',
  presTourNoThanks: '괜찮습니다',
  presTourLabel: '둘러보기',
  presTourProgress: '{n}단계 중 {k}단계',
  presTourNext: '다음',
  presTourBack: '이전',
  presTourSkip: '둘러보기 건너뛰기',
  presTourDone: '마침',
  presTourStepTitle: '한 단계씩 진행하기',
  presTourStepBody:
    '한 단계를 누를 때마다 획득 함수가 고른 점에서 목적 함수를 평가합니다. 재생은 자동으로 진행하며, 키보드로는 스페이스와 P가 같은 일을 합니다.',
  presTourPlotsTitle: '모델이 믿는 것',
  presTourPlotsBody:
    '지금까지 평가한 점에 맞춘 GP 평균과 불확실성 띠입니다. 아래는 획득 함수입니다. 별 표시가 다음 점이며, 획득 함수가 가장 좋은 곳입니다.',
  presTourAcqTitle: '탐색 방식 고르기',
  presTourAcqBody:
    'EI, PI, UCB, 톰슨 샘플링과 그 탐색 설정입니다. 바꾸면서 다음 점이 어떻게 움직이는지 보세요.',
  presTourHistoryTitle: '지난 단계로 돌아가기',
  presTourHistoryBody:
    '모든 단계가 기록됩니다. 기록 슬라이더를 끌거나 ←, → 키로 실행 과정을 다시 볼 수 있습니다.',
  presTourTrialsTitle: '모든 평가',
  presTourTrialsBody:
    '평가 횟수에 따른 지금까지의 최고값과, 시도한 모든 점의 표입니다. ? 키를 누르면 모든 단축키를 볼 수 있습니다.',
  presTourStepBodyDone:
    '이번 실행은 반복 예산을 모두 썼으므로 한 단계 버튼이 꺼져 있습니다. 처음부터는 같은 첫 점들에서 다시 시작하고, 새 시드는 새 점들에서 시작합니다.',
  presTourPlotsBodyDone:
    '지금까지 평가한 점에 맞춘 GP 평균과 불확실성 띠입니다. 아래는 획득 함수입니다. 예산을 모두 써서 다음 점은 표시되지 않습니다.',
  presTourPlots2dBody:
    '정의역 위의 세 지도입니다: GP 평균, 표준편차 σ, 획득 함수. 십자 표시가 다음 점이며, 획득 함수가 가장 좋은 곳입니다.',
  presTourPlots2dBodyDone:
    '정의역 위의 세 지도입니다: GP 평균, 표준편차 σ, 획득 함수. 예산을 모두 써서 다음 점은 표시되지 않습니다.',
  presTourAcqBodyDone:
    'EI, PI, UCB, 톰슨 샘플링과 그 탐색 설정입니다. 이번 실행은 끝났습니다. 기록에서 뒤로 가거나 처음부터를 누른 뒤 바꾸면서 다음 점이 어떻게 움직이는지 보세요.',
  presTourHistoryBodyEmpty:
    '진행한 모든 단계가 기록됩니다. 한 단계라도 진행하면 기록 슬라이더를 끌거나 ←, → 키로 실행 과정을 다시 볼 수 있습니다.',
};
