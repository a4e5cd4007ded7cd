import './objectiveSummary.css';
import { useMessages } from '../i18n/locale.ts';

/** What the summary shows of an objective; a plain object, so it does not depend on the registry. */
export interface ObjectiveSummaryData {
  readonly title: string;
  readonly description: string;
  /** Plain-text formula, when the objective has one. */
  readonly formula?: string | undefined;
  readonly goal: 'maximize' | 'minimize';
  readonly dims: readonly { readonly name: string; readonly min: number; readonly max: number }[];
  /** A line above the title saying where the example comes from. */
  readonly eyebrow?: string | undefined;
}

const formatBound = (v: number) => String(v).replace('-', '\u2212');

/** The objective's title, shown prominently, with its formula, goal and search domain. */
export function ObjectiveSummary(props: ObjectiveSummaryData) {
  const { title, description, formula, goal, dims, eyebrow } = props;
  const t = useMessages();
  const args = dims.map((d) => d.name).join(', ');
  return (
    <section className="objective-summary" aria-labelledby="objective-title">
      {eyebrow && <p className="eyebrow">{eyebrow}</p>}
      <h2 id="objective-title">
        {title}
        {formula && (
          <>
            <span className="title-sep">: </span>
            <code className="formula">
              f({args}) = {formula}
            </code>
          </>
        )}
      </h2>
      <div className="summary-meta">
        <p className="description">{description}</p>
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
                  {k > 0 && ', '}
                  {d.name} ∈ [{formatBound(d.min)}, {formatBound(d.max)}]
                </span>
              ))}
            </dd>
          </div>
        </dl>
      </div>
    </section>
  );
}
