import { useId, useState } from 'react';
import { useMessages } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages.ts';
import { objectives } from '../objectives/registry.ts';
import type { Dim, Goal, Objective, Scale } from '../objectives/types.ts';
import { useStore } from '../store/store.ts';
import { fill } from './format.ts';
import { objectiveText, useObjectiveTexts } from './objectiveText.ts';
import { NumberField } from './NumberField.tsx';
import { SelectField } from './SelectField.tsx';

const CUSTOM = '__custom';

/** The 1D objectives of the registry: this screen plots one dimension. */
export const OBJECTIVES_1D: readonly Objective[] = objectives.filter((o) => o.dims.length === 1);

/** What the user is typing into the custom-formula form, kept as text so nothing they type is lost. */
interface FormulaDraft {
  readonly source: string;
  readonly min: string;
  readonly max: string;
  readonly scale: Scale;
  readonly goal: Goal;
}

function draftFrom(o: Objective): FormulaDraft {
  const d = o.dims[0];
  const natural = (v: number) => String(d?.scale === 'log10' ? 10 ** v : v);
  return {
    source: o.formula ?? '',
    min: natural(d?.min ?? 0),
    max: natural(d?.max ?? 1),
    scale: d?.scale ?? 'linear',
    goal: o.goal,
  };
}

/** The draft's bounds as a dimension in search units, or a message saying what is wrong. */
export function draftDim(
  draft: Pick<FormulaDraft, 'min' | 'max' | 'scale'>,
  t: Messages,
): Dim | string {
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
  if (draft.scale === 'log10') {
    if (!(lo > 0)) return t.boundsLogPositive;
    return { name: 'x', min: Math.log10(lo), max: Math.log10(hi), scale: 'log10' };
  }
  return { name: 'x', min: lo, max: hi, scale: 'linear' };
}

/** Objective picker (registry or a typed formula) and the evaluation noise. */
export function ObjectivePanel() {
  const t = useMessages();
  const texts = useObjectiveTexts();
  const choice = useStore((s) => s.settings.objective);
  const noise = useStore((s) => s.settings.noise);
  const objective = useStore((s) => s.objective);
  const setObjective = useStore((s) => s.setObjective);
  const applyFormula = useStore((s) => s.applyFormula);
  const setNoise = useStore((s) => s.setNoise);

  const [customOpen, setCustomOpen] = useState(false);
  // Null until the user edits: the form then shows the active objective's own formula.
  const [draft, setDraft] = useState<FormulaDraft | null>(null);
  const [error, setError] = useState<{ message: string; column?: number; source: string } | null>(
    null,
  );
  const shown = draft ?? draftFrom(objective);
  const edit = (patch: Partial<FormulaDraft>) => setDraft({ ...shown, ...patch });

  const custom = customOpen || choice.kind === 'formula';
  const ids = useId();
  const formulaId = `${ids}-formula`;
  const hintId = `${ids}-hint`;
  const errorId = `${ids}-error`;

  const apply = () => {
    const dim = draftDim(shown, t);
    if (typeof dim === 'string') {
      setError({ message: dim, source: shown.source });
      return;
    }
    const message = applyFormula(shown.source, [dim], shown.goal);
    if (message === null) {
      setError(null);
      return;
    }
    const column = /column (\d+)/.exec(message)?.[1];
    setError({
      message: fill(t.formulaError, { message }),
      source: shown.source,
      ...(column ? { column: Number(column) } : {}),
    });
  };

  return (
    <section className="panel-section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t.sectionObjective}</h2>
      <SelectField
        label={t.objectiveLabel}
        value={custom ? CUSTOM : choice.kind === 'registry' ? choice.id : CUSTOM}
        options={[
          ...OBJECTIVES_1D.map((o) => ({ value: o.id, label: objectiveText(o, texts).title })),
          { value: CUSTOM, label: t.customFormulaOption },
        ]}
        onChange={(v) => {
          if (v === CUSTOM) {
            setCustomOpen(true);
            return;
          }
          setCustomOpen(false);
          setError(null);
          setObjective(v);
        }}
      />
      {custom && (
        <form
          className="formula-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            apply();
          }}
        >
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
                <p>{error.message}</p>
              </div>
            )}
            <p id={hintId} className="hint">
              {t.formulaHint}
            </p>
          </div>
          <div className="field-row">
            <TextNumber label={t.minLabel} value={shown.min} onChange={(min) => edit({ min })} />
            <TextNumber label={t.maxLabel} value={shown.max} onChange={(max) => edit({ max })} />
          </div>
          <div className="field-row">
            <SelectField
              label={t.scaleLabel}
              value={shown.scale}
              options={[
                { value: 'linear', label: t.scaleLinear },
                { value: 'log10', label: t.scaleLog },
              ]}
              onChange={(scale) => edit({ scale })}
            />
            <SelectField
              label={t.goalLabel}
              value={shown.goal}
              options={[
                { value: 'maximize', label: t.goalMaximize },
                { value: 'minimize', label: t.goalMinimize },
              ]}
              onChange={(goal) => edit({ goal })}
            />
          </div>
          <button type="submit" className="primary">
            {t.applyFormula}
          </button>
        </form>
      )}
      <NumberField label={t.noiseLabel} value={noise} min={0} step={0.01} onCommit={setNoise} />
    </section>
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
