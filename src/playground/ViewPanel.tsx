import { useMessages } from '../i18n/locale.ts';
import { VIEW_SETTINGS, type Band } from '../bo/settingsSchema.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { Checkbox, SelectField } from '../widgets/SelectField.tsx';
import { Slider } from '../widgets/Slider.tsx';
import { labelledOptions, sliderRange } from '../widgets/settingControls.ts';
import { TitledSection } from '../widgets/TitledSection.tsx';
import { useStore } from '../store/store.ts';

const BAND_LABELS = { sigma1: 'bandSigma1', ci95: 'bandCi95' } as const satisfies Record<
  Band,
  MessageKey
>;

/**
 * What the plots show: the true function (hide it for the black-box game; contour lines on the 2D
 * heatmaps), the band, sample paths (1D only: a 2D path would need a map of its own).
 */
export function ViewPanel() {
  const t = useMessages();
  const showTruth = useStore((s) => s.showTruth);
  const band = useStore((s) => s.band);
  const sampleCount = useStore((s) => s.sampleCount);
  const { setShowTruth, setBand, setSampleCount } = useStore.getState();
  const twoD = useStore((s) => s.objective.dims.length === 2);
  return (
    <TitledSection className="panel-section" title={t.sectionView}>
      <Checkbox
        label={twoD ? t.showContours : t.showTruth}
        hint={t.showTruthHint}
        checked={showTruth}
        onChange={setShowTruth}
      />
      <SelectField
        label={t.bandLabel}
        value={band}
        options={labelledOptions(BAND_LABELS, t)}
        onChange={setBand}
      />
      {!twoD && (
        <Slider
          label={t.samplesLabel}
          value={sampleCount}
          {...sliderRange(VIEW_SETTINGS.sampleCount)}
          onChange={setSampleCount}
        />
      )}
    </TitledSection>
  );
}
