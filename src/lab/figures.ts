import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/messages.ts';

/** One figure of the lab: its id (the URL's #/lab/<id>), its title, and its code, loaded on demand. */
export interface LabFigure {
  readonly id: string;
  readonly title: MessageKey;
  /** Imports the figure's module; the lab screen loads it lazily, with Retry if it fails. */
  readonly load: () => Promise<{ readonly default: ComponentType }>;
}

/** The figures in the order the lab lists them (the order a lecture tells the story). */
export const FIGURES: readonly LabFigure[] = [
  {
    id: 'coverage',
    title: 'labFigCoverage',
    load: () => import('./gridrandom/CoverageFigure.tsx'),
  },
  {
    id: 'trials',
    title: 'labFigTrials',
    load: () => import('./trials/TrialsFigure.tsx'),
  },
  {
    id: 'log-scale',
    title: 'labFigLogScale',
    load: () => import('./logscale/LogScaleFigure.tsx'),
  },
  {
    id: 'coarse-to-fine',
    title: 'labFigCoarseToFine',
    load: () => import('./coarse/CoarseToFineFigure.tsx'),
  },
  { id: 'race', title: 'labFigRace', load: () => import('./race/RaceFigure.tsx') },
  {
    id: 'hyperband',
    title: 'labFigHyperband',
    load: () => import('./hyperband/HyperbandFigure.tsx'),
  },
  {
    id: 'parallel',
    title: 'labFigParallel',
    load: () => import('./parallel/ParallelFigure.tsx'),
  },
];

/** The figure a route names; the first for an empty or unknown id. */
export function figureFor(id: string): LabFigure {
  return FIGURES.find((f) => f.id === id) ?? (FIGURES[0] as LabFigure);
}
