/**
 * Pieces every lab figure is built from, so the figures read alike: the title and its two or
 * three sentences, a bar of controls, the seed control, numbers shown as text, a progress readout.
 */
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { fillTemplate } from '../plots/format.ts';
import { getObjective } from '../objectives/registry.ts';
import { objectiveText, useObjectiveTexts } from '../playground/objectiveText.ts';
import { NumberField, numberProblem, type NumberFieldProps } from '../widgets/NumberField.tsx';
import { SelectField } from '../widgets/SelectField.tsx';

/** The figure's title (the section's accessible name) and its explanation. */
export function FigureHead({ title, lede }: { readonly title: string; readonly lede: string }) {
  return (
    <header className="lab-head">
      <h2 id="lab-figure-title">{title}</h2>
      <p className="lab-lede">{lede}</p>
    </header>
  );
}

/**
 * A titled card of a figure. `id` names the title, so the card and a table inside it
 * (aria-labelledby) are announced by it.
 */
export function Card({
  id,
  title,
  className,
  children,
}: {
  readonly id: string;
  readonly title: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <section className={className ? `lab-card ${className}` : 'lab-card'} aria-labelledby={id}>
      <h3 id={id} className="lab-card-title">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** A card holding one picture, its title as the figure's caption. */
export function FigureCard({
  title,
  children,
}: {
  readonly title: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <figure className="lab-card">
      <figcaption className="lab-card-title">{title}</figcaption>
      {children}
    </figure>
  );
}

/** The row of controls above a figure's plots. */
export function Controls({ children }: { readonly children: ReactNode }) {
  const t = useMessages();
  return (
    <div className="lab-controls" role="group" aria-label={t.labControlsLabel}>
      {children}
    </div>
  );
}

/** The objective picker of the strategy figures: each id under its title in the current language. */
export function ObjectiveSelect({
  ids,
  value,
  onChange,
}: {
  readonly ids: readonly string[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}) {
  const t = useMessages();
  const texts = useObjectiveTexts();
  const options = ids.flatMap((id) => {
    const o = getObjective(id);
    return o ? [{ value: id, label: objectiveText(o, texts).title }] : [];
  });
  return (
    <SelectField label={t.raceObjective} value={value} options={options} onChange={onChange} />
  );
}

/** The seed as a number field and a button that moves to the next seed. */
export function SeedControl({
  seed,
  onChange,
}: {
  readonly seed: number;
  readonly onChange: (seed: number) => void;
}) {
  const t = useMessages();
  return (
    <div className="lab-seed">
      <WholeNumberField
        label={t.labSeed}
        value={seed}
        min={0}
        max={2 ** 31 - 1}
        onCommit={onChange}
      />
      <button type="button" onClick={() => onChange(seed >= 2 ** 31 - 1 ? 0 : seed + 1)}>
        {t.labNextSeed}
      </button>
    </div>
  );
}

/** One computed number with its label; `testId` lets the e2e tests read it. */
export function Stat({
  label,
  value,
  testId,
  emphasis = false,
}: {
  readonly label: string;
  readonly value: string;
  readonly testId?: string;
  readonly emphasis?: boolean;
}) {
  return (
    <div className={`lab-stat${emphasis ? ' is-key' : ''}`}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** A list of Stat entries. */
export function Stats({ children }: { readonly children: ReactNode }) {
  const t = useMessages();
  return (
    <dl className="lab-stats" aria-label={t.labNumbersLabel}>
      {children}
    </dl>
  );
}

/** "Computing… 300 of 1000" while a chunked job runs; empty (but present) otherwise. */
export function Progress({
  running,
  done,
  total,
  testId,
}: {
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
  readonly testId?: string;
}) {
  const t = useMessages();
  return (
    <p className="lab-progress" role="status" data-testid={testId} data-running={running}>
      {running ? fillTemplate(t.labProgress, { done, total }) : ''}
    </p>
  );
}

/**
 * A labelled whole-number input within [min, max]: widgets/NumberField, with one message for any
 * bad entry that gives the whole allowed range (the last valid value stays in use meanwhile).
 */
export function WholeNumberField(
  props: Omit<NumberFieldProps, 'integer' | 'check' | 'step'> & {
    readonly min: number;
    readonly max: number;
    readonly step?: number;
  },
) {
  const { value, min, max, step = 1 } = props;
  const t = useMessages();
  const check = (text: string) =>
    numberProblem(text, { value, min, max, integer: true }, t) === null
      ? null
      : fillTemplate(t.labWholeNumberError, { min, max, value });
  return <NumberField {...props} step={step} integer className="lab-number" check={check} />;
}
