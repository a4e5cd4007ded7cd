/**
 * What the plots say to a screen reader (their accessible descriptions), merged by messages.ts.
 * Each sentence is filled from the numbers the plot draws (src/plots/describe.ts).
 */
export const a11yEn = {
  a11yAxisX: 'x',
  a11yBandSigma1: '±1σ band',
  a11yBandCi95: '95% band',
  a11yObjectiveModel: 'GP mean and {band} over {x} in [{lo}, {hi}]',
  a11yObjectiveNoModel: 'Objective over {x} in [{lo}, {hi}], no model yet',
  a11yObservations: '{n} observations',
  a11yObservationsOne: '1 observation',
  a11yBest: 'best {y} at {at}',
  a11yNext: 'next point {at}',
  a11yAcquisition: '{name} over {x} in [{lo}, {hi}]',
  a11yAcquisitionMax: 'maximum {v} at {at}',
  a11yAcquisitionNone: 'not computed yet',
  a11yHeatmap: '{name} over {x} in [{xlo}, {xhi}] and {y} in [{ylo}, {yhi}]',
  a11yHeatmapRange: 'values from {lo} to {hi}',
};

export const a11yKo: Readonly<Record<keyof typeof a11yEn, string>> = {
  a11yAxisX: 'x',
  a11yBandSigma1: '±1σ 띠',
  a11yBandCi95: '95% 띠',
  a11yObjectiveModel: '{x} ∈ [{lo}, {hi}]에서 GP 평균과 {band}',
  a11yObjectiveNoModel: '{x} ∈ [{lo}, {hi}]에서 목적 함수, 아직 모델 없음',
  a11yObservations: '관측 {n}개',
  a11yObservationsOne: '관측 1개',
  a11yBest: '최고 {y} ({at})',
  a11yNext: '다음 점 {at}',
  a11yAcquisition: '{x} ∈ [{lo}, {hi}]에서 {name}',
  a11yAcquisitionMax: '최댓값 {v} ({at})',
  a11yAcquisitionNone: '아직 계산되지 않음',
  a11yHeatmap: '{x} ∈ [{xlo}, {xhi}], {y} ∈ [{ylo}, {yhi}]에서 {name}',
  a11yHeatmapRange: '값 범위 {lo}부터 {hi}까지',
};
