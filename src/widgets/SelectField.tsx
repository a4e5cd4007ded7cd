import './controls.css';
import { useId } from 'react';

export interface Option<T extends string> {
  readonly value: T;
  readonly label: string;
  /** Options with a group are listed under its heading (an <optgroup>), in order of appearance. */
  readonly group?: string;
}

/** Options in runs: consecutive options of one group together, ungrouped ones on their own. */
function runs<T extends string>(options: readonly Option<T>[]) {
  const out: { group: string | undefined; options: Option<T>[] }[] = [];
  for (const o of options) {
    const last = out.at(-1);
    if (last && last.group === o.group) last.options.push(o);
    else out.push({ group: o.group, options: [o] });
  }
  return out;
}

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly Option<T>[];
  readonly onChange: (value: T) => void;
}

/** A labelled native select: keyboard, screen readers and touch come for free. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next) onChange(next.value);
        }}
      >
        {runs(options).map((run) => {
          const items = run.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ));
          return run.group === undefined ? (
            items
          ) : (
            <optgroup key={`group-${run.group}`} label={run.group}>
              {items}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}

interface CheckboxProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: string;
}

export function Checkbox({ label, checked, onChange, hint }: CheckboxProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        {...(hint ? { 'aria-describedby': hintId } : {})}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
