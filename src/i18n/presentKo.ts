/** The present area's text in Korean, loaded with the other Korean tables (messagesKo.ts). */
import type { presentEn } from './present.ts';

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
