/**
 * The app's surface service, its code (the worker pool, WebGL and tfjs glue) loaded on first use:
 * only 2D studies draw surfaces, and the seed screen is 1D, so the first screen does not carry it.
 * Until a job asks for it, the service says what a fresh one says (nothing computed yet).
 */
import type {
  BackendStatus,
  ComputeSurfaceOptions,
  SurfacePreference,
  SurfaceService,
} from './surfaceService.ts';
import type { SurfaceJob, SurfaceResult } from './surfaceTypes.ts';

type Make = () => Promise<SurfaceService>;

const makeService: Make = () => import('./surfaceService.ts').then((m) => m.createSurfaceService());

const NOTHING_YET: BackendStatus = {
  backend: null,
  reason: null,
  workers: 0,
  renderer: null,
  audit: null,
};

/**
 * A SurfaceService that makes the real one on the first compute or warmUp. A failed load (offline
 * before the app was cached) rejects that job and is forgotten, so the next job tries again.
 */
export function createLazySurfaceService(make: Make = makeService): SurfaceService {
  let service: SurfaceService | null = null;
  let loading: Promise<SurfaceService> | null = null;
  let disposed = false;
  const load = (): Promise<SurfaceService> =>
    (loading ??= make().then(
      (s) => {
        if (disposed) s.dispose();
        return (service = s);
      },
      (e: unknown) => {
        loading = null;
        throw e;
      },
    ));
  return {
    compute: (job: SurfaceJob, opts: ComputeSurfaceOptions): Promise<SurfaceResult> =>
      load().then((s) => s.compute(job, opts)),
    activeBackend: () => service?.activeBackend() ?? null,
    status: () => service?.status() ?? NOTHING_YET,
    notice: () => service?.notice() ?? null,
    warmUp: (prefer: SurfacePreference) =>
      load().then(
        (s) => s.warmUp(prefer),
        () => undefined,
      ),
    dispose() {
      disposed = true;
      service?.dispose();
    },
  };
}
