/**
 * Korean for the formula compiler's messages. The compiler (src/objectives) is pure and speaks
 * English, the reference language of its tests and of the CLI; the UI translates its messages here,
 * rule by rule. A message no rule knows stays English rather than being lost; the test feeds the
 * compiler a corpus of bad formulas and bad dimensions and checks every message is translated.
 */
import type { Locale } from './messages.ts';

type Rule = readonly [RegExp, (m: RegExpExecArray) => string];

/** " at column 7" → " (7번째 글자)"; the column groups below capture the number only. */
const AT = '(?: at column (\\d+))?';
const at = (col: string | undefined) => (col === undefined ? '' : ` (${col}번째 글자)`);
const or = (list: string) => list.replace(/ or /g, ' 또는 ');

const KIND: Readonly<Record<string, string>> = { function: '함수', constant: '상수' };

const SYNTAX: readonly Rule[] = [
  [/^a number, a variable or "\(" is expected here$/, () => '숫자, 변수 또는 "("가 와야 합니다'],
  [/^the formula ends too early$/, () => '수식이 너무 일찍 끝납니다'],
  [/^a closing parenthesis "\)" is missing$/, () => '닫는 괄호 ")"가 없습니다'],
  [/^unexpected "(.+)"$/, (m) => `예상하지 못한 "${m[1]}"`],
  [/^cannot read "(.+)"$/, (m) => `"${m[1]}"을(를) 읽을 수 없습니다`],
];

const DIM: readonly Rule[] = [
  [
    /^not an object with name, min, max and scale\.$/,
    () => 'name, min, max, scale을 가진 객체가 아닙니다.',
  ],
  [
    /^a name must start with a letter or _ and contain only letters, digits and _\.$/,
    () => '이름은 글자나 _로 시작하고 글자, 숫자, _만 쓸 수 있습니다.',
  ],
  [/^the name is longer than (\d+) characters\.$/, (m) => `이름이 ${m[1]}자보다 깁니다.`],
  [
    /^'(.+)' is a (function|constant) name; choose another name\.$/,
    (m) => `'${m[1]}'은(는) ${KIND[m[2] ?? ''] ?? ''} 이름입니다. 다른 이름을 고르세요.`,
  ],
  [
    /^'(.+)' is a reserved word; choose another name\.$/,
    (m) => `'${m[1]}'은(는) 예약어입니다. 다른 이름을 고르세요.`,
  ],
  [/^the name '(.+)' is used twice\.$/, (m) => `이름 '${m[1]}'이(가) 두 번 쓰였습니다.`],
  [/^scale must be 'linear' or 'log10'\.$/, () => "scale은 'linear' 또는 'log10'이어야 합니다."],
  [/^(min|max) must be a finite number\.$/, (m) => `${m[1]}은(는) 유한한 숫자여야 합니다.`],
  [
    /^min \((.+)\) must be less than max \((.+)\)\.$/,
    (m) => `min(${m[1]})은 max(${m[2]})보다 작아야 합니다.`,
  ],
  [
    /^(min|max) \((.+)\) is too far from 0: bounds must lie within ±(.+); rescale .*$/,
    (m) =>
      `${m[1]}(${m[2]})이(가) 0에서 너무 멉니다. 범위는 ±${m[3]} 안에 있어야 합니다. 변수의 단위를 바꾸세요(예: 백만 단위).`,
  ],
  [
    /^the range is too narrow to plot: max - min must be at least (.+); widen it, .*$/,
    (m) =>
      `범위가 너무 좁아 그릴 수 없습니다. max - min이 ${m[1]} 이상이어야 합니다. 범위를 넓히거나 변수를 옮겨 범위가 0에 가깝게 하세요.`,
  ],
  [
    /^on a log10 scale max must be at least (.+) × min; .*$/,
    (m) =>
      `log10 척도에서는 max가 min의 ${m[1]}배 이상이어야 합니다. 범위를 넓히거나 선형 척도를 고르세요.`,
  ],
  [
    /^log10 bounds are exponents .* must lie in \[-300, 300\]\.$/,
    () =>
      'log10 범위는 지수입니다(예: 1e-5부터 1e-1까지는 -5와 -1). [-300, 300] 안에 있어야 합니다.',
  ],
];

function translateWith(rules: readonly Rule[], text: string): string | null {
  for (const [pattern, ko] of rules) {
    const m = pattern.exec(text);
    if (m) return ko(m);
  }
  return null;
}

function arity(expected: string): string {
  let m = /^at least (\d+) arguments?$/.exec(expected);
  if (m) return `최소 ${m[1]}개`;
  m = /^(\d+) or (\d+) arguments$/.exec(expected);
  if (m) return `${m[1]}개 또는 ${m[2]}개`;
  m = /^(\d+) arguments?$/.exec(expected);
  return m ? `${m[1]}개` : expected;
}

