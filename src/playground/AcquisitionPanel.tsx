import { useMessages } from '../i18n/locale.ts';
import {
  ACQUISITION_PARAM,
  ACQUISITION_TYPES,
  STUDY_SETTINGS as S,
  type AcquisitionType,
} from '../bo/settingsSchema.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { Checkbox, SelectField } from '../widgets/SelectField.tsx';
import { Slider } from '../widgets/Slider.tsx';
import { sliderRange } from '../widgets/settingControls.ts';
import { TitledSection } from '../widgets/TitledSection.tsx';
import { useStore } from '../store/store.ts';

/** Full and short names of each acquisition; a new one does not compile until it has both. */
export const ACQUISITION_NAMES = {
  ei: { name: 'acqEi', short: 'acqShortEi' },
  pi: { name: 'acqPi', short: 'acqShortPi' },
  ucb: { name: 'acqUcb', short: 'acqShortUcb' },
  thompson: { name: 'acqThompson', short: 'acqShortThompson' },
} as const satisfies Record<AcquisitionType, { name: MessageKey; short: MessageKey }>;

/** Each acquisition with its names, in the schema's order (the menu's and the compare grid's). */
export const ACQUISITIONS = ACQUISITION_TYPES.map((type) => ({ type, ...ACQUISITION_NAMES[type] }));

/** Acquisition choice, its parameter (ξ or κ, live while dragging) and the compare-all switch. */
export function AcquisitionPanel() {
  const t = useMessages();
  const acquisition = useStore((s) => s.settings.acquisition);
  const xi = useStore((s) => s.settings.xi);
  const kappa = useStore((s) => s.settings.kappa);
  const compareAll = useStore((s) => s.compareAll);
  // The side-by-side comparison is drawn with 1D curves; the 2D screen has no room for four maps.
  const oneD = useStore((s) => s.objective.dims.length === 1);
  const { setAcquisition, setXi, setKappa, setCompareAll } = useStore.getState();

  return (
    <TitledSection className="panel-section" title={t.sectionAcquisition}>
      <SelectField
        label={t.acquisitionLabel}
        value={acquisition}
        options={ACQUISITIONS.map((a) => ({ value: a.type, label: t[a.name] }))}
        onChange={setAcquisition}
      />
      {ACQUISITION_PARAM[acquisition] === 'xi' && (
        <Slider label={t.xiLabel} value={xi} {...sliderRange(S.xi)} onChange={setXi} />
      )}
      {ACQUISITION_PARAM[acquisition] === 'kappa' && (
        <Slider label={t.kappaLabel} value={kappa} {...sliderRange(S.kappa)} onChange={setKappa} />
      )}
      {oneD && <Checkbox label={t.compareAll} checked={compareAll} onChange={setCompareAll} />}
    </TitledSection>
  );
}
