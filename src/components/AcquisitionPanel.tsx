import { useId } from 'react';
import { useMessages } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { AcquisitionType } from '../store/settings.ts';
import { useStore } from '../store/store.ts';
import { Checkbox, SelectField } from './SelectField.tsx';
import { Slider } from './Slider.tsx';

/** Full and short names of each acquisition, in menu order. */
export const ACQUISITIONS: readonly {
  readonly type: AcquisitionType;
  readonly name: MessageKey;
  readonly short: MessageKey;
}[] = [
  { type: 'ei', name: 'acqEi', short: 'acqShortEi' },
  { type: 'pi', name: 'acqPi', short: 'acqShortPi' },
  { type: 'ucb', name: 'acqUcb', short: 'acqShortUcb' },
  { type: 'thompson', name: 'acqThompson', short: 'acqShortThompson' },
];

/** Acquisition choice, its parameter (ξ or κ, live while dragging) and the compare-all switch. */
export function AcquisitionPanel() {
  const t = useMessages();
  const id = useId();
  const acquisition = useStore((s) => s.settings.acquisition);
  const xi = useStore((s) => s.settings.xi);
  const kappa = useStore((s) => s.settings.kappa);
  const compareAll = useStore((s) => s.compareAll);
  // The side-by-side comparison is drawn with 1D curves; the 2D screen has no room for four maps.
  const oneD = useStore((s) => s.objective.dims.length === 1);
  const { setAcquisition, setXi, setKappa, setCompareAll } = useStore.getState();

  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.sectionAcquisition}</h2>
      <SelectField
        label={t.acquisitionLabel}
        value={acquisition}
        options={ACQUISITIONS.map((a) => ({ value: a.type, label: t[a.name] }))}
        onChange={setAcquisition}
      />
      {(acquisition === 'ei' || acquisition === 'pi') && (
        <Slider label={t.xiLabel} value={xi} min={0} max={0.5} step={0.005} onChange={setXi} />
      )}
      {acquisition === 'ucb' && (
        <Slider
          label={t.kappaLabel}
          value={kappa}
          min={0}
          max={5}
          step={0.01}
          onChange={setKappa}
        />
      )}
      {oneD && <Checkbox label={t.compareAll} checked={compareAll} onChange={setCompareAll} />}
    </section>
  );
}
