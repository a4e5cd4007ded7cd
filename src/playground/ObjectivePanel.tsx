import { useState } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { DEFAULT_2D_OBJECTIVE_ID, objectives } from '../objectives/registry.ts';
import type { Objective } from '../objectives/types.ts';
import { FormulaForm } from './FormulaForm.tsx';
import { objectiveText, useObjectiveTexts } from './objectiveText.ts';
import { NumberField } from '../widgets/NumberField.tsx';
import { SelectField, type Option } from '../widgets/SelectField.tsx';
import { TitledSection } from '../widgets/TitledSection.tsx';
import { FILE_STUDY_ID } from '../store/settings.ts';
import { useStore } from '../store/store.ts';
import { fill } from '../widgets/format.ts';
import { current } from '../store/history.ts';
import { useAnswerState } from './blackBox.ts';

export { draftDim } from './FormulaForm.tsx';

const CUSTOM = '__custom';

/** The 1D objectives of the registry. */
export const OBJECTIVES_1D: readonly Objective[] = objectives.filter((o) => o.dims.length === 1);

/** The 2D objectives, the default 2D example (learning rate × weight decay) first. */
export const OBJECTIVES_2D: readonly Objective[] = objectives
  .filter((o) => o.dims.length === 2)
  .sort(
    (a, b) => Number(b.id === DEFAULT_2D_OBJECTIVE_ID) - Number(a.id === DEFAULT_2D_OBJECTIVE_ID),
  );

/** Objective picker (registry objectives grouped by dimension, or a typed formula) and the noise. */
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

  const custom = customOpen || choice.kind === 'formula';
  // A study's own formula opens only when asked for while the black-box game hides it.
  const hidden = useAnswerState(useStore((s) => current(s.history))) === 'hidden';
  const masked = hidden && !customOpen && choice.kind === 'formula';
  const option = (o: Objective, group: string): Option<string> => ({
    value: o.id,
    label: objectiveText(o, texts).title,
    group,
  });

  return (
    <TitledSection className="panel-section" title={t.sectionObjective}>
      <SelectField
        label={t.objectiveLabel}
        value={
          custom
            ? CUSTOM
            : choice.kind === 'registry'
              ? choice.id
              : choice.kind === 'study'
                ? FILE_STUDY_ID
                : CUSTOM
        }
        options={[
          ...OBJECTIVES_1D.map((o) => option(o, t.objectiveGroup1d)),
          ...OBJECTIVES_2D.map((o) => option(o, t.objectiveGroup2d)),
          // A study opened from a file stays listed while it is the one shown.
          ...(choice.kind === 'study'
            ? [{ value: FILE_STUDY_ID, label: fill(t.fileStudyOption, { name: choice.name }) }]
            : []),
          { value: CUSTOM, label: t.customFormulaOption },
        ]}
        onChange={(v) => {
          if (v === CUSTOM) {
            setCustomOpen(true);
            return;
          }
          setCustomOpen(false);
          if (v !== FILE_STUDY_ID) setObjective(v);
        }}
      />
      {masked ? (
        <p className="hint">
          {t.blackBoxFormulaPanel}{' '}
          <button type="button" onClick={() => setCustomOpen(true)}>
            {t.blackBoxShowFormula}
          </button>
        </p>
      ) : (
        custom && <FormulaForm objective={objective} onApply={applyFormula} />
      )}
      <NumberField label={t.noiseLabel} value={noise} min={0} step={0.01} onCommit={setNoise} />
    </TitledSection>
  );
}
