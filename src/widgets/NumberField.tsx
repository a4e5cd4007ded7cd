import './controls.css';
import { useId, useState } from 'react';
import { useMessages } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages.ts';
import { fill } from './format.ts';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  /** Called with each valid number typed (within [min, max]); invalid text is kept, not sent. */
  readonly onCommit: (value: number) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  readonly integer?: boolean;
  readonly className?: string;
  /** What is wrong with the text, null when valid; numberProblem's messages when left out. */
  readonly check?: (text: string) => string | null;
}

/**
 * What is wrong with the text typed, in the reader's language, or null when it is a valid number.
 * Each message also says which value the study keeps meanwhile, so nothing reverts unannounced.
 */
export function numberProblem(
  text: string,
  limits: {
    readonly value: number;
    readonly min?: number | undefined;
    readonly max?: number | undefined;
    readonly integer?: boolean;
  },
  t: Messages,
): string | null {
  const { min, max, integer = false, value } = limits;
  const v = Number(text);
  const vars = { value: String(value), min: String(min), max: String(max) };
  if (text.trim() === '' || !Number.isFinite(v)) return fill(t.numberMissing, vars);
  if (max !== undefined && v > max) return fill(t.numberTooHigh, vars);
  if (min !== undefined && v < min) return fill(t.numberTooLow, vars);
  if (integer && !Number.isInteger(v)) return fill(t.numberNotWhole, vars);
  return null;
}

/**
 * A labelled number input that never fights the typist: the text is the user's while they type
 * (an empty field or "0." is allowed on the way to a number), each valid number is committed, and
 * when the value changes from outside (reset, another control) the text follows it. Text that is
 * not a valid number stays as typed, with a message beside it, until the user corrects it: a value
 * that silently snapped back (300 iterations becoming 14) would read as the app ignoring them.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onCommit, min, max, step = 'any', integer = false, className } = props;
  const t = useMessages();
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // Adopt outside changes (the "adjust state while rendering" pattern React recommends).
  if (shown !== value) {
    setShown(value);
    if (Number(text) !== value) setText(String(value));
  }
  const check = props.check ?? ((s: string) => numberProblem(s, { min, max, integer, value }, t));
  const problem = check(text);
  const errorId = `${id}-error`;

  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={text}
        min={min}
        max={max}
        step={step}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value);
          if (check(e.target.value) === null && v !== value) {
            setShown(v);
            onCommit(v);
          }
        }}
      />
      {problem !== null && (
        <p id={errorId} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
