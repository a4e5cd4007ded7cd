import './modelPanel.css';
import { useMessages } from '../i18n/locale.ts';
import { NEAR_DUPLICATE } from '../bo/modelPreset.ts';
import { STUDY_SETTINGS as S, type KernelType, type ModelPreset } from '../bo/settingsSchema.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { GPModel } from '../math/types.ts';
import type { Dim } from '../objectives/types.ts';
import { fill, formatNumber } from '../widgets/format.ts';
import { Checkbox, SelectField } from '../widgets/SelectField.tsx';
import { Slider } from '../widgets/Slider.tsx';
import { labelledOptions, sliderRange } from '../widgets/settingControls.ts';
import { TitledSection } from '../widgets/TitledSection.tsx';
import { useStore } from '../store/store.ts';

/** Menu order: roughest to smoothest. */
const KERNEL_LABELS = {
  rbf: 'kernelRbf',
  matern12: 'kernelMatern12',
  matern32: 'kernelMatern32',
  matern52: 'kernelMatern52',
} as const satisfies Record<KernelType, MessageKey>;

const PRESET_LABELS = {
  default: 'modelPresetDefault',
  bayes_opt: 'modelPresetBayesOpt',
} as const satisfies Record<ModelPreset, MessageKey>;

/** What the preset changes, in one line, and how its fit is called. */
const PRESET_TEXT = {
  default: { hint: 'modelPresetDefaultHint', fit: 'fitKernelMap' },
  bayes_opt: { hint: 'modelPresetBayesOptHint', fit: 'fitKernel' },
} as const satisfies Record<ModelPreset, { hint: MessageKey; fit: MessageKey }>;

/**
 * One number standing for the fitted length scale(s): the value itself, or the geometric mean of
 * the per-dimension ones (ARD), where hand-tuning one shared ℓ starts from.
 */
function lengthScaleOf(model: GPModel): number {
  const l = model.kernel.lengthScale;
  if (typeof l === 'number') return l;
  if (l.length === 0) return NaN;
  return Math.exp(l.reduce((a, v) => a + Math.log(v), 0) / l.length);
}

interface ModelPanelProps {
  /** The GP drawn now (null before the first successful evaluation). */
  readonly model: GPModel | null;
  /** The objective's dimensions: ARD is offered from two on, and names each fitted ℓ. */
  readonly dims: readonly Dim[];
}

/** Kernel choice, and either its fitted hyperparameters or sliders to set them by hand. */
export function ModelPanel({ model, dims }: ModelPanelProps) {
  const t = useMessages();
  const kernelType = useStore((s) => s.settings.kernelType);
  const fit = useStore((s) => s.settings.fitKernel);
  const lengthScale = useStore((s) => s.settings.lengthScale);
  const variance = useStore((s) => s.settings.variance);
  const ard = useStore((s) => s.settings.ard);
  const preset = useStore((s) => s.settings.model);
  const { setModel, setKernelType, setFitKernel, setLengthScale, setVariance, setArd } =
    useStore.getState();
  // The default preset always fits one ℓ per dimension; the switch is bayes_opt's and hand-set ℓ's.
  const ardShown = dims.length >= 2 && (preset === 'bayes_opt' || !fit);
  const fitted = model?.kernel.lengthScale;

  return (
    <TitledSection className="panel-section" title={t.sectionModel}>
      <SelectField
        label={t.modelPresetLabel}
        value={preset}
        options={labelledOptions(PRESET_LABELS, t)}
        onChange={setModel}
      />
      <p className="hint" data-testid="model-preset-hint">
        {fill(t[PRESET_TEXT[preset].hint], { pct: formatNumber(100 * NEAR_DUPLICATE, 2) })}
      </p>
      <SelectField
        label={t.kernelLabel}
        value={kernelType}
        options={labelledOptions(KERNEL_LABELS, t)}
        onChange={setKernelType}
      />
      {ardShown && <Checkbox label={t.ardLabel} hint={t.ardHint} checked={ard} onChange={setArd} />}
      <Checkbox
        label={t[PRESET_TEXT[preset].fit]}
        checked={fit}
        onChange={(on) => {
          // Hand-tuning starts from the fitted value, so unticking does not make the curve jump.
          if (!on && model) setLengthScale(clampLs(lengthScaleOf(model)));
          else setFitKernel(on);
        }}
      />
      {fit ? (
        model ? (
          <dl className="readout">
            {Array.isArray(fitted) ? (
              fitted.map((l, k) => (
                <div key={k}>
                  <dt>{fill(t.fittedLengthScaleDim, { name: dims[k]?.name ?? String(k + 1) })}</dt>
                  <dd>{formatNumber(l, 3)}</dd>
                </div>
              ))
            ) : (
              <div>
                <dt>{t.fittedLengthScale}</dt>
                <dd>{formatNumber(lengthScaleOf(model), 3)}</dd>
              </div>
            )}
            <div>
              <dt>{t.logLikelihood}</dt>
              <dd>{formatNumber(model.logMarginalLikelihood, 4)}</dd>
            </div>
            {model.jitter > 0 && (
              <div>
                <dt>{t.jitterUsed}</dt>
                <dd>{formatNumber(model.jitter, 2)}</dd>
              </div>
            )}
          </dl>
        ) : (
          <p className="hint">{t.noModelYet}</p>
        )
      ) : (
        <>
          <Slider
            label={t.lengthScaleLabel}
            value={lengthScale}
            {...sliderRange(S.lengthScale)}
            onChange={setLengthScale}
          />
          <Slider
            label={t.varianceLabel}
            value={variance}
            {...sliderRange(S.variance)}
            onChange={setVariance}
          />
          {model && (
            <dl className="readout">
              <div>
                <dt>{t.logLikelihood}</dt>
                <dd>{formatNumber(model.logMarginalLikelihood, 4)}</dd>
              </div>
            </dl>
          )}
        </>
      )}
    </TitledSection>
  );
}

/** A fitted ℓ placed on the slider's span (a non-finite one starts from the default). */
const clampLs = (l: number) => {
  const { min, max } = sliderRange(S.lengthScale);
  return Number.isFinite(l) ? Math.min(max, Math.max(min, l)) : S.lengthScale.default;
};
