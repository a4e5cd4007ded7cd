import './compareGrid.css';
import { useMemo } from 'react';
import type { LoopState } from '../bo/types.ts';
import { useMessages } from '../i18n/locale.ts';
import type { AcquisitionSpec } from '../math/acquisition.ts';
import type { AxisScale } from '../plots/scales.ts';
import { AcquisitionPlot1D } from '../plots/AcquisitionPlot1D.tsx';
import { acquisitionSpec, DEFAULT_SETTINGS, type AcquisitionType } from '../store/settings.ts';
import { useAnalysis } from '../store/useAnalysis.ts';
import { ACQUISITION_NAMES, ACQUISITIONS } from './AcquisitionPanel.tsx';
import { shownAcquisition, shownNextValue } from './acquisitionLabel.ts';
import { fill } from '../widgets/format.ts';
import { Sized } from '../widgets/Sized.tsx';
import { useStore } from '../store/store.ts';

interface CompareGridProps {
  readonly state: LoopState;
  readonly xDomain: readonly [number, number];
  readonly scale: AxisScale;
  readonly grid: Float64Array;
  readonly finished: boolean;
}

/**
 * Small multiples: the four acquisitions computed on the same GP state, each with its argmax. The
 * GP is fitted once (the analysis cache keys the model by observations and kernel), so only the
 * acquisition searches run for the other three choices.
 */
export function CompareGrid(props: CompareGridProps) {
  const t = useMessages();
  const current = useStore((s) => s.settings.acquisition);
  return (
    <section className="compare-grid" aria-label={t.compareTitle}>
      {ACQUISITIONS.map((a) => (
        <CompareCell key={a.type} {...props} type={a.type} current={a.type === current} />
      ))}
    </section>
  );
}

function CompareCell({
  state,
  xDomain,
  scale,
  grid,
  finished,
  type,
  current,
}: CompareGridProps & { type: AcquisitionType; current: boolean }) {
  const t = useMessages();
  const xi = useStore((s) => s.settings.xi);
  const kappa = useStore((s) => s.settings.kappa);
  const spec: AcquisitionSpec = useMemo(
    () => acquisitionSpec({ ...DEFAULT_SETTINGS, acquisition: type, xi, kappa }),
    [type, xi, kappa],
  );
  // The state as it would be with this acquisition; the shown one itself when it already is.
  const derived = useMemo(
    (): LoopState =>
      state.config.acquisition.type === type
        ? state
        : { ...state, config: { ...state.config, acquisition: spec } },
    [state, spec, type],
  );
  const { analysis, pending } = useAnalysis(derived);
  const p = analysis.suggestion.proposal;
  const short = ACQUISITION_NAMES[type].short;
  return (
    <Sized className={`plot-box compare-box${current ? ' current' : ''}`}>
      {(size) => (
        <AcquisitionPlot1D
          {...size}
          xDomain={xDomain}
          scale={scale}
          grid={grid}
          {...shownAcquisition(derived.config, analysis.acquisition, t)}
          next={
            finished || pending
              ? null
              : { x: p.x[0] as number, value: shownNextValue(derived.config, p.acquisitionValue) }
          }
          compact
          ariaLabel={fill(t.comparePlotLabel, { name: t[short] })}
        />
      )}
    </Sized>
  );
}
