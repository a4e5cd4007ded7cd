/**
 * The app's services: objects with a lifetime (the surface service: its workers and WebGL state;
 * the analysis-job queue: its worker; the network study: its training worker), made once at
 * startup and owned by the shell, so no module keeps them and tests make their own instead of
 * resetting a shared one. The surface service and the network study reach the views by context;
 * the analysis queue through the store, because Step, an action outside React, waits on it.
 */
import type { ReactNode } from 'react';
import { SurfaceServiceContext } from '../playground/surfaceServiceContext.ts';
import { createLazySurfaceService } from '../gpu/lazySurfaceService.ts';
import type { SurfaceService } from '../gpu/surfaceService.ts';
import { createAnalysisJobs, type AnalysisJobs } from '../store/analysisJobs.ts';
import { NetworkStudyContext } from '../nn/ui/networkStudyContext.ts';
import { browserNetworkStudy } from '../nn/ui/networkStudyLoader.ts';
import type { NetworkStudy } from '../nn/ui/studyHolder.ts';

/** A service made on first use: the network study reads storage and starts a worker. */
export interface Lazy<T> {
  get(): T;
  dispose(): void;
}

export function lazyService<T extends { dispose(): void }>(make: () => T): Lazy<T> {
  let made: T | null = null;
  return {
    get: () => (made ??= make()),
    dispose() {
      made?.dispose();
      made = null;
    },
  };
}

export interface Services {
  readonly surfaces: SurfaceService;
  readonly analysis: AnalysisJobs;
  /** Outlives the network screen: a study keeps training while another section is shown. */
  readonly network: Lazy<NetworkStudy>;
}

/** Makes the services; nothing starts (no worker, no tfjs) until a view first needs it. */
export function createServices(network: () => NetworkStudy = browserNetworkStudy): Services {
  return {
    surfaces: createLazySurfaceService(),
    analysis: createAnalysisJobs(),
    network: lazyService(network),
  };
}

/** Stops what the services started (workers) and cancels their jobs. */
export function disposeServices(services: Services): void {
  services.surfaces.dispose();
  services.analysis.dispose();
  services.network.dispose();
}

/** Gives the views below the services the shell owns. */
export function ServicesProvider(props: {
  readonly services: Services;
  readonly children: ReactNode;
}): ReactNode {
  return (
    <SurfaceServiceContext.Provider value={props.services.surfaces}>
      <NetworkStudyContext.Provider value={props.services.network.get}>
        {props.children}
      </NetworkStudyContext.Provider>
    </SurfaceServiceContext.Provider>
  );
}
