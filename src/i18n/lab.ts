/** UI text of the search-strategies lab, merged into the app's one table by messages.ts. */
export const labEn = {
  labFiguresLabel: 'Figures',
  labFigCoverage: 'Grid vs random',
  labFigTrials: 'How many random trials?',
  labFigLogScale: 'Log-scale sampling',
  labFigCoarseToFine: 'Coarse to fine',
  labFigRace: 'The race',
  labFigHyperband: 'Hyperband',
  labFigParallel: 'Panda vs caviar',
};

export const labKo: Readonly<Record<keyof typeof labEn, string>> = {
  labFiguresLabel: '그림',
  labFigCoverage: '그리드 대 랜덤',
  labFigTrials: '랜덤 시도는 몇 번?',
  labFigLogScale: '로그 스케일 샘플링',
  labFigCoarseToFine: '거친 탐색에서 세밀한 탐색으로',
  labFigRace: '경주',
  labFigHyperband: '하이퍼밴드',
  labFigParallel: '판다 대 캐비어',
};
