import type { MessageKey } from '../i18n/messages.ts';
import type { FigureId } from '../store/viewMode.ts';

/** Each figure's name in the UI. */
export const FIGURE_LABEL: Readonly<Record<FigureId, MessageKey>> = {
  objective: 'presFigObjective',
  acquisition: 'presFigAcquisition',
  convergence: 'presFigConvergence',
  mean: 'presFigMean',
  std: 'presFigStd',
  acq: 'presFigAcq',
};
