import { lazy, Suspense, useId, useState } from 'react';
import { useMessages } from '../../i18n/locale.ts';
import type { Dim } from '../../objectives/types.ts';
import { fillTemplate } from '../../plots/format.ts';
import { useStore } from '../../store/store.ts';
import { SelectField } from '../../widgets/SelectField.tsx';
import { finishImport, type PendingImport } from './importFiles.ts';
import { candidateColumns, goalOfName } from './mapping.ts';
import { readNumber } from './rows.ts';
import { suggestsLog10 } from './table.ts';

const NONE = '-1';

// Opening a file as a study of its own is code the first screen never needs: it loads with the dialog.
const FileStudyOption = lazy(() =>
  import('./FileStudyOption.tsx').then((m) => ({ default: m.FileStudyOption })),
);

/** The column's numbers in complete rows, to tell whether they span decades. */
function columnValues(p: PendingImport, col: number): number[] {
  return p.table.rows.flatMap((r) => {
    const v = r.state === 'complete' ? readNumber(r.cells[col] ?? '', p.table.decimalComma) : null;
    return v === null ? [] : [v];
  });
}

/**
 * The column-mapping step: shown when a file's column names do not settle which column feeds
 * each of the study's parameters and which holds the value. Nothing changes until "Import".
 */
export function ImportMapping({
  pending,
  onDone,
}: {
  readonly pending: PendingImport;
  readonly onDone: () => void;
}) {
  const t = useMessages();
  const id = useId();
  const dims = useStore((s) => s.objective.dims);
  const { table, guess } = pending;
  const candidates = candidateColumns(table);
  const initialInputs = dims.map((d) => {
    const c = table.columns.indexOf(d.name);
    return candidates.includes(c) ? c : -1;
  });
  const initialValue = table.value?.column ?? guess.mapping?.value ?? -1;
  const [inputs, setInputs] = useState<number[]>(guess.mapping?.inputs.slice() ?? initialInputs);
  const [value, setValue] = useState(initialValue);
  const options = [
    { value: NONE, label: t.shareMapNone },
    ...candidates.map((c) => ({ value: String(c), label: table.columns[c] ?? '' })),
  ];
  const chosen = [...inputs, value];
  const complete = chosen.every((c) => c >= 0);
  const distinct = new Set(chosen).size === chosen.length;
  const logHint = (d: Dim, col: number) =>
    d.scale === 'linear' && col >= 0 && suggestsLog10(columnValues(pending, col))
      ? fillTemplate(t.shareMapLogHint, { column: table.columns[col] ?? '', dim: d.name })
      : null;
  const valueName = table.columns[value] ?? '';
  const goal = table.value?.column === value ? (table.value.goal ?? null) : goalOfName(valueName);

  return (
    <form
      className="share-mapping"
      aria-labelledby={`${id}-title`}
      data-testid="import-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        if (!complete || !distinct) return;
        finishImport(table, { inputs, value, goal }, pending.name, pending.mode);
        onDone();
      }}
    >
      <h4 id={`${id}-title`}>{t.shareMapTitle}</h4>
      <p className="hint">{fillTemplate(t.shareMapHint, { name: pending.name })}</p>
      {dims.map((d, k) => {
        const hint = logHint(d, inputs[k] ?? -1);
        return (
          <div key={d.name}>
            <SelectField
              label={fillTemplate(d.scale === 'log10' ? t.shareMapDimLog : t.shareMapDim, {
                dim: d.name,
              })}
              value={String(inputs[k] ?? -1)}
              options={options}
              onChange={(v) => setInputs(inputs.map((c, j) => (j === k ? Number(v) : c)))}
            />
            {hint && <p className="hint">{hint}</p>}
          </div>
        );
      })}
      <SelectField
        label={t.shareMapValue}
        value={String(value)}
        options={options}
        onChange={(v) => setValue(Number(v))}
      />
      {goal && (
        <p className="hint">
          {fillTemplate(goal === 'minimize' ? t.shareMapGoalMin : t.shareMapGoalMax, {
            column: valueName,
          })}
        </p>
      )}
      {complete && !distinct && (
        <p className="field-error" role="alert">
          {t.shareMapDistinct}
        </p>
      )}
      <div className="share-buttons">
        <button type="submit" disabled={!complete || !distinct}>
          {t.shareMapImport}
        </button>
        <button type="button" onClick={onDone}>
          {t.shareMapCancel}
        </button>
      </div>
      <Suspense fallback={null}>
        <FileStudyOption pending={pending} value={value} onDone={onDone} />
      </Suspense>
    </form>
  );
}
