import { useId, useState } from 'react';
import type { Phase } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import { useStore } from '../store/store.ts';
import { parseTypedNumber } from '../widgets/typedNumber.ts';

/**
 * The value a trial run elsewhere gave, typed and recorded at `x` (a study without a formula): the
 * next trial's point, or one typed in the evaluate form. A bad value is said and the text kept.
 */
export function RecordValue({
  x,
  phase,
  onRecorded,
}: {
  x: readonly number[] | null;
  phase: Phase;
  onRecorded?: () => void;
}) {
  const t = useMessages();
  const id = useId();
  const record = useStore((s) => s.record);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="record-value"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const v = parseTypedNumber(text.trim());
        if (!x || text.trim() === '' || !Number.isFinite(v) || !record(x, v, phase)) {
          setError(t.recordNotNumber);
          return;
        }
        setError(null);
        setText('');
        onRecorded?.();
      }}
    >
      <ValueField
        id={`${id}-value`}
        text={text}
        onChange={setText}
        disabled={!x}
        errorId={error !== null ? `${id}-error` : undefined}
      />
      <button type="submit" disabled={!x}>
        {t.recordButton}
      </button>
      {error !== null && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** The field a trial's measured value is typed in (here and in the evaluate form). */
export function ValueField({
  id,
  text,
  onChange,
  errorId,
  disabled = false,
}: {
  id: string;
  text: string;
  onChange: (text: string) => void;
  /** The message saying what is wrong with it, when there is one. */
  errorId: string | undefined;
  disabled?: boolean;
}) {
  const t = useMessages();
  return (
    <div className="field">
      <label htmlFor={id}>{t.recordValueLabel}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        disabled={disabled}
        aria-invalid={errorId !== undefined}
        aria-describedby={errorId}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
