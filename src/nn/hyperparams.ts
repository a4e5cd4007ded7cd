/**
 * The MLP's hyperparameters, how each is searched, and how a point of the search box is decoded
 * into a training configuration.
 *
 * Every hyperparameter has a value in "search units", the units the BO loop and the plots use:
 * the base-10 exponent for log10 ones (learning rate, weight decay, 1 - momentum), the base-2
 * exponent for the batch size, the category's index for the optimizer, the value itself otherwise.
 *
 * Integers and categories are searched as a continuous interval and rounded when decoded, the
 * usual way to put them under a GP (e.g. Garrido-Merchán & Hernández-Lobato 2020 round inside
 * the kernel; we round at evaluation only). The interval of an integer range [lo, hi] is
 * [lo - 0.5, hi + 0.5], so every value, the ends included, owns a bin of the same width; decoding
 * rounds to the nearest integer and clamps to [lo, hi]. The optimizer's categories 0, 1, 2 are
 * treated the same way.
 */
import type { Dim } from '../objectives/types.ts';

export type HpId =
  'lr' | 'wd' | 'units' | 'layers' | 'dropout' | 'batch' | 'optimizer' | 'momentum' | 'epochs';

export type OptimizerId = 'sgd' | 'momentum' | 'adam';
export const OPTIMIZERS: readonly OptimizerId[] = ['sgd', 'momentum', 'adam'];

/** How a hyperparameter's search value maps to what the trainer uses. */
export type HpKind = 'log10' | 'linear' | 'integer' | 'log2int' | 'categorical' | 'oneMinusLog10';

export interface HpSpec {
  readonly id: HpId;
  readonly kind: HpKind;
  /** The widest range a user may set, in search units. */
  readonly limit: readonly [number, number];
  /** The default search range, in search units. */
  readonly range: readonly [number, number];
  /** The default fixed value, in search units. */
  readonly fixed: number;
  /** Step of the range inputs, in search units. */
  readonly step: number;
}

export const HP_IDS: readonly HpId[] = [
  'lr',
  'wd',
  'units',
  'layers',
  'dropout',
  'batch',
  'optimizer',
  'momentum',
  'epochs',
];

export const HP_SPECS: Readonly<Record<HpId, HpSpec>> = {
  lr: { id: 'lr', kind: 'log10', limit: [-7, 2], range: [-5, -1], fixed: -2, step: 0.1 },
  wd: { id: 'wd', kind: 'log10', limit: [-8, 0], range: [-5, -1], fixed: -4, step: 0.1 },
  units: { id: 'units', kind: 'integer', limit: [1, 256], range: [4, 64], fixed: 16, step: 1 },
  layers: { id: 'layers', kind: 'integer', limit: [1, 4], range: [1, 3], fixed: 1, step: 1 },
  dropout: {
    id: 'dropout',
    kind: 'linear',
    limit: [0, 0.9],
    range: [0, 0.5],
    fixed: 0,
    step: 0.05,
  },
  batch: { id: 'batch', kind: 'log2int', limit: [1, 10], range: [3, 8], fixed: 5, step: 1 },
  optimizer: {
    id: 'optimizer',
    kind: 'categorical',
    limit: [0, 2],
    range: [0, 2],
    fixed: 1,
    step: 1,
  },
  // log10(1 - beta): -1 is beta = 0.9, -3 is beta = 0.999.
  momentum: {
    id: 'momentum',
    kind: 'oneMinusLog10',
    limit: [-4, -0.1],
    range: [-3, -0.5],
    fixed: -1,
    step: 0.1,
  },
  epochs: { id: 'epochs', kind: 'integer', limit: [1, 200], range: [2, 30], fixed: 8, step: 1 },
};

/** True for the kinds decoded by rounding (integers, powers of two, categories). */
export function isDiscrete(kind: HpKind): boolean {
  return kind === 'integer' || kind === 'log2int' || kind === 'categorical';
}

/** What the trainer runs with, in natural units. */
export interface TrainConfig {
  readonly lr: number;
  readonly wd: number;
  readonly units: number;
  readonly layers: number;
  readonly dropout: number;
  readonly batchSize: number;
  readonly optimizer: OptimizerId;
  /** Momentum coefficient beta (momentum SGD; Adam's beta1). */
  readonly momentum: number;
  readonly epochs: number;
}

/** A search-units value, rounded/clamped the way the trainer will use it (see module comment). */
export function snap(id: HpId, v: number): number {
  const spec = HP_SPECS[id];
  if (!isDiscrete(spec.kind)) return v;
  const [lo, hi] = spec.limit;
  return Math.min(hi, Math.max(lo, Math.round(v)));
}

/** The value the trainer uses for one hyperparameter, from its search-units value. */
export function naturalValue(id: HpId, v: number): number {
  const s = snap(id, v);
  switch (HP_SPECS[id].kind) {
    case 'log10':
      return 10 ** s;
    case 'oneMinusLog10':
      return 1 - 10 ** s;
    case 'log2int':
      return 2 ** s;
    default:
      return s;
  }
}

/** A natural value typed by a person back into search units (NaN when it has none). */
export function toSearchUnits(id: HpId, natural: number): number {
  switch (HP_SPECS[id].kind) {
    case 'log10':
      return natural > 0 ? Math.log10(natural) : NaN;
    case 'oneMinusLog10':
      return natural < 1 ? Math.log10(1 - natural) : NaN;
    case 'log2int':
      return natural > 0 ? Math.log2(natural) : NaN;
    default:
      return natural;
  }
}

/** The search box of one searched hyperparameter, as the BO loop and the plots see it. */
export function searchDim(id: HpId, range: readonly [number, number], label: string): Dim {
  const kind = HP_SPECS[id].kind;
  const [lo, hi] = range;
  // Discrete ranges widen by half a bin on each side so that both ends are as likely as the rest.
  const pad = isDiscrete(kind) ? 0.5 : 0;
  const scale = kind === 'log10' || kind === 'oneMinusLog10' ? 'log10' : 'linear';
  return { name: id, min: lo - pad, max: hi + pad, scale, label };
}

/**
 * The training configuration at a point x of the search box: searched[k] takes x[k] (snapped),
 * every other hyperparameter its fixed value.
 */
export function decode(
  searched: readonly HpId[],
  x: readonly number[],
  fixed: Readonly<Record<HpId, number>>,
): TrainConfig {
  const v = (id: HpId): number => {
    const k = searched.indexOf(id);
    return naturalValue(id, k >= 0 ? (x[k] as number) : fixed[id]);
  };
  const opt = OPTIMIZERS[v('optimizer')] ?? 'momentum';
  return {
    lr: v('lr'),
    wd: v('wd'),
    units: v('units'),
    layers: v('layers'),
    dropout: v('dropout'),
    batchSize: v('batch'),
    optimizer: opt,
    momentum: v('momentum'),
    epochs: v('epochs'),
  };
}

/** The default fixed values of every hyperparameter, in search units. */
export function defaultFixed(): Record<HpId, number> {
  const out = {} as Record<HpId, number>;
  for (const id of HP_IDS) out[id] = HP_SPECS[id].fixed;
  return out;
}

/** The default search ranges, in search units. */
export function defaultRanges(): Record<HpId, readonly [number, number]> {
  const out = {} as Record<HpId, readonly [number, number]>;
  for (const id of HP_IDS) out[id] = HP_SPECS[id].range;
  return out;
}
