/** Random shared studies for round-trip tests (a test helper, not app code). */
import { ACQUISITION_TYPES, INIT_DESIGNS, KERNEL_TYPES } from '../bo/settingsSchema.ts';
import type { Phase } from '../bo/types.ts';
import type { Rng } from '../math/rng.ts';
import { objectives } from '../objectives/registry.ts';
import type { Dim } from '../objectives/types.ts';
import { DEFAULT_SETTINGS, resolveObjective, type StudySettings } from '../store/settings.ts';
import { CONTROL_IDS } from '../store/shareSlice.ts';
import type { SharedStudy } from './studyState.ts';

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)] as T;

/** A random but valid study: registry or formula objective, settings, observations, view. */
export function randomStudy(rng: Rng): SharedStudy {
  let dims: readonly Dim[];
  let objective: StudySettings['objective'];
  if (rng.next() < 0.5) {
    const o = pick(rng, objectives);
    objective = { kind: 'registry', id: o.id };
    dims = o.dims;
  } else {
    const lr: Dim = { name: 'lr', min: -5 - rng.int(3), max: -1, scale: 'log10' };
    const x: Dim = {
      name: 'x',
      min: -rng.uniform(0, 10),
      max: rng.uniform(0.5, 10),
      scale: 'linear',
    };
    dims = rng.next() < 0.5 ? [x] : [x, lr];
    objective = {
      kind: 'formula',
      source: dims.length === 1 ? 'sin(3 x) + x^2 / 10' : '-(log10(lr) + 2.5)^2 + cos(x)',
      dims,
      goal: rng.next() < 0.5 ? 'maximize' : 'minimize',
    };
  }
  if (typeof resolveObjective(objective) === 'string') throw new Error('bad test objective');
  const settings: StudySettings = {
    ...DEFAULT_SETTINGS,
    objective,
    acquisition: pick(rng, ACQUISITION_TYPES),
    xi: rng.uniform(0, 0.5),
    kappa: rng.uniform(0, 5),
    kernelType: pick(rng, KERNEL_TYPES),
    fitKernel: rng.next() < 0.5,
    lengthScale: 10 ** rng.uniform(-2, 2),
    ard: rng.next() < 0.5,
    variance: 10 ** rng.uniform(-2, 2),
    initDesign: pick(rng, INIT_DESIGNS),
    initPoints: 1 + rng.int(50),
    iterations: rng.int(201),
    noise: rng.next() < 0.5 ? 0 : rng.uniform(0, 1),
    seed: rng.int(2 ** 31),
  };
  const n = rng.int(40);
  const observations = Array.from({ length: n }, () => {
    const y = rng.next();
    return {
      x: dims.map((d) => (rng.next() < 0.1 ? d.min : rng.uniform(d.min, d.max))),
      y:
        y < 0.05
          ? null
          : y < 0.08
            ? Infinity
            : y < 0.1
              ? -Infinity
              : rng.normal() * 10 ** rng.int(6),
      phase: pick(rng, ['init', 'bo', 'manual'] as readonly Phase[]),
    };
  });
  // An app-made study's budget always holds its BO points (a loaded one is raised to); keep the
  // round trips exact by making the random ones the same.
  const bo = observations.filter((o) => o.phase === 'bo').length;
  return {
    settings: bo > settings.iterations ? { ...settings, iterations: bo } : settings,
    observations,
    shown: rng.int(n + 1),
    view: {
      showTruth: rng.next() < 0.5,
      band: pick(rng, ['sigma1', 'ci95'] as const),
      sampleCount: rng.int(6),
      compareAll: rng.next() < 0.5,
      slice: pick(rng, ['off', 'horizontal', 'vertical'] as const),
    },
    hidden: CONTROL_IDS.filter(() => rng.next() < 0.3),
  };
}
