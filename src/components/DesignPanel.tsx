import { useId } from 'react';
import type { InitDesign } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import { BUDGET_LIMITS } from '../store/settings.ts';
import { useStore } from '../store/store.ts';
import { NumberField } from './NumberField.tsx';
import { SelectField } from './SelectField.tsx';

const DESIGNS: readonly {
  value: InitDesign;
  key: 'designRandom' | 'designLhs' | 'designSobol' | 'designGrid';
}[] = [
  { value: 'random', key: 'designRandom' },
  { value: 'lhs', key: 'designLhs' },
  { value: 'sobol', key: 'designSobol' },
  { value: 'grid', key: 'designGrid' },
];

/** Initial design, budget and seed: changing any of them starts the study over. */
export function DesignPanel() {
  const t = useMessages();
  const id = useId();
  const s = useStore((st) => st.settings);
  const { setInitDesign, setInitPoints, setIterations, setSeed } = useStore.getState();
  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.sectionBudget}</h2>
      <SelectField
        label={t.initDesignLabel}
        value={s.initDesign}
        options={DESIGNS.map((d) => ({ value: d.value, label: t[d.key] }))}
        onChange={setInitDesign}
      />
      <div className="field-row three">
        <NumberField
          label={t.initPointsLabel}
          value={s.initPoints}
          min={BUDGET_LIMITS.initPoints[0]}
          max={BUDGET_LIMITS.initPoints[1]}
          step={1}
          integer
          onCommit={setInitPoints}
        />
        <NumberField
          label={t.iterationsLabel}
          value={s.iterations}
          min={BUDGET_LIMITS.iterations[0]}
          max={BUDGET_LIMITS.iterations[1]}
          step={1}
          integer
          onCommit={setIterations}
        />
        <NumberField
          label={t.seedLabel}
          value={s.seed}
          min={0}
          max={2 ** 31 - 1}
          step={1}
          integer
          onCommit={setSeed}
        />
      </div>
    </section>
  );
}
