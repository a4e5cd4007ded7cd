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
  a11yLabCoverage:
    '{design}: {n} trials cover {k} distinct values of {dim}, the dimension that matters, and {m} of {other}, best {best}',
  a11yLabTrials:
    'With {n} random trials, the chance that one is in the top {top}% is {chance}%; {needed} trials reach {conf}%',
  a11yLabHistogramLinear:
    '{n} samples of {name} over [{lo}, {hi}] on a linear axis, {share}% of them in the lowest tenth of the axis',
  a11yLabHistogramLog:
    '{n} samples of {name} over [{lo}, {hi}] on a log axis, {share}% of them in the lowest tenth of the axis',
  a11yLabBands: 'Median {y} against {x}',
  a11yLabBand: '{name} from {from} to {to} at {x}',
  a11yLabTrialsN: '{n} trials',
  a11yLabTrialsOne: '1 trial',
  a11yLabBestAt: 'best at ({x}, {y})',
  a11yLabBox: 'box x in [{xlo}, {xhi}] and y in [{ylo}, {yhi}]',
  a11yLabHyperband:
    '{b} brackets, up to {max} epochs, factor {factor}; the selected bracket runs models × epochs {rungs}',
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
  a11yLabCoverage:
    '{design}: 시행 {n}번이 중요한 차원 {dim}의 서로 다른 값 {k}개, {other}의 값 {m}개를 덮음, 최고 {best}',
  a11yLabTrials:
    '무작위 시행 {n}번 중 하나가 상위 {top}%에 들 확률 {chance}%, {conf}%에 이르려면 시행 {needed}번',
  a11yLabHistogramLinear:
    '{name} 표본 {n}개, [{lo}, {hi}], 선형 축, 축의 가장 낮은 10% 구간에 {share}%',
  a11yLabHistogramLog:
    '{name} 표본 {n}개, [{lo}, {hi}], 로그 축, 축의 가장 낮은 10% 구간에 {share}%',
  a11yLabBands: '{x}에 따른 {y} 중앙값',
  a11yLabBand: '{name}: {from}에서 {to}까지 ({x})',
  a11yLabTrialsN: '시행 {n}번',
  a11yLabTrialsOne: '시행 1번',
  a11yLabBestAt: '최고 ({x}, {y})',
  a11yLabBox: '상자 x ∈ [{xlo}, {xhi}], y ∈ [{ylo}, {yhi}]',
  a11yLabHyperband:
    '브래킷 {b}개, 최대 에폭 {max}, 비율 {factor}; 선택한 브래킷의 모델 × 에폭 {rungs}',
};
