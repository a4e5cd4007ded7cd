import { NumberField } from '../../widgets/NumberField.tsx';
import { Checkbox, SelectField, type Option } from '../../widgets/SelectField.tsx';
import { fill } from '../../widgets/format.ts';
import { useMessages } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { StrategyId } from '../../bo/types.ts';
import { isSynthetic, type DatasetId } from '../data/catalog.ts';
import { MAX_NOISE } from '../data/synthetic.ts';
import { HP_IDS, HP_SPECS, isDiscrete, OPTIMIZERS, type HpId } from '../hyperparams.ts';
import type { SplitData } from '../data/types.ts';
import { memo } from 'react';
import { DATA_SEED, VAL_FRACTION, type Metric, type NetStudySettings } from '../study/settings.ts';
import { BACKEND_CHOICES, type BackendChoice } from '../worker/protocol.ts';
import { formatHp, HP_LABEL, OPTIMIZER_LABEL } from './format.ts';

type Messages = Readonly<Record<MessageKey, string>>;

const DATASETS: readonly { id: DatasetId; key: MessageKey }[] = [
  { id: 'digits', key: 'netDsDigits' },
  { id: 'breast-cancer', key: 'netDsBreastCancer' },
  { id: 'wine', key: 'netDsWine' },
  { id: 'spirals', key: 'netDsSpirals' },
  { id: 'circles', key: 'netDsCircles' },
  { id: 'xor', key: 'netDsXor' },
  { id: 'moons', key: 'netDsMoons' },
  { id: 'blobs', key: 'netDsBlobs' },
];

const CREDIT: Record<DatasetId, MessageKey> = {
  digits: 'netCreditDigits',
  'breast-cancer': 'netCreditBreastCancer',
  wine: 'netCreditWine',
  spirals: 'netCreditSynthetic',
  circles: 'netCreditSynthetic',
  xor: 'netCreditSynthetic',
  moons: 'netCreditSynthetic',
  blobs: 'netCreditSynthetic',
};

const BACKEND_KEY: Record<BackendChoice, MessageKey> = {
  auto: 'netBackendAuto',
  cpu: 'netBackendCpu',
  wasm: 'netBackendWasm',
  webgl: 'netBackendWebgl',
};

interface Props {
  readonly settings: NetStudySettings;
  readonly onChange: (s: NetStudySettings) => void;
  readonly locked: boolean;
  /** The loaded split of this dataset, when a study has loaded it. */
  readonly split: SplitData | null;
}

/** Dataset, search space and budget of the next study; locked while one runs. */
export const SettingsPanel = memo(function SettingsPanel({
  settings,
  onChange,
  locked,
  split,
}: Props) {
  const t = useMessages();
  const set = (patch: Partial<NetStudySettings>) => onChange({ ...settings, ...patch });
  const datasetOptions: Option<DatasetId>[] = DATASETS.map((d) => ({
    value: d.id,
    label: t[d.key],
    group: isSynthetic(d.id) ? t.netGroupSynthetic : t.netGroupReal,
  }));
  const strategies: Option<StrategyId>[] = [
    { value: 'bo', label: t.netStrategyBo },
    { value: 'random', label: t.netStrategyRandom },
    { value: 'grid', label: t.netStrategyGrid },
  ];
  const metrics: Option<Metric>[] = [
    { value: 'val-acc', label: t.netMetricAcc },
    { value: 'val-loss', label: t.netMetricLoss },
  ];

  return (
    <fieldset className="net-settings" disabled={locked}>
      <legend className="visually-hidden">{t.netSettingsLabel}</legend>
      {locked && <p className="hint">{t.netLockedHint}</p>}
      <section className="panel-section" aria-labelledby="net-data-title">
        <h2 id="net-data-title" className="panel-title">
          {t.netSectionData}
        </h2>
        <SelectField
          label={t.netDatasetLabel}
          value={settings.dataset}
          options={datasetOptions}
          onChange={(dataset) => set({ dataset })}
        />
        {isSynthetic(settings.dataset) && (
          <NumberField
            label={t.netNoiseLabel}
            value={settings.noise}
            min={0}
            max={MAX_NOISE}
            step={0.05}
            onCommit={(noise) => set({ noise })}
          />
        )}
        <p className="hint" data-testid="split-summary">
          {split
            ? fill(t.netSplitSummary, {
                train: Math.round((1 - VAL_FRACTION) * 100),
                val: Math.round(VAL_FRACTION * 100),
                seed: DATA_SEED,
                nTrain: split.train.n,
                nVal: split.val.n,
                d: split.train.d,
                k: split.train.classes,
              })
            : fill(t.netSplitPending, { seed: DATA_SEED })}
        </p>
        <p className="hint net-credit">
          <strong>{t.netCredit}:</strong> {t[CREDIT[settings.dataset]]}
        </p>
      </section>

      <section className="panel-section" aria-labelledby="net-space-title">
        <h2 id="net-space-title" className="panel-title">
          {t.netSectionSpace}
        </h2>
        <p className="hint">{t.netSpaceHint}</p>
        {HP_IDS.map((id) => (
          <HpRow key={id} id={id} settings={settings} onChange={onChange} t={t} />
        ))}
      </section>

      <section className="panel-section" aria-labelledby="net-strategy-title">
        <h2 id="net-strategy-title" className="panel-title">
          {t.netSectionStrategy}
        </h2>
        <SelectField
          label={t.netStrategyLabel}
          value={settings.strategy}
          options={strategies}
          onChange={(strategy) => set({ strategy })}
        />
        <div className="field-row">
          <NumberField
            label={t.netInitLabel}
            value={settings.initPoints}
            integer
            min={1}
            max={200}
            step={1}
            onCommit={(initPoints) => set({ initPoints })}
          />
          <NumberField
            label={t.netIterLabel}
            value={settings.iterations}
            integer
            min={0}
            max={200}
            step={1}
            onCommit={(iterations) => set({ iterations })}
          />
        </div>
        <SelectField
          label={t.netMetricLabel}
          value={settings.metric}
          options={metrics}
          onChange={(metric) => set({ metric })}
        />
        <div className="field-row">
          <NumberField
            label={t.netSeedLabel}
            value={settings.seed}
            integer
            min={0}
            step={1}
            onCommit={(seed) => set({ seed })}
          />
          <SelectField
            label={t.netBackendLabel}
            value={settings.backend}
            options={BACKEND_CHOICES.map((b) => ({ value: b, label: t[BACKEND_KEY[b]] }))}
            onChange={(backend) => set({ backend })}
          />
        </div>
      </section>
    </fieldset>
  );
});

