import { useId, useState } from 'react';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  /** Called with each valid number typed (within [min, max]); invalid text is kept, not sent. */
  readonly onCommit: (value: number) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  readonly integer?: boolean;
  readonly className?: string;
}

/**
 * A labelled number input that never fights the typist: the text is the user's while they type
 * (an empty field or "0." is allowed on the way to a number), each valid number is committed, and
 * when the value changes from outside (reset, another control) the text follows it.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onCommit, min, max, step = 'any', integer = false, className } = props;
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // Adopt outside changes (the "adjust state while rendering" pattern React recommends).
  if (shown !== value) {
    setShown(value);
    if (Number(text) !== value) setText(String(value));
  }

  const valid = (v: number) =>
    Number.isFinite(v) &&
    (!integer || Number.isInteger(v)) &&
    (min === undefined || v >= min) &&
    (max === undefined || v <= max);

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
        aria-invalid={text.trim() !== '' && !valid(Number(text))}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value);
          if (e.target.value.trim() !== '' && valid(v) && v !== value) {
            setShown(v);
            onCommit(v);
          }
        }}
        onBlur={() => {
          if (!valid(Number(text)) || text.trim() === '') setText(String(value));
        }}
      />
    </div>
  );
}
