/**
 * The app's services: objects with a lifetime (the surface service: its workers, its WebGL state),
 * made once by the shell and handed down by context, so no module keeps them and tests make their
 * own instead of resetting a shared one.
 */
import type { ReactNode } from 'react';
import { SurfaceServiceContext } from '../components/useSurfaces.ts';
import { createSurfaceService, type SurfaceService } from '../gpu/surfaceService.ts';

export interface Services {
  readonly surfaces: SurfaceService;
}

/** Makes the services; nothing starts (no worker, no tfjs) until a view first needs it. */
export function createServices(): Services {
  return { surfaces: createSurfaceService() };
}

/** Stops what the services started (workers) and cancels their jobs. */
export function disposeServices(services: Services): void {
  services.surfaces.dispose();
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
