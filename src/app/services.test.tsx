// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSurfaceService } from '../components/useSurfaces.ts';
import { createSurfaceService } from '../gpu/surfaceService.ts';
import { createAnalysisJobs } from '../store/analysisJobs.ts';
import { initialAppState, useStore } from '../store/store.ts';
import { inProcessAnalysisPort } from '../workers/analysisPort.ts';
import { AppShell } from './AppShell.tsx';
import { disposeServices, type Services } from './services.tsx';
import { shellPolicy } from './shellPolicy.ts';
import { startServices } from './startup.ts';

let services: Services;

beforeEach(() => {
  useStore.setState(initialAppState, true);
  services = {
    surfaces: createSurfaceService(),
    analysis: createAnalysisJobs(inProcessAnalysisPort),
  };
});
afterEach(() => {
  cleanup();
  disposeServices(services);
});

/** Says whether the surface service it reaches is the one the test made. */
function WhichSurfaces() {
  return <p>{useSurfaceService() === services.surfaces ? 'owned' : 'other'}</p>;
}

describe('the services the shell owns', () => {
  it('startup hands the analysis queue to the store, where Step and the screens reach it', () => {
    expect(useStore.getState().analysisJobs).toBeNull();
    expect(startServices(services)).toBe(services);
    expect(useStore.getState().analysisJobs).toBe(services.analysis);
  });

  it('the shell provides its surface service to the views below it', () => {
    render(
      <AppShell policy={shellPolicy('normal', 'lab')} services={services}>
        <WhichSurfaces />
      </AppShell>,
    );
    expect(screen.getByText('owned')).toBeTruthy();
  });
});
