import { GoalField } from '../widgets/GoalField.tsx';
import { MAX_APP_DIMS } from '../objectives/dims.ts';
import './formulaForm.css';
import { useEffect, useId, useState } from 'react';
import { localeOf, useMessages } from '../i18n/locale.ts';
import { formulaErrorText, type Messages } from '../i18n/messages.ts';
import { boundsProblem } from '../objectives/dims.ts';
import {
  formulaParser,
  loadFormulaParser,
  PARSER_FAILED_MESSAGE,
} from '../objectives/formulaParser.ts';
import type { Dim, Goal, Objective, Scale } from '../objectives/types.ts';
import { fill } from '../widgets/format.ts';
import { SelectField } from '../widgets/SelectField.tsx';

/** One dimension as typed: bounds kept as text so nothing the user types is lost. */
export interface DimDraft {
  readonly name: string;
  readonly min: string;
  readonly max: string;
  readonly scale: Scale;
}

/** What the user is typing into the custom-formula form. */
export interface FormulaDraft {
  readonly source: string;
  readonly goal: Goal;
  /** One or two rows: the screen plots 1D curves or 2D heatmaps. */
  readonly dims: readonly DimDraft[];
}

/** The names a new row gets: x, then y (the variables the hint tells the user to write). */
const DIM_NAMES = ['x', 'y'] as const;

export function draftFrom(o: Objective): FormulaDraft {
  // Every dimension, never a silent subset (a study of more than 2 is refused on the way in).
  const dims = o.dims.map((d) => {
    // 10 ** -5 is 0.000009999999999999999 in float64: round off the noise before showing it.
    const natural = (v: number) =>
      String(d.scale === 'log10' ? Number((10 ** v).toPrecision(12)) : v);
    return { name: d.name, min: natural(d.min), max: natural(d.max), scale: d.scale };
  });
  return {
    source: o.formula ?? '',
    goal: o.goal,
    dims: dims.length ? dims : [{ name: 'x', min: '0', max: '1', scale: 'linear' }],
  };
}

/** The draft with n dimension rows (the user's choice): extra rows dropped, new ones copied. */
export function withDimCount(draft: FormulaDraft, n: number): FormulaDraft {
  if (draft.dims.length === n) return draft;
  if (draft.dims.length > n) return { ...draft, dims: draft.dims.slice(0, n) };
  const first = draft.dims[0] ?? { name: 'x', min: '0', max: '1', scale: 'linear' as const };
  const dims = [...draft.dims];
  while (dims.length < n) {
    const taken = new Set(dims.map((d) => d.name));
    let k = dims.length + 1;
    while (taken.has(`x${k}`)) k++;
    const name = DIM_NAMES.find((c) => !taken.has(c)) ?? `x${k}`;
    dims.push({ ...first, name });
  }
  return { ...draft, dims };
}

/** A row's bounds as a dimension in search units, or a message saying what is wrong. */
export function draftDim(
  draft: Pick<DimDraft, 'min' | 'max' | 'scale'> & { readonly name?: string },
  t: Messages,
): Dim | string {
  const name = draft.name ?? 'x';
  const lo = Number(draft.min);
  const hi = Number(draft.max);
  if (
    draft.min.trim() === '' ||
    draft.max.trim() === '' ||
    !Number.isFinite(lo) ||
    !Number.isFinite(hi)
  )
    return t.boundsNotNumbers;
  if (!(lo < hi)) return t.boundsOrder;
  if (draft.scale === 'log10' && !(lo > 0)) return t.boundsLogPositive;
  const dim: Dim =
    draft.scale === 'log10'
      ? { name, min: Math.log10(lo), max: Math.log10(hi), scale: 'log10' }
      : { name, min: lo, max: hi, scale: 'linear' };
  // The one rule of every entry point (objectives/dims.ts), worded here in the reader's language.
  const problem = boundsProblem(dim.min, dim.max, dim.scale);
  if (problem === undefined) return dim;
  switch (problem.kind) {
    case 'tooLarge': {
      const value = problem.key === 'min' ? draft.min.trim() : draft.max.trim();
      return fill(t.boundsTooLarge, { name, key: problem.key, value, limit: problem.limit });
    }
    case 'tooNarrow':
      return fill(t.boundsTooNarrow, { name, least: problem.least });
    case 'logTooNarrow':
      return fill(t.boundsLogTooNarrow, { name, factor: problem.factor });
    case 'logRange':
      return fill(t.boundsLogRange, { name });
  }
}

/**
 * What the last Apply found wrong, kept as the compiler or the bounds check said it rather than as
 * text, so that switching the language re-words the message on screen.
 */
type FormError = { readonly source: string; readonly column?: number } & (
  { readonly compiler: string } | { readonly dim: DimDraft }
);

function errorText(error: FormError, t: Messages): string {
  if ('dim' in error) {
    const dim = draftDim(error.dim, t);
    return typeof dim === 'string' ? dim : '';
  }
  const message = formulaErrorText(error.compiler, localeOf(t)) ?? error.compiler;
  return fill(t.formulaError, { message });
}

