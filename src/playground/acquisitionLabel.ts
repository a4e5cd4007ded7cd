import type { Messages } from '../i18n/messages.ts';
import { lowestChosen, shownValue, shownValues } from '../bo/acquisitionShown.ts';
import type { AcquisitionSpec } from '../math/acquisition.ts';
import type { Goal } from '../objectives/types.ts';
import { formatNumber } from '../widgets/format.ts';

/**
 * "EI (ξ = 0.01)", "UCB (κ = 2.58)", "Thompson": what an acquisition plot shows. A minimized f
 * shows UCB as its lower confidence bound, "LCB (κ = 2.58)" (bo/acquisitionShown.ts).
 */
export function acquisitionLabel(
  spec: AcquisitionSpec,
  t: Messages,
  goal: Goal = 'maximize',
): string {
  switch (spec.type) {
    case 'ei':
      return `${t.acqShortEi} (ξ = ${formatNumber(spec.xi, 3)})`;
    case 'pi':
      return `${t.acqShortPi} (ξ = ${formatNumber(spec.xi, 3)})`;
    case 'ucb': {
      const name = lowestChosen(spec, goal) ? t.acqShortLcb : t.acqShortUcb;
      return `${name} (κ = ${formatNumber(spec.kappa, 3)})`;
    }
    case 'thompson':
      return t.acqShortThompson;
  }
}

/** What every acquisition plot of a study shows: values, legend and best end, converted together. */
export interface ShownAcquisition<T> {
  readonly values: T | Float64Array | null;
  readonly label: string;
  readonly lowestChosen: boolean;
}

/**
 * An acquisition surface or curve (the decision's units) as the plots show it, with its label:
 * "LCB (κ = 2.58)" in f's units for a minimized f's UCB, for instance (bo/acquisitionShown.ts).
 */
export function shownAcquisition<T extends ArrayLike<number>>(
  config: { readonly acquisition: AcquisitionSpec; readonly goal: Goal },
  values: T | null,
  t: Messages,
): ShownAcquisition<T> {
  const { acquisition: spec, goal } = config;
  return {
    values: shownValues(spec, goal, values),
    label: acquisitionLabel(spec, t, goal),
    lowestChosen: lowestChosen(spec, goal),
  };
}

/** The next point's acquisition value as shown (NaN when the search reported none). */
export function shownNextValue(
  config: { readonly acquisition: AcquisitionSpec; readonly goal: Goal },
  decided: number | undefined,
): number {
  return decided === undefined ? NaN : shownValue(config.acquisition, config.goal, decided);
}
