/**
 * The app's services: objects with a lifetime (the surface service: its workers and WebGL state;
 * the analysis-job queue: its worker), made once at startup and owned by the shell, so no module
 * keeps them and tests make their own instead of resetting a shared one. The surface service
 * reaches the views by context; the analysis queue through the store, because Step, an action
 * outside React, waits on it.
 */
import type { ReactNode } from 'react';
import { SurfaceServiceContext } from '../components/useSurfaces.ts';
import { createSurfaceService, type SurfaceService } from '../gpu/surfaceService.ts';
import { createAnalysisJobs, type AnalysisJobs } from '../store/analysisJobs.ts';

export interface Services {
  readonly surfaces: SurfaceService;
  readonly analysis: AnalysisJobs;
}

/** Makes the services; nothing starts (no worker, no tfjs) until a view first needs it. */
export function createServices(): Services {
  return { surfaces: createSurfaceService(), analysis: createAnalysisJobs() };
}

/** Stops what the services started (workers) and cancels their jobs. */
export function disposeServices(services: Services): void {
  services.surfaces.dispose();
  services.analysis.dispose();
}

/** Gives the views below the services the shell owns. */
export function ServicesProvider(props: {
  readonly services: Services;
  readonly children: ReactNode;
}): ReactNode {
  return (
    <SurfaceServiceContext.Provider value={props.services.surfaces}>
      {props.children}
    </SurfaceServiceContext.Provider>
  );
}
