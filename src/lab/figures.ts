import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n/messages.ts';

/** One figure of the lab: its id (the URL's #/lab/<id>), its title, and its code, loaded on demand. */
export interface LabFigure {
  readonly id: string;
  readonly title: MessageKey;
  readonly Component: LazyExoticComponent<ComponentType>;
}

/** The figures in the order the lab lists them (the order a lecture tells the story). */
export const FIGURES: readonly LabFigure[] = [
  {
    id: 'coverage',
    title: 'labFigCoverage',
    Component: lazy(() => import('./gridrandom/CoverageFigure.tsx')),
  },
  {
    id: 'trials',
    title: 'labFigTrials',
    Component: lazy(() => import('./trials/TrialsFigure.tsx')),
  },
  {
    id: 'log-scale',
    title: 'labFigLogScale',
    Component: lazy(() => import('./logscale/LogScaleFigure.tsx')),
  },
  {
    id: 'coarse-to-fine',
    title: 'labFigCoarseToFine',
    Component: lazy(() => import('./coarse/CoarseToFineFigure.tsx')),
  },
  { id: 'race', title: 'labFigRace', Component: lazy(() => import('./race/RaceFigure.tsx')) },
  {
    id: 'hyperband',
    title: 'labFigHyperband',
    Component: lazy(() => import('./hyperband/HyperbandFigure.tsx')),
  },
  {
    id: 'parallel',
    title: 'labFigParallel',
    Component: lazy(() => import('./parallel/ParallelFigure.tsx')),
  },
];

/** The figure a route names; the first for an empty or unknown id. */
export function figureFor(id: string): LabFigure {
  return FIGURES.find((f) => f.id === id) ?? (FIGURES[0] as LabFigure);
}
