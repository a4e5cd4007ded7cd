/** Text for the network screen: durations as Keras Tuner prints them, hyperparameter values. */
import { fillTemplate, formatNumber } from '../../plots/format.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { HP_SPECS, naturalValue, OPTIMIZERS, type HpId, type OptimizerId } from '../hyperparams.ts';

/** "00:01:07" (hours:minutes:seconds), the format of Keras Tuner's "Trial 24 complete [00:00:22]". */
export function hms(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** "1.24 s" or "840 ms": a trial's time, precise enough to compare trials. */
export function shortDuration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export const HP_LABEL: Readonly<Record<HpId, MessageKey>> = {
  lr: 'netHpLr',
  wd: 'netHpWd',
  units: 'netHpUnits',
  layers: 'netHpLayers',
  dropout: 'netHpDropout',
  batch: 'netHpBatch',
  optimizer: 'netHpOptimizer',
  momentum: 'netHpMomentum',
  epochs: 'netHpEpochs',
};

export const HP_AXIS: Readonly<Record<HpId, MessageKey>> = {
  lr: 'netAxisLr',
  wd: 'netAxisWd',
  units: 'netAxisUnits',
  layers: 'netAxisLayers',
  dropout: 'netAxisDropout',
  batch: 'netAxisBatch',
  optimizer: 'netAxisOptimizer',
  momentum: 'netAxisMomentum',
  epochs: 'netAxisEpochs',
};

export const OPTIMIZER_LABEL: Readonly<Record<OptimizerId, MessageKey>> = {
  sgd: 'netOptSgd',
  momentum: 'netOptMomentum',
  adam: 'netOptAdam',
};

/**
 * A failed trial's reason in the UI's language. The trainer words it in English (the search log
 * keeps Keras Tuner's English); the table translates the reasons it knows and shows others as given.
 */
export function trialErrorText(error: string, t: Readonly<Record<MessageKey, string>>): string {
  const nonFinite = /^non-finite loss at epoch (\d+)$/.exec(error);
  if (nonFinite) return fillTemplate(t.netErrNonFinite, { epoch: nonFinite[1] ?? '' });
  const exploded = /^loss exploded at epoch (\d+) \((\S+) > (\S+)\)$/.exec(error);
  if (exploded) {
    const [, epoch = '', loss = '', limit = ''] = exploded;
    return fillTemplate(t.netErrExploded, { epoch, loss, limit });
  }
  return error;
}

/** A hyperparameter's value as the trainer uses it, from its search-units value. */
export function formatHp(
  id: HpId,
  searchValue: number,
  t: Readonly<Record<MessageKey, string>>,
): string {
  const v = naturalValue(id, searchValue);
  switch (HP_SPECS[id].kind) {
    case 'categorical':
      return t[OPTIMIZER_LABEL[OPTIMIZERS[v] ?? 'momentum']];
    case 'integer':
    case 'log2int':
      return String(v);
    case 'oneMinusLog10':
      return formatNumber(v, 4);
    default:
      return formatNumber(v, 3);
  }
}
