import './controls.css';

/** One button of a segmented control; `lang` where the label is in another language. */
export interface Segment<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly lang?: string | undefined;
}

/**
 * A row of buttons of which exactly one is pressed (aria-pressed), named as a group: a choice of a
 * few options that are worth seeing side by side (language, slice direction).
 */
export function Segmented<T extends string>(props: {
  readonly label: string;
  readonly segments: readonly Segment<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly className?: string | undefined;
}) {
  const { label, segments, value, onChange, className } = props;
  return (
    <div
      className={className ? `segmented ${className}` : 'segmented'}
      role="group"
      aria-label={label}
    >
      {segments.map((s) => (
        <button
          key={s.value}
          type="button"
          lang={s.lang}
          aria-pressed={s.value === value}
          onClick={() => onChange(s.value)}
        >
          {s.label}
        </button>
      ))}
    </div>
  );
}
