// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSurfaceService } from '../playground/useSurfaces.ts';
import { createSurfaceService } from '../gpu/surfaceService.ts';
import { createAnalysisJobs } from '../store/analysisJobs.ts';
import { inProcessAnalysisPort } from '../workers/analysisPort.ts';
import { AppShell } from './AppShell.tsx';
import { disposeServices, lazyService, type Services } from './services.tsx';
import { NetworkStudyContext, useNetworkStudy } from '../nn/ui/networkStudyContext.ts';
import type { NetworkStudy } from '../nn/ui/studyHolder.ts';
import { shellPolicy } from './shellPolicy.ts';
import { startServices } from './startup.ts';
import { resetStore, useStore } from '../store/store.ts';

let services: Services;
let made: number;
let disposed: number;

/** A stand-in network study: what matters here is who makes it, how often, and who ends it. */
function fakeNetworkStudy(): NetworkStudy {
  made++;
  return {
    dispose: () => {
      disposed++;
    },
  } as unknown as NetworkStudy;
}

beforeEach(() => {
  resetStore();
  services = {
    surfaces: createSurfaceService(),
    analysis: createAnalysisJobs(inProcessAnalysisPort),
    network: lazyService(fakeNetworkStudy),
  };
  made = 0;
  disposed = 0;
});
afterEach(() => {
  cleanup();
  if (services) disposeServices(services);
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

  it('the network study is made on first use, kept across screens, and ended with the services', () => {
    function Which() {
      const study = useNetworkStudy();
      return <p>{study === services.network.get() ? 'the one' : 'another'}</p>;
    }
    const { rerender, unmount } = render(
      <AppShell policy={shellPolicy('normal', 'network')} services={services}>
        <Which />
      </AppShell>,
    );
    expect(made).toBe(1);
    rerender(
      <AppShell policy={shellPolicy('normal', 'bo')} services={services}>
        <p>another screen</p>
      </AppShell>,
    );
    rerender(
      <AppShell policy={shellPolicy('normal', 'network')} services={services}>
        <Which />
      </AppShell>,
    );
    expect(screen.getByText('the one')).toBeTruthy();
    expect(made).toBe(1);
    unmount();
    disposeServices(services);
    expect(disposed).toBe(1);
  });

  it('a network screen outside the services says what it needs', () => {
    function Bare() {
      useNetworkStudy();
      return null;
    }
    expect(() =>
      render(
        <NetworkStudyContext.Provider value={null}>
          <Bare />
        </NetworkStudyContext.Provider>,
      ),
    ).toThrow(/app services/);
  });
});
