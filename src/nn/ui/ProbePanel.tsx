import { useState } from 'react';
import { NumberField } from '../../widgets/NumberField.tsx';
import { fill } from '../../widgets/format.ts';
import { useMessages } from '../../i18n/locale.ts';
import { HP_SPECS, isDiscrete } from '../hyperparams.ts';
import { searchDims, type NetStudySettings } from '../study/settings.ts';
import { formatHp, HP_LABEL } from './format.ts';
import { TitledSection } from '../../widgets/TitledSection.tsx';

/**
 * Train a point of one's own next (search units, within the searched box): the way to force, say,
 * a learning rate of 10^1 and watch the trial diverge without stopping the study.
 */
export function ProbePanel({
  settings,
  queued,
  enabled,
  onQueue,
}: {
  settings: NetStudySettings;
  queued: number;
  enabled: boolean;
  onQueue: (x: readonly number[]) => void;
}) {
  const t = useMessages();
  const dims = searchDims(settings, (id) => id);
  const [values, setValues] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const valueOf = (id: string, k: number) =>
    values[id] ?? ((dims[k]?.min ?? 0) + (dims[k]?.max ?? 0)) / 2;

  const submit = () => {
    const x: number[] = [];
    for (const [k, id] of settings.searched.entries()) {
      const v = valueOf(id, k);
      const [lo, hi] = settings.ranges[id];
      const pad = isDiscrete(HP_SPECS[id].kind) ? 0.5 : 0;
      if (!(v >= lo - pad && v <= hi + pad)) {
        setError(fill(t.netProbeOutside, { hp: t[HP_LABEL[id]], lo, hi }));
        return;
      }
      x.push(v);
    }
    setError(null);
    onQueue(x);
  };

  return (
    <TitledSection
      className="panel-section"
      titleClassName="panel-title"
      titleId="net-probe-title"
      title={t.netSectionProbe}
    >
      <p className="hint">{t.netProbeHint}</p>
      {settings.searched.map((id, k) => (
        <div key={id} className="net-fixed">
          <NumberField
            label={fill(t.netProbeField, { hp: t[HP_LABEL[id]] })}
            value={valueOf(id, k)}
            step={HP_SPECS[id].step}
            onCommit={(v) => setValues((s) => ({ ...s, [id]: v }))}
          />
          <span className="hint net-hp-note">= {formatHp(id, valueOf(id, k), t)}</span>
        </div>
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" onClick={submit} disabled={!enabled}>
        {t.netProbeButton}
      </button>
      {queued > 0 && <p className="hint">{fill(t.netProbeQueued, { n: queued })}</p>}
    </TitledSection>
  );
}
