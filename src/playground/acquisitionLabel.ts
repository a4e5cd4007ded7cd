import type { Messages } from '../i18n/messages.ts';
import type { AcquisitionSpec } from '../math/acquisition.ts';
import { formatNumber } from '../widgets/format.ts';

/** "EI (ξ = 0.01)", "UCB (κ = 2.58)", "Thompson": what an acquisition plot shows. */
export function acquisitionLabel(spec: AcquisitionSpec, t: Messages): string {
  switch (spec.type) {
    case 'ei':
      return `${t.acqShortEi} (ξ = ${formatNumber(spec.xi, 3)})`;
    case 'pi':
      return `${t.acqShortPi} (ξ = ${formatNumber(spec.xi, 3)})`;
    case 'ucb':
      return `${t.acqShortUcb} (κ = ${formatNumber(spec.kappa, 3)})`;
    case 'thompson':
      return t.acqShortThompson;
  }
}
