import { useMemo, useState } from 'react';
import { useMessages } from '../../i18n/locale.ts';
import type { Goal } from '../../objectives/types.ts';
import { fillTemplate, formatSearchX } from '../../plots/format.ts';
import { GoalField } from '../../widgets/GoalField.tsx';
import { Checkbox } from '../../widgets/SelectField.tsx';
import { issueText } from '../shareText.ts';
import { fileStudyOf } from './fileStudy.ts';
import type { PendingImport } from './importFiles.ts';
import { openFileStudy } from './openStudy.ts';

/**
 * The mapping dialog's other way: the file as a new study of its own parameters (fileStudy.ts),
 * with each column's scale and the goal the user's to change before opening it.
 */
export function FileStudyOption({
  pending,
  value,
  onDone,
}: {
  readonly pending: PendingImport;
  /** The value column chosen above in the dialog (-1: none yet, the names decide). */
  readonly value: number;
  readonly onDone: () => void;
}) {
  const t = useMessages();
  const { table } = pending;
  const [flipped, setFlipped] = useState<ReadonlySet<number>>(new Set());
  const [goal, setGoal] = useState<Goal | null>(null);
  const choice = useMemo(
    () => ({ flipped, ...(value >= 0 ? { value } : {}), ...(goal ? { goal } : {}) }),
    [flipped, value, goal],
  );
  const study = useMemo(() => fileStudyOf(table, choice), [table, choice]);
  const flip = (col: number) => {
    const next = new Set(flipped);
    if (!next.delete(col)) next.add(col);
    setFlipped(next);
  };
  return (
    <fieldset className="share-mapping-study" data-testid="import-as-study">
      <legend>{t.shareMapStudyTitle}</legend>
      <p className="hint">{t.shareMapStudyHint}</p>
      {'code' in study ? (
        <p className="field-error" role="alert">
          {issueText(t, study)}
        </p>
      ) : (
        <>
          {study.dims.map((d, k) => {
            const col = study.mapping.inputs[k] as number;
            const min = formatSearchX(d.min, d.scale, 4);
            const max = formatSearchX(d.max, d.scale, 4);
            return (
              <Checkbox
                key={col}
                label={fillTemplate(t.shareMapStudyLog, { column: d.name, min, max })}
                checked={d.scale === 'log10'}
                onChange={() => flip(col)}
              />
            );
          })}
          <GoalField value={study.goal} onChange={setGoal} />
          {study.notes.map((n, i) => (
            <p key={i} className="hint">
              {issueText(t, n)}
            </p>
          ))}
          <div className="share-buttons">
            <button
              type="button"
              onClick={() => {
                if (openFileStudy(table, pending.name, choice)) onDone();
              }}
            >
              {t.shareMapStudyOpen}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
