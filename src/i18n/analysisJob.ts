/** UI text of long analyses run in the background (large studies), merged by messages.ts. */
export const analysisJobEn = {
  analysisStarting: 'Starting the model of {n} points…',
  analysisFitting: 'Fitting the model to {n} points… step {k} of {of}',
  analysisSearching: 'Choosing the next point from the model of {n} points… step {k} of {of}',
  analysisElapsed: '{s} s',
  analysisKeepWorking:
    'The page stays usable: you can add, move or delete points, or change settings meanwhile.',
  analysisCancel: 'Cancel',
  analysisCancelled:
    'Model not fitted: you cancelled it. All {n} points are kept; Step or “Fit again” fits it.',
  analysisFitAgain: 'Fit again',
  analysisUseFixed: 'Use a fixed length scale',
  analysisFixedHint:
    'A fixed length scale skips the length-scale search (seconds instead of minutes); set ℓ in the Model panel. Or delete points.',
  analysisReducePoints:
    'The length scale is already fixed: with this many points one fit still takes long. Delete points, or fit again and wait.',
};

export const analysisJobKo: Readonly<Record<keyof typeof analysisJobEn, string>> = {
  analysisStarting: '점 {n}개의 모델을 준비하는 중…',
  analysisFitting: '모델을 점 {n}개에 맞추는 중… {of}단계 중 {k}단계',
  analysisSearching: '점 {n}개의 모델로 다음 점을 고르는 중… {of}단계 중 {k}단계',
  analysisElapsed: '{s}초',
  analysisKeepWorking:
    '그동안에도 페이지를 쓸 수 있습니다: 점을 추가·이동·삭제하거나 설정을 바꿀 수 있습니다.',
  analysisCancel: '취소',
  analysisCancelled:
    '모델을 맞추지 않았습니다: 취소하셨습니다. 점 {n}개는 모두 그대로 있으며, 한 단계나 “다시 맞추기”를 누르면 맞춥니다.',
  analysisFitAgain: '다시 맞추기',
  analysisUseFixed: '길이 척도 고정하기',
  analysisFixedHint:
    '길이 척도를 고정하면 길이 척도 탐색을 건너뜁니다(몇 분이 아니라 몇 초). ℓ은 모델 패널에서 정합니다. 점을 지워도 됩니다.',
  analysisReducePoints:
    '길이 척도가 이미 고정되어 있습니다: 점이 이만큼 많으면 한 번 맞추는 데도 오래 걸립니다. 점을 지우거나, 다시 맞추고 기다리세요.',
};
