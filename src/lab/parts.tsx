/**
 * Pieces every lab figure is built from, so the figures read alike: the title and its two or
 * three sentences, a bar of controls, the seed control, numbers shown as text, a progress readout.
 */
import { useId, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { fillTemplate } from '../plots/format.ts';

/** The figure's title (the section's accessible name) and its explanation. */
export function FigureHead({ title, lede }: { readonly title: string; readonly lede: string }) {
  return (
    <header className="lab-head">
      <h2 id="lab-figure-title">{title}</h2>
      <p className="lab-lede">{lede}</p>
    </header>
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
 * A labelled whole-number input within [min, max]. Like components/NumberField, the text stays
 * the typist's while they type and each valid number is committed; unlike it, an invalid entry
 * says what is wrong, and the last valid value stays in use until the text is fixed.
 */
export function WholeNumberField(props: {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly onCommit: (value: number) => void;
}) {
  const { label, value, min, max, step = 1, onCommit } = props;
  const t = useMessages();
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // Adopt outside changes (the "adjust state while rendering" pattern React recommends).
  if (shown !== value) {
    setShown(value);
    if (Number(text) !== value) setText(String(value));
  }
  const valid = (s: string) => {
    const v = Number(s);
    return s.trim() !== '' && Number.isInteger(v) && v >= min && v <= max;
  };
  const invalid = !valid(text);
  return (
    <div className="field lab-number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        value={text}
        min={min}
        max={max}
        step={step}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value);
          if (valid(e.target.value) && v !== value) {
            setShown(v);
            onCommit(v);
          }
        }}
      />
      {invalid && (
        <p className="field-error" id={`${id}-error`}>
          {fillTemplate(t.labWholeNumberError, { min, max, value })}
        </p>
      )}
    </div>
  );
}
