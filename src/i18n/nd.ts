/**
 * Text of the BO screen's view of a study of three or more dims (src/playground/NdStack.tsx). It
 * loads with that view, not with the first screen.
 */
import type { Messages } from './messages.ts';
import { localeOf } from './locale.ts';

export const ndEn = {
  ndPairLabel: 'Pair of dimensions the maps show',
  ndPairX: 'Map x axis',
  ndPairY: 'Map y axis',
  ndHeldAtBest: 'Other dims held at the best trial (#{index}): {at}.',
  ndHeldAtMiddle: 'Other dims held at the middle of their ranges (no successful trial yet): {at}.',
  ndMapsHint:
    'GP mean, σ and acquisition over the chosen pair; click a map to evaluate there (the other dims as held).',
  ndMapsHintNoFormula:
    'GP mean, σ and acquisition over the chosen pair (the other dims as held). This study has no formula: record the value of the next trial below.',
  ndSlicesTitle: 'Slices through the best point, one per dimension',
  ndSlicesHint:
    'Each row varies one dim, the others held as above: the mean with its band, the acquisition below; the dashed line marks the next trial’s value of that dim.',
  ndSliceOf: 'Slice along {dim}',
  ndNextTitle: 'Next trial',
  ndNextNone: 'No next trial: the budget is spent, or the model is still being computed.',
  ndNextDim: 'Dimension',
  ndNextValue: 'Value',
} as const;

export type NdKey = keyof typeof ndEn;

export const ndKo: Record<NdKey, string> = {
  ndPairLabel: '지도에 보이는 두 차원',
  ndPairX: '지도 x축',
  ndPairY: '지도 y축',
  ndHeldAtBest: '나머지 차원은 가장 좋은 시행(#{index})의 값에 고정: {at}.',
  ndHeldAtMiddle: '나머지 차원은 범위의 가운데에 고정(성공한 시행이 아직 없음): {at}.',
  ndMapsHint:
    '고른 두 차원 위의 GP 평균, σ, 획득 함수입니다. 지도를 누르면 그곳에서 평가합니다(나머지 차원은 고정한 값).',
  ndMapsHintNoFormula:
    '고른 두 차원 위의 GP 평균, σ, 획득 함수입니다(나머지 차원은 고정한 값). 이 연구에는 수식이 없으니 아래에서 다음 시행의 값을 기록하세요.',
  ndSlicesTitle: '가장 좋은 점을 지나는 단면, 차원마다 하나',
  ndSlicesHint:
    '각 줄은 한 차원만 바꾸고 나머지는 위처럼 고정합니다. 위는 평균과 띠, 아래는 획득 함수이며 점선은 다음 시행의 그 차원 값입니다.',
  ndSliceOf: '{dim} 방향 단면',
  ndNextTitle: '다음 시행',
  ndNextNone: '다음 시행이 없습니다: 예산을 다 썼거나 모델을 아직 계산하는 중입니다.',
  ndNextDim: '차원',
  ndNextValue: '값',
};

/** The N-D view's text in the language `t` is in. */
export function ndText(t: Messages): Record<NdKey, string> {
  return localeOf(t) === 'ko' ? ndKo : ndEn;
}