interface FormulaFormProps {
  readonly objective: Objective;
  /** Compiles and activates the formula; returns an error message, or null when it ran. */
  readonly onApply: (source: string, dims: readonly Dim[], goal: Goal) => string | null;
}

/** The custom formula: source, one or two dimension rows (bounds, scale), goal. */
export function FormulaForm({ objective, onApply }: FormulaFormProps) {
  const t = useMessages();
  // Null until the user edits: the form then shows the active objective's own formula.
  const [draft, setDraft] = useState<FormulaDraft | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const shown = draft ?? draftFrom(objective);
  const edit = (patch: Partial<FormulaDraft>) => setDraft({ ...shown, ...patch });
  const editDim = (k: number, patch: Partial<DimDraft>) =>
    edit({ dims: shown.dims.map((d, i) => (i === k ? { ...d, ...patch } : d)) });
  const ids = useId();
  const formulaId = `${ids}-formula`;
  const hintId = `${ids}-hint`;
  const errorId = `${ids}-error`;
  const twoD = shown.dims.length >= 2;
  // mathjs arrives on demand: fetch it as the form opens, so Apply rarely has to wait.
  const [loading, setLoading] = useState(false);
  useEffect(() => void loadFormulaParser().catch(() => undefined), []);

  const apply = () => {
    if (formulaParser() !== undefined) return applyNow();
    setLoading(true);
    const done = (failed: boolean) => {
      setLoading(false);
      if (failed) setError({ compiler: PARSER_FAILED_MESSAGE, source: shown.source });
      else applyNow();
    };
    loadFormulaParser().then(
      () => done(false),
      () => done(true),
    );
  };
  const applyNow = () => {
    const dims: Dim[] = [];
    for (const d of shown.dims) {
      const dim = draftDim(d, t);
      if (typeof dim === 'string') {
        setError({ dim: d, source: shown.source });
        return;
      }
      dims.push(dim);
    }
    const message = onApply(shown.source, dims, shown.goal);
    if (message === null) {
      setError(null);
      return;
    }
    const column = /column (\d+)/.exec(message)?.[1];
    setError({
      compiler: message,
      source: shown.source,
      ...(column ? { column: Number(column) } : {}),
    });
  };

  return (
    <form
      className="formula-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <SelectField
        label={t.formulaDimsLabel}
        value={String(shown.dims.length)}
        options={[
          { value: '1', label: t.formulaDims1 },
          { value: '2', label: t.formulaDims2 },
          // Beyond two the BO screen shows maps over a chosen pair and a slice per dim.
          ...Array.from({ length: MAX_APP_DIMS - 2 }, (_, k) => ({
            value: String(k + 3),
            label: String(k + 3),
          })),
        ]}
        onChange={(v) => setDraft(withDimCount(shown, Number(v)))}
      />
      <div className="field">
        <label htmlFor={formulaId}>{t.formulaLabel}</label>
        <input
          id={formulaId}
          className="formula-input"
          type="text"
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          value={shown.source}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => edit({ source: e.target.value })}
        />
        {error !== null && (
          <div id={errorId} className="field-error" role="alert">
            {error.column !== undefined && (
              // Points at the column under the text as it was applied (trimmed, as compiled).
              <pre className="error-caret" aria-hidden="true">
                {error.source.trim()}
                {'\n'}
                {' '.repeat(Math.max(0, error.column - 1))}^
              </pre>
            )}
            <p>{errorText(error, t)}</p>
          </div>
        )}
        <p id={hintId} className="hint">
          {twoD ? t.formulaHint2d : t.formulaHint}
        </p>
      </div>
      {shown.dims.map((d, k) => (
        // In 2D each label names its dimension ("y min"), so every field has a unique name.
        <div key={k} className="field-row three">
          <TextNumber
            label={twoD ? fill(t.dimMinLabel, { name: d.name }) : t.minLabel}
            value={d.min}
            onChange={(min) => editDim(k, { min })}
          />
          <TextNumber
            label={twoD ? fill(t.dimMaxLabel, { name: d.name }) : t.maxLabel}
            value={d.max}
            onChange={(max) => editDim(k, { max })}
          />
          <SelectField
            label={twoD ? fill(t.dimScaleLabel, { name: d.name }) : t.scaleLabel}
            value={d.scale}
            options={[
              { value: 'linear', label: t.scaleLinear },
              { value: 'log10', label: t.scaleLog },
            ]}
            onChange={(scale) => editDim(k, { scale })}
          />
        </div>
      ))}
      <GoalField value={shown.goal} onChange={(goal) => edit({ goal })} />
      <button type="submit" className="primary" disabled={loading} aria-busy={loading}>
        {loading ? t.formulaLoading : t.applyFormula}
      </button>
    </form>
  );
}

/** A number typed as text (bounds of the formula form: kept verbatim until Apply). */
function TextNumber({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
