import './evaluateAt.css';
import { useId, useState } from 'react';
import { useMessages } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Dim } from '../objectives/types.ts';
import { formatSearchX } from '../plots/format.ts';
import { fill } from '../widgets/format.ts';
import { parseTypedNumber } from '../widgets/typedNumber.ts';
import { TitledSection } from '../widgets/TitledSection.tsx';
import { ValueField } from './RecordValue.tsx';

/**
 * A point typed in natural units (10^x on a log10 axis, as the axes read) to search units, or a
 * message saying which coordinate is wrong and what it must be.
 */
export function parsePoint(
  texts: readonly string[],
  dims: readonly Dim[],
  t: Messages,
): number[] | string {
  const x: number[] = [];
  for (const [k, d] of dims.entries()) {
    const text = (texts[k] ?? '').trim();
    // Read as the app prints numbers (−2, 1×10⁻⁵), so a value copied off the screen works.
    const v = parseTypedNumber(text);
    if (text === '' || !Number.isFinite(v)) return fill(t.evalAtNotNumber, { name: d.name });
    const range = {
      name: d.name,
      min: formatSearchX(d.min, d.scale, 4),
      max: formatSearchX(d.max, d.scale, 4),
    };
    if (d.scale === 'log10' && !(v > 0)) return fill(t.evalAtOutside, range);
    const u = d.scale === 'log10' ? Math.log10(v) : v;
    // A bound typed as shown (rounded to 4 digits) still counts as inside.
    const slack = 1e-9 * Math.max(1, Math.abs(d.max - d.min));
    if (u < d.min - slack || u > d.max + slack) return fill(t.evalAtOutside, range);
    x.push(Math.min(Math.max(u, d.min), d.max));
  }
  return x;
}

/**
 * The keyboard's way to what a click on the plot does: evaluate f at a typed point. Also how an
 * instructor puts a point exactly where the lecture needs it. A bad coordinate is reported and the
 * typed text kept. With `onRecord` (a study without a formula) the user types the value too, and
 * the point is recorded with it instead of evaluated.
 */
export function EvaluateAt({
  dims,
  onEvaluate,
  onRecord,
}: {
  readonly dims: readonly Dim[];
  readonly onEvaluate: (x: number[]) => void;
  readonly onRecord?: (x: number[], value: number, phase: 'manual') => boolean;
}) {
  const t = useMessages();
  const id = useId();
  const [texts, setTexts] = useState<string[]>([]);
  const [valueText, setValueText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <TitledSection
      className="card evaluate-at"
      titleClassName="card-title"
      titleId={`${id}-title`}
      title={onRecord ? t.recordAtTitle : t.evalAtTitle}
    >
      <form
        className="evaluate-at-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const x = parsePoint(texts, dims, t);
          if (typeof x === 'string') {
            setError(x);
            return;
          }
          if (onRecord) {
            const v = parseTypedNumber(valueText.trim());
            if (!Number.isFinite(v) || !onRecord(x, v, 'manual')) {
              setError(t.recordNotNumber);
              return;
            }
            setValueText('');
          } else onEvaluate(x);
          setError(null);
        }}
      >
        {dims.map((d, k) => (
          <div className="field" key={k}>
            <label htmlFor={`${id}-${k}`}>{d.name}</label>
            <input
              id={`${id}-${k}`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              placeholder={`${formatSearchX(d.min, d.scale)} … ${formatSearchX(d.max, d.scale)}`}
              value={texts[k] ?? ''}
              aria-invalid={error !== null}
              aria-describedby={error !== null ? `${id}-error` : undefined}
              onChange={(e) => {
                const next = dims.map((_, i) => texts[i] ?? '');
                next[k] = e.target.value;
                setTexts(next);
              }}
            />
          </div>
        ))}
        {onRecord && (
          <ValueField
            id={`${id}-value`}
            text={valueText}
            onChange={setValueText}
            errorId={error !== null ? `${id}-error` : undefined}
          />
        )}
        <button type="submit">{onRecord ? t.recordButton : t.evalAtButton}</button>
      </form>
      {error !== null && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </TitledSection>
  );
}
