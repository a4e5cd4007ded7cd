import { STUDY_SETTINGS as S, type InitDesign } from '../bo/settingsSchema.ts';
import { useMessages } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { NumberField } from '../widgets/NumberField.tsx';
import { SelectField } from '../widgets/SelectField.tsx';
import { fieldRange, labelledOptions } from '../widgets/settingControls.ts';
import { TitledSection } from '../widgets/TitledSection.tsx';
import { useStore } from '../store/store.ts';

const DESIGN_LABELS = {
  random: 'designRandom',
  lhs: 'designLhs',
  sobol: 'designSobol',
  grid: 'designGrid',
} as const satisfies Record<InitDesign, MessageKey>;

/** Initial design, budget and seed: changing any of them starts the study over. */
export function DesignPanel() {
  const t = useMessages();
  const s = useStore((st) => st.settings);
  const { setInitDesign, setInitPoints, setIterations, setSeed } = useStore.getState();
  return (
    <TitledSection className="panel-section" title={t.sectionBudget}>
      <SelectField
        label={t.initDesignLabel}
        value={s.initDesign}
        options={labelledOptions(DESIGN_LABELS, t)}
        onChange={setInitDesign}
      />
      <div className="field-row three">
        <NumberField
          label={t.initPointsLabel}
          value={s.initPoints}
          {...fieldRange(S.initPoints)}
          onCommit={setInitPoints}
        />
        <NumberField
          label={t.iterationsLabel}
          value={s.iterations}
          {...fieldRange(S.iterations)}
          onCommit={setIterations}
        />
        <NumberField
          label={t.seedLabel}
          value={s.seed}
          {...fieldRange(S.seed)}
          onCommit={setSeed}
        />
      </div>
    </TitledSection>
  );
}
