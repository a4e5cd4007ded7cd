/** The share area's text in Korean, loaded with the other Korean tables (messagesKo.ts). */
import type { shareEn } from './share.ts';

export const shareKo: Readonly<Record<keyof typeof shareEn, string>> = {
  shareSection: '공유와 내보내기',
  shareLinkLabel: '이 상태로 가는 링크',
  shareCopyLink: '링크 복사',
  shareCopied: '링크를 복사했습니다.',
  shareCopyFailed: '브라우저가 복사를 허용하지 않았습니다. 위의 링크를 선택해 직접 복사하세요.',
  shareLinkHint:
    '같은 연구, 같은 단계, 같은 보기로 열립니다. 받는 사람이 한 단계를 누르기 전에는 아무것도 실행되지 않습니다.',
  shareClassroom: '수업용: 링크에서 숨기기',
  shareClassroomHint: '링크를 연 학생에게는 이 컨트롤이 보이지 않습니다.',
  shareCtlObjective: '목적 함수',
  shareCtlAcquisition: '획득 함수',
  shareCtlModel: '모델 (GP 커널)',
  shareCtlDesign: '초기 설계와 예산',
  shareCtlView: '보기',
  shareCtlTransport: '재생 버튼',
  shareCtlShare: '이 패널',
  shareTrialsTitle: '시행 기록',
  shareExportCsv: 'CSV 내보내기',
  shareExportJson: 'JSON 내보내기',
  shareScriptTitle: '이 연구의 파이썬 스크립트',
  shareScriptBayesOpt: 'bayes_opt',
  shareScriptOptuna: 'Optuna',
  shareScriptBayesOptName: 'bayes_opt 파이썬 스크립트 내려받기',
  shareScriptOptunaName: 'Optuna 파이썬 스크립트 내려받기',
  shareScriptFailed: '이 목적 함수는 파이썬 스크립트로 쓸 수 없습니다: {detail}',
  shareScriptNoFormula:
    '이 연구에는 수식이 없어 스크립트가 새 시행을 평가할 수 없습니다. 대신 시행을 CSV나 JSON으로 내보내세요.',
  shareImportLabel: '시행 기록 가져오기 (CSV)',
  shareImportHint:
    '첫 줄은 {columns} 열 이름, 그다음 줄부터 시행 하나에 한 줄씩 씁니다. 쉼표나 세미콜론으로 구분하고, 좌표는 시행 기록 표와 같은 단위로 씁니다.',
  shareImportModeLabel: '가져온 행',
  shareImportFolder: '폴더 가져오기 (Keras Tuner)',
  shareImportToolsHint:
    'Optuna의 trials_dataframe() CSV, 스프레드시트 CSV(sep=;, 소수점 쉼표, 탭), 이 앱의 시행 JSON, Keras Tuner의 trial.json 파일이나 그 폴더도 읽습니다.',
  shareMapTitle: '어느 열이 무엇인가요?',
  shareMapHint:
    '{name}의 열 이름만으로는 어느 열이 어떤 매개변수이고 어느 열이 값인지 정할 수 없습니다. 고른 뒤 가져오세요. 그 전에는 아무것도 바뀌지 않습니다.',
  shareMapDim: '{dim}에 쓸 열',
  shareMapDimLog: '{dim}에 쓸 열 (log10 척도: 0.001 같은 원래 값)',
  shareMapValue: '값 열',
  shareMapNone: '— 열을 고르세요 —',
  shareMapLogHint:
    '“{column}” 열은 양수 값이 두 자릿수(100배) 이상에 걸쳐 있습니다. {dim}에는 log10 척도가 어울립니다(목적 함수 패널에서 바꾸세요).',
  shareMapGoalMin: '“{column}” 열은 작을수록 좋은 값(손실)입니다.',
  shareMapGoalMax: '“{column}” 열은 클수록 좋은 값(점수나 정확도)입니다.',
  shareMapDistinct: '매개변수와 값마다 서로 다른 열이 필요합니다.',
  shareMapImport: '가져오기',
  shareMapCancel: '취소',
  shareMapStudyTitle: '또는 새 연구로 열기',
  shareMapStudyHint:
    '파라미터 열마다 차원 하나, 범위는 완료된 시행에서, 수식은 없습니다: 앱이 다음 시행을 제안하고 값은 직접 기록합니다.',
  shareMapStudyLog: '{column}을(를) log10 척도로 ({min} … {max})',
  shareMapStudyOpen: '새 연구로 열기',
  shareImportAdd: '시행 기록에 추가',
  shareImportReplace: '시행 기록을 바꾸기',
  shareImportReplaceHint: '가져온 행이 초기 설계가 되고, BO가 거기서부터 이어집니다.',
  shareSessionTitle: '세션',
  shareSaveFile: '파일로 저장',
  shareLoadFile: '파일에서 불러오기',
  shareRestore: '지난 세션 복원',
  shareAutosaveHint: '작업하는 동안 이 브라우저에 세션이 저장됩니다.',
  shareLinkLong:
    '이 링크는 {length}자입니다. 어느 브라우저에서나 열리지만 채팅 앱과 이메일은 긴 링크를 자를 수 있습니다. 이만큼 큰 연구는 아래의 “파일로 저장”이 더 안전합니다.',
  shareLinkTooLong:
    '이 연구는 링크에 담기에 너무 큽니다({length}자, 링크는 최대 {max}자). 아래의 “파일로 저장”으로 공유하세요.',
  shareAddressTooLong:
    '이 상태는 주소 표시줄에 담기에 너무 커서 주소에는 섹션만 남아 있습니다. 위의 링크를 복사하거나 “파일로 저장”을 사용하세요.',
  labLinkReset:
    '링크에 이 그림에서 쓸 수 없는 값이 있었습니다({names}). 해당 컨트롤은 기본값으로 돌아갔습니다.',
  shareUnreadRestore: '읽을 수 있는 부분 복원',
  shareUnreadDownload: '저장된 내용 내려받기',
  shareUnreadDiscard: '버리기',

  shareNoticeLinkTitle: '이 링크의 일부를 그대로 쓸 수 없어 다음과 같이 바꿔서 열었습니다:',
  shareNoticeFileTitle: '{name}의 일부를 그대로 쓸 수 없어 다음과 같이 바꿔서 열었습니다:',
  shareNoticeFileFailed: '{name}을(를) 불러오지 못했습니다. 아무것도 바뀌지 않았습니다:',
  shareNoticeFileLoaded: '{name}에서 세션을 불러왔습니다.',
  shareNoticeImportDone: '{name}에서 {total}행 중 {good}행을 가져왔습니다.',
  shareNoticeImportSomeBad:
    '{name}에서 {total}행 중 {good}행을 가져왔습니다. 다음 행은 건너뛰었습니다:',
  shareNoticeImportNone: '{name}에서 가져올 수 있는 행이 없어 아무것도 바뀌지 않았습니다:',
  shareNoticeImportMore: '…외 {count}개.',
  shareNoticeStorage:
    '이 브라우저가 세션 저장을 거부했습니다({detail}). 이 페이지의 작업은 그대로 남아 있으니 “파일로 저장”으로 보관하세요.',
  shareNoticeRestoreOffer: '이전 방문 때의 세션이 이 브라우저에 저장되어 있습니다.',
  shareNoticeRestoreWhen: '{when}의 세션이 이 브라우저에 저장되어 있습니다.',
  shareNoticeHidden: '이 링크는 일부 컨트롤을 숨깁니다.',
  shareNoticeUnreadNone:
    '이 브라우저에 저장된 세션을 읽을 수 없어 불러오지 않았습니다. 저장된 내용은 그대로 남아 있으니 내려받아 살펴보거나 버리세요.',
  shareNoticeUnreadPart:
    '이 브라우저에 저장된 세션을 모두 읽지는 못했습니다(다른 버전의 앱이 저장했을 수 있습니다). 불러오지 않았고 저장된 내용은 그대로 남아 있습니다:',
  shareNoticeUnreadKept: '이전 방문 때 읽지 못한 세션이 이 브라우저에 보관되어 있습니다.',
  shareNoticeUnreadRestored:
    '저장된 세션을 복원했습니다. 다음 부분은 쓸 수 없어 기본값으로 표시합니다:',
  shareNoticeUnreadHeld: '선택하기 전까지 이 페이지의 변경 사항은 이 브라우저에 저장되지 않습니다.',
  shareShowAll: '모든 컨트롤 보기',
  shareDismiss: '닫기',
  shareNoticesLabel: '알림',

  shareIssueGarbled: '데이터가 손상되었거나 잘렸습니다(전부 복사했나요?).',
  shareIssueTooLarge:
    '크기가 {size}로, 이 앱이 읽는 최대 크기 {max}보다 큽니다. 이 앱이 저장한 세션은 훨씬 작습니다(평가 1,000개도 1 MB에 한참 못 미칩니다). 올바른 파일인가요?',
  shareIssueVersion:
    '다른 버전의 앱에서 만들어졌습니다(형식 {version}, 이 앱은 {supported}을(를) 읽습니다).',
  shareIssueNotStudy: 'BO Playground 연구를 담고 있지 않습니다.',
  shareIssueFieldInvalid: '{field} 값이 {expected} 조건에 맞지 않아 기본값({fallback})을 씁니다.',
  shareIssueObjectiveUnknown: '“{detail}”이라는 목적 함수가 없어 기본 예제를 보여 줍니다.',
  shareIssueFormulaInvalid: '수식을 쓸 수 없어({detail}) 기본 예제를 보여 줍니다.',
  shareIssueStudyInvalid: '파일에서 가져온 연구를 열 수 없어({detail}) 기본 예제를 보여 줍니다.',
  shareIssueStudyColumnText:
    '“{column}” 열은 새 연구에서 뺐습니다: 수가 아니라 글자가 들어 있습니다.',
  shareIssueStudyColumnConstant:
    '“{column}” 열은 새 연구에서 뺐습니다: 완료된 시행이 모두 {value}라서 탐색할 범위가 없습니다.',
  shareIssueStudyNoParams:
    '파라미터로 쓸 수 있는 숫자 열이 없습니다(찾은 열: {found}). 연구에는 적어도 하나가 필요합니다.',
  shareIssueStudyTooManyDims:
    '파일의 파라미터 열이 {count}개입니다. 파일에서 여는 연구는 최대 {max}개까지입니다. 파라미터를 줄여 내보내거나 명령줄 도구(npm run cli -- run)로 실행하세요.',
  shareIssueStudyOpenedMin:
    '{dims} 위에서 “{column}”을(를) 최소화하는, 수식 없는 새 연구로 열었습니다. 제안된 시행을 직접 쓰는 도구에서 실행하고 값을 기록하세요.',
  shareIssueStudyOpenedMax:
    '{dims} 위에서 “{column}”을(를) 최대화하는, 수식 없는 새 연구로 열었습니다. 제안된 시행을 직접 쓰는 도구에서 실행하고 값을 기록하세요.',
  shareIssueObservationsDropped: '평가 {count}개를 뺐습니다.',
  shareIssueObservationInvalid: '{n}번 평가를 뺐습니다: {detail}.',
  shareIssueTooMany: '평가가 {count}개 있어 처음 {max}개만 씁니다.',
  shareIssueDimsTooMany:
    '수식의 차원이 {count}개인데, 이 앱은 차원이 1개부터 {appMax}개까지인 연구만 보여 줍니다(명령줄 도구 npm run cli -- run은 {cliMax}개까지 실행합니다). 기본 예제를 보여 줍니다.',
  shareIssueBoundsTooLarge:
    '{dim}의 {key} 값 {value}은(는) 0에서 너무 멉니다(범위는 ±{limit} 안에 있어야 합니다). 기본 예제를 보여 줍니다.',
  shareIssueBoundsTooNarrow:
    '{dim}의 범위 [{min}, {max}]가 너무 좁아 그릴 수 없습니다(폭이 {least} 이상이어야 합니다). 기본 예제를 보여 줍니다.',
  shareIssueBoundsLogTooNarrow:
    '{dim}의 범위 [{min}, {max}]는 log10 척도로 쓰기에 너무 좁습니다(max가 min의 {factor}배 이상이어야 합니다). 기본 예제를 보여 줍니다.',
  shareIssueBudgetRaised: 'BO 반복이 {count}개로 예산 {from}보다 많아 예산을 {to}회로 늘렸습니다.',
  shareIssueCsvEmpty: '파일이 비어 있습니다. 열 이름 한 줄과 시행마다 한 줄이 필요합니다.',
  shareIssueCsvNoRows:
    '파일에 열 이름 줄만 있고 시행 행이 없습니다. 그 아래에 시행마다 한 줄씩 추가하세요.',
  shareIssueCsvMissingColumn:
    '“{column}” 열이 없습니다(찾은 열: {found}). 열 이름을 시행 기록 표와 같게 지어 주세요.',
  shareIssueCsvDuplicateColumn: '“{column}” 열이 두 번 나옵니다. 하나만 남기세요.',
  shareIssueCsvQuote: '{row}번째 줄에서 연 따옴표가 닫히지 않아 그 뒤의 행은 읽지 않았습니다.',
  shareIssueCsvNotNumber:
    '{row}행 {column}열: “{value}”은(는) 숫자가 아닙니다. 칸을 고치거나 행을 지우세요.',
  shareIssueCsvOutOfBounds:
    '{row}행 {column}열: {value}이(가) 범위 [{min}, {max}] 밖에 있습니다. 목적 함수 패널에서 범위를 넓히거나 행을 지우세요.',
  shareIssueCsvLogNotPositive:
    '{row}행 {column}열: {value}은(는) 양수가 아닙니다. 로그 척도 매개변수는 양수여야 합니다.',
  shareIssueCsvValueMissing: '{row}행 {column}열: 칸이 비어 있습니다. 값을 채우거나 행을 지우세요.',
  shareIssueCsvPhase:
    '{row}행: 단계 “{value}”은(는) init, bo, manual 중 하나가 아닙니다(비워 두어도 됩니다).',
  shareIssueCsvTooManyRows: '처음 {max}행만 읽었습니다. {row}번째 줄부터는 읽지 않았습니다.',
  shareIssueImportPruned:
    '{row}행: 시행이 중간에 멈춰서({state}) 값이 완성된 결과가 아니므로 빼 두었습니다.',
  shareIssueImportUnfinished:
    '{row}행: 시행이 끝나지 않아({state}) 아직 값이 없으므로 빼 두었습니다.',
  shareIssueImportNotJson:
    '“{name}”은(는) 올바른 JSON이 아닙니다. 잘렸을 수 있으니 다시 내보내세요.',
  shareIssueImportUnknownJson:
    '“{name}”은(는) 이 앱의 시행 JSON도 Keras Tuner의 trial.json도 아닙니다. 저장한 세션은 “파일에서 불러오기”로 여세요.',
  shareIssueImportValueMinimize: '값은 “{column}” 열에서 읽었습니다. 작을수록 좋은 값(손실)입니다.',
  shareIssueImportValueMaximize:
    '값은 “{column}” 열에서 읽었습니다. 클수록 좋은 값(점수나 정확도)입니다.',
  shareIssueImportGoalDiffers:
    '“{column}” 열은 이 연구의 목표와 반대 방향이 좋은 값이라 화면의 최고 시행이 파일에서는 최악입니다. 목표가 같은 목적 함수를 고르세요.',
};
