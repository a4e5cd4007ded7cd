import './objectiveSummary.css';
import { useMessages } from '../i18n/locale.ts';
import type { Dim } from '../objectives/types.ts';
import { formatNumber } from '../plots/format.ts';
import { fill } from '../widgets/format.ts';
import { formatDomain } from '../widgets/dimText.ts';
import type { AnswerState } from './blackBox.ts';

/** What the summary shows of an objective; a plain object, so it does not depend on the registry. */
export interface ObjectiveSummaryData {
  readonly title: string;
  readonly description: string;
  /** Plain-text formula, when the objective has one. */
  readonly formula?: string | undefined;
  readonly goal: 'maximize' | 'minimize';
  readonly dims: readonly Dim[];
  /** A line above the title saying where the example comes from. */
  readonly eyebrow?: string | undefined;
  /** The black-box game (blackBox.ts): 'hidden' keeps the formula and the description back. */
  readonly answer?: AnswerState | undefined;
  /** The known optimum, said when the game's answer is revealed; `at` as a person reads it. */
  readonly optimum?: { readonly value: number; readonly at: string } | undefined;
}

/** The objective's title, shown prominently, with its formula, goal and search domain. */
export function ObjectiveSummary(props: ObjectiveSummaryData) {
  const { title, description, goal, dims, eyebrow, answer = 'shown', optimum } = props;
  const t = useMessages();
  const hidden = answer === 'hidden';
  // The description may hint where the best value is ("hidden near x = 0.63"): it goes with the formula.
  const formula = hidden ? undefined : props.formula;
  const args = dims.map((d) => d.name).join(', ');
  // "lr ∈ [10⁻⁵, 0.1], log scale" already holds a comma.
  const sep = dims.some((d) => d.scale === 'log10') ? '; ' : ', ';
  const revealed =
    answer !== 'revealed'
      ? null
      : optimum
        ? fill(t.blackBoxRevealedOptimum, { value: formatNumber(optimum.value, 4), at: optimum.at })
        : t.blackBoxRevealed;
  return (
    <section className="objective-summary" aria-labelledby="objective-title">
      {eyebrow && <p className="eyebrow">{eyebrow}</p>}
      <h2 id="objective-title">
        {title}
        {(formula || hidden) && (
          <>
            <span className="title-sep">: </span>
            <code className={`formula${hidden ? ' is-hidden' : ''}`}>
              f({args}) = {formula ?? '?'}
            </code>
            {hidden && <span className="visually-hidden"> ({t.blackBoxFormulaHidden})</span>}
          </>
        )}
      </h2>
      <div className="summary-meta">
        <p className={`description${hidden ? ' black-box' : ''}`}>
          {hidden ? t.blackBoxHidden : description}
        </p>
        <dl className="facts">
          <div>
            <dt>{t.goalLabel}</dt>
            <dd>{goal === 'maximize' ? t.goalMaximize : t.goalMinimize}</dd>
          </div>
          <div>
            <dt>{t.domainLabel}</dt>
            <dd>
              {dims.map((d, k) => (
                <span key={d.name} className="math">
                  {k > 0 && sep}
                  {formatDomain(d, t)}
                </span>
              ))}
            </dd>
          </div>
        </dl>
      </div>
      {revealed && (
        <p className="black-box-revealed" role="status">
          {revealed}
        </p>
      )}
    </section>
  );
}