function HpRow({
  id,
  settings,
  onChange,
  t,
}: {
  id: HpId;
  settings: NetStudySettings;
  onChange: (s: NetStudySettings) => void;
  t: Messages;
}) {
  const spec = HP_SPECS[id];
  const name = t[HP_LABEL[id]];
  const searched = settings.searched.includes(id);
  const range = settings.ranges[id];
  const [lo, hi] = spec.limit;
  const integer = isDiscrete(spec.kind);
  const toggle = (on: boolean) =>
    onChange({
      ...settings,
      searched: on ? [...settings.searched, id] : settings.searched.filter((h) => h !== id),
    });
  const setRange = (k: 0 | 1, v: number) => {
    const next: [number, number] = [range[0], range[1]];
    next[k] = v;
    onChange({ ...settings, ranges: { ...settings.ranges, [id]: next } });
  };
  const note = (v: number) => formatHp(id, v, t);
  const rangeFields = spec.kind !== 'categorical' && (
    <div className="field-row">
      <NumberField
        label={fill(t.netRangeMin, { hp: name })}
        value={range[0]}
        min={lo}
        max={hi}
        step={spec.step}
        integer={integer}
        onCommit={(v) => setRange(0, v)}
      />
      <NumberField
        label={fill(t.netRangeMax, { hp: name })}
        value={range[1]}
        min={lo}
        max={hi}
        step={spec.step}
        integer={integer}
        onCommit={(v) => setRange(1, v)}
      />
    </div>
  );
  const exponent =
    spec.kind === 'log10' || spec.kind === 'oneMinusLog10' || spec.kind === 'log2int';
  return (
    <div className={`net-hp${searched ? ' is-searched' : ''}`}>
      <Checkbox label={fill(t.netSearchHp, { hp: name })} checked={searched} onChange={toggle} />
      {searched ? (
        <>
          {rangeFields}
          {spec.kind !== 'categorical' && (
            <p className="hint net-hp-note">
              {exponent ? '= ' : ''}
              {note(range[0])} … {note(range[1])}
            </p>
          )}
        </>
      ) : spec.kind === 'categorical' ? (
        <SelectField
          label={fill(t.netFixedHp, { hp: name })}
          value={String(settings.fixed[id])}
          options={OPTIMIZERS.map((o, k) => ({ value: String(k), label: t[OPTIMIZER_LABEL[o]] }))}
          onChange={(v) => onChange({ ...settings, fixed: { ...settings.fixed, [id]: Number(v) } })}
        />
      ) : (
        <div className="net-fixed">
          <NumberField
            label={fill(t.netFixedHp, { hp: name })}
            value={settings.fixed[id]}
            min={lo}
            max={hi}
            step={spec.step}
            integer={integer}
            onCommit={(v) => onChange({ ...settings, fixed: { ...settings.fixed, [id]: v } })}
          />
          {exponent && <span className="hint net-hp-note">= {note(settings.fixed[id])}</span>}
        </div>
      )}
    </div>
  );
}