const KO: readonly Rule[] = [
  [
    new RegExp(
      `^Assignments with '='${AT} are not allowed: write only the expression, e\\.g\\. (.+) rather than (.+)\\.$`,
    ),
    (m) => `'='로 값을 대입할 수 없습니다${at(m[1])}. 식만 쓰세요. 예: ${m[3]} 대신 ${m[2]}.`,
  ],
  [
    new RegExp(`^Comments with '#'${AT} are not allowed: .*$`),
    (m) =>
      `'#' 주석은 쓸 수 없습니다${at(m[1])}. 수식은 식 하나입니다. '#'과 그 뒤의 글을 지우세요.`,
  ],
  [
    new RegExp(`^A line break${AT} is not allowed: .*$`),
    (m) => `줄바꿈은 쓸 수 없습니다${at(m[1])}. 수식을 한 줄로 쓰세요.`,
  ],
  [
    new RegExp(`^The invisible or control character (U\\+[0-9A-F]{4,6})${AT} is not allowed: .*$`),
    (m) =>
      `보이지 않는 문자나 제어 문자 ${m[1]}은(는) 쓸 수 없습니다${at(m[2])}. ` +
      '그 문자를 지우세요(보이지 않으면 수식을 다시 입력하세요).',
  ],
  [
    new RegExp(`^Conditionals \\(a \\? b : c\\) are not supported${AT}\\.$`),
    (m) => `조건식(a ? b : c)은 지원하지 않습니다${at(m[1])}.`,
  ],
  [
    new RegExp(`^Arrays and matrices \\[\\.\\.\\.\\] are not supported${AT}\\.$`),
    (m) => `배열과 행렬 [...]은 지원하지 않습니다${at(m[1])}.`,
  ],
  [
    new RegExp(`^Objects \\{\\.\\.\\.\\} are not supported${AT}\\.$`),
    (m) => `객체 {...}는 지원하지 않습니다${at(m[1])}.`,
  ],
  [
    new RegExp(`^Ranges \\(a:b\\) are not supported${AT}\\.$`),
    (m) => `범위(a:b)는 지원하지 않습니다${at(m[1])}.`,
  ],
  [
    new RegExp(`^Property access and indexing \\(a\\.b, a\\[1\\]\\) are not supported${AT}\\.$`),
    (m) => `속성 접근과 인덱싱(a.b, a[1])은 지원하지 않습니다${at(m[1])}.`,
  ],
  [
    new RegExp(`^Write a single expression: found ';' or a line break${AT}\\.$`),
    (m) => `식은 하나만 쓰세요. ';' 또는 줄바꿈이 있습니다${at(m[1])}.`,
  ],
  [
    new RegExp(`^Comparisons are not supported${AT}\\.$`),
    (m) => `비교 연산은 지원하지 않습니다${at(m[1])}.`,
  ],
  [
    new RegExp(`^This kind of expression \\((\\w+)\\) is not allowed${AT}\\.$`),
    (m) => `이런 종류의 식(${m[1]})은 쓸 수 없습니다${at(m[2])}.`,
  ],
  [
    new RegExp(`^Text in quotes is not allowed${AT}: formulas work with numbers only\\.$`),
    (m) => `따옴표 안의 텍스트는 쓸 수 없습니다${at(m[1])}. 수식은 숫자만 다룹니다.`,
  ],
  [
    new RegExp(`^'(.+)'${AT} is not a number: formulas work with numbers only\\.$`),
    (m) => `'${m[1]}'${at(m[2])}은(는) 숫자가 아닙니다. 수식은 숫자만 다룹니다.`,
  ],
  [
    new RegExp(
      `^'(.+)'${AT} is a function: write .+\\(\\.\\.\\.\\) with its argument in parentheses\\.$`,
    ),
    (m) => `'${m[1]}'${at(m[2])}은(는) 함수입니다. ${m[1]}(...)처럼 인수를 괄호 안에 쓰세요.`,
  ],
  [
    new RegExp(
      `^Unknown variable '(.+)'${AT}: use (.+?)(?: \\(names are case-sensitive: did you mean (.+)\\?\\))?\\.$`,
    ),
    (m) =>
      `알 수 없는 변수 '${m[1]}'${at(m[2])}. ${or(m[3] ?? '')}을(를) 쓰세요` +
      (m[4] ? ` (이름은 대소문자를 구분합니다. ${m[4]}을(를) 뜻했나요?)` : '') +
      '.',
  ],
  [
    new RegExp(`^Percentages like 5% are not supported${AT}: write 5 / 100\\.$`),
    (m) => `5% 같은 백분율은 지원하지 않습니다${at(m[1])}. 5 / 100으로 쓰세요.`,
  ],
  [
    new RegExp(`^The operator '(.+)'${AT} is not supported( \\(there is no modulo\\))?: .*$`),
    (m) =>
      `연산자 '${m[1]}'${at(m[2])}은(는) 지원하지 않습니다${m[3] ? ' (나머지 연산은 없습니다)' : ''}. ` +
      '+ - * / ^ 와 sqrt(x) 같은 함수를 쓰세요.',
  ],
  [
    new RegExp(`^Only named functions such as sin\\(x\\) can be called${AT}\\.$`),
    (m) => `sin(x)처럼 이름이 있는 함수만 호출할 수 있습니다${at(m[1])}.`,
  ],
  [
    new RegExp(`^'(.+)'${AT} is not a function: write .+ \\* \\(\\.\\.\\.\\) to multiply\\.$`),
    (m) => `'${m[1]}'${at(m[2])}은(는) 함수가 아닙니다. 곱하려면 ${m[1]} * (...)로 쓰세요.`,
  ],
  [
    new RegExp(`^Unknown function 'ln'${AT}: use log\\(x\\) for the natural logarithm\\.$`),
    (m) => `알 수 없는 함수 'ln'${at(m[1])}. 자연로그는 log(x)로 쓰세요.`,
  ],
  [
    new RegExp(
      `^Unknown function '(.+)'${AT}(?: \\(names are case-sensitive: did you mean (.+)\\?\\))?\\. Available: (.+)\\.$`,
    ),
    (m) =>
      `알 수 없는 함수 '${m[1]}'${at(m[2])}` +
      (m[3] ? ` (이름은 대소문자를 구분합니다. ${m[3]}을(를) 뜻했나요?)` : '') +
      `. 쓸 수 있는 함수: ${m[4]}.`,
  ],
  [
    new RegExp(`^(\\w+)${AT} takes (.+), got (\\d+)\\.$`),
    (m) => `${m[1]}${at(m[2])}은(는) 인수를 ${arity(m[3] ?? '')} 받는데 ${m[4]}개가 주어졌습니다.`,
  ],
  [/^A formula needs at least one dimension\.$/, () => '수식에는 차원이 하나 이상 필요합니다.'],
  [
    /^At most (\d+) dimensions are supported, got (\d+)\.$/,
    (m) => `차원은 최대 ${m[1]}개까지 지원합니다(지금 ${m[2]}개).`,
  ],
  [
    /^Dimension (\d+)( \('.*'\))?: (.*)$/,
    (m) => `차원 ${m[1]}${m[2] ?? ''}: ${translateWith(DIM, m[3] ?? '') ?? m[3]}`,
  ],
  [
    /^This study has (\d+) dimensions; the app shows 1 to (\d+) \(the CLI runs up to (\d+): (.+)\)\.$/,
    (m) =>
      `이 연구는 차원이 ${m[1]}개입니다. 앱은 1개부터 ${m[2]}개까지 보여 줍니다(CLI는 ${m[3]}개까지 실행합니다: ${m[4]}).`,
  ],
  [/^The formula must be text\.$/, () => '수식은 텍스트여야 합니다.'],
  [
    /^The formula reader is still loading: .*$/,
    () => '수식 해석기를 아직 불러오는 중입니다. 잠시 뒤 다시 시도하세요.',
  ],
  [
    /^The formula reader could not be loaded: .*$/,
    () => '수식 해석기를 불러오지 못했습니다. 연결을 확인하고 다시 적용하세요.',
  ],
  [
    /^The goal must be 'maximize' or 'minimize'\.$/,
    () => "목표는 'maximize' 또는 'minimize'여야 합니다.",
  ],
  [
    /^The formula is empty: .*$/,
    () => '수식이 비어 있습니다. sin(x) + x / 2 같은 식을 입력하세요.',
  ],
  [
    /^The formula is too long \((\d+) characters; at most (\d+)\)\.$/,
    (m) => `수식이 너무 깁니다(${m[1]}자, 최대 ${m[2]}자).`,
  ],
  [
    /^Use \^ for powers, e\.g\. x\^2, not \*\* \(column (\d+)\)\.$/,
    (m) => `거듭제곱은 **가 아니라 ^로 쓰세요. 예: x^2${at(m[1])}.`,
  ],
  [
    new RegExp(`^Syntax error${AT}: (.*)\\.$`),
    (m) => `구문 오류${at(m[1])}: ${translateWith(SYNTAX, m[2] ?? '') ?? m[2]}.`,
  ],
];

/**
 * The compiler's message in the UI's language; null when no rule knows it (the caller then shows
 * the English, which is still a clear message).
 */
export function translateFormulaError(message: string, locale: Locale): string | null {
  if (locale === 'en') return message;
  return translateWith(KO, message);
}
