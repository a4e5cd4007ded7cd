/**
 * The first screen's Korean text, loaded only when the UI speaks Korean (loadLocale in
 * messages.ts; main.tsx awaits the starting language before the first render), so an English
 * reader never downloads it.
 */
import { a11yKo } from './a11y.ts';
import { analysisJobKo } from './analysisJob.ts';
import { coreKo } from './coreKo.ts';
import { deckKo } from './deckKo.ts';
import type { Messages, ObjectiveText, SectionKey } from './messages.ts';
import { presentKo } from './presentKo.ts';
import { shareKo } from './shareKo.ts';

export { translateFormulaError } from './formulaErrors.ts';

export const ko: Omit<Messages, SectionKey> = {
  ...coreKo,
  ...shareKo,
  ...presentKo,
  ...deckKo,
  ...analysisJobKo,
  ...a11yKo,
};

/** Korean titles and descriptions of the registry's objectives, by objective id. */
export const objectiveTextKo: Readonly<Record<string, ObjectiveText>> = {
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
};
