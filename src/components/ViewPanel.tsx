import { useId } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { useStore } from '../store/store.ts';
import { Checkbox, SelectField } from './SelectField.tsx';
import { Slider } from './Slider.tsx';

/**
 * What the plots show: the true function (hide it for the black-box game; contour lines on the 2D
 * heatmaps), the band, sample paths (1D only: a 2D path would need a map of its own).
 */
export function ViewPanel() {
  const t = useMessages();
  const id = useId();
  const showTruth = useStore((s) => s.showTruth);
  const band = useStore((s) => s.band);
  const sampleCount = useStore((s) => s.sampleCount);
  const { setShowTruth, setBand, setSampleCount } = useStore.getState();
  const twoD = useStore((s) => s.objective.dims.length === 2);
  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.sectionView}</h2>
      <Checkbox
        label={twoD ? t.showContours : t.showTruth}
        hint={t.showTruthHint}
        checked={showTruth}
        onChange={setShowTruth}
      />
      <SelectField
        label={t.bandLabel}
        value={band}
        options={[
          { value: 'sigma1', label: t.bandSigma1 },
          { value: 'ci95', label: t.bandCi95 },
        ]}
        onChange={setBand}
      />
      {!twoD && (
        <Slider
          label={t.samplesLabel}
          value={sampleCount}
          min={0}
          max={5}
          step={1}
          onChange={setSampleCount}
        />
      )}
    </section>
  );
}
