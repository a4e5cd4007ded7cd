import { useContext, useEffect, useMemo, useState } from 'react';
import type { Analysis } from '../bo/analysis.ts';
import { goalSign, modelData } from '../bo/modelData.ts';
import type { LoopState } from '../bo/types.ts';
import {
  createSurfaceService,
  isSurfaceCancelled,
  type BackendNoticeReason,
  type SurfaceService,
} from '../gpu/surfaceService.ts';
import type { SurfaceBackend, SurfaceJob } from '../gpu/surfaceTypes.ts';
import type { PointSet } from '../math/types.ts';
import { SurfaceServiceContext } from './surfaceServiceContext.ts';

type Surface = Float64Array | Float32Array;

/** The surfaces the heatmaps draw: side x side values, x fastest. */
export interface Surfaces {
  readonly side: number;
  readonly mean: Surface | null;
  readonly std: Surface | null;
  readonly acquisition: Surface | null;
  /** Where they were computed: null for the analysis's own grid (main thread, float64). */
  readonly backend: SurfaceBackend | null;
  /** Why the surfaces are not where they would best be (no WebGL, no workers); null if fine. */
  readonly notice: BackendNoticeReason | null;
}

/** The surface service of the app, provided by the shell (surfaceServiceContext.ts). */
export { SurfaceServiceContext };

let unowned: SurfaceService | null = null;

/**
 * The provided service; a view rendered without the shell (a component test, a page of its own)
 * gets one service for all such views, made on first use.
 */
export function useSurfaceService(): SurfaceService {
  const provided = useContext(SurfaceServiceContext);
  if (provided) return provided;
  unowned ??= createSurfaceService();
  return unowned;
}

/** The side the heatmaps are refined to once the screen is idle. */
export const REFINED_SIDE = 128;
/** How long a state must stay on screen before its refinement starts (Play, scrubbing). */
const IDLE_MS = 150;

/**
 * The heatmaps' surfaces. First the analysis's own 64 x 64 grid: computed with the decision
 * anyway (the grid is among the acquisition search's candidates, so the marked next point is
 * never below the plotted maximum), hence drawn at once, with no coarser pass needed before it.
 * Once the state has rested, a 128 x 128 refinement is computed off the main thread by the
 * surface service (float64 CPU workers, or WebGL for large jobs) and replaces it. A newer state
 * cancels an unfinished refinement; a refinement that fails leaves the 64 x 64 surfaces up.
 */
export function useSurfaces(state: LoopState, analysis: Analysis, grid: PointSet): Surfaces {
  const service = useSurfaceService();
  const [refined, setRefined] = useState<{ for: Analysis; surfaces: Surfaces } | null>(null);

  useEffect(() => {
    const job = refinementJob(state, analysis);
    if (!job) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      service
        .compute(job, { prefer: 'auto', channel: 'heatmaps', signal: controller.signal })
        .then((r) => {
          const { reason } = service.status();
          setRefined({
            for: analysis,
            surfaces: { ...r, backend: r.backend, notice: reason },
          });
        })
        .catch((err: unknown) => {
          // Cancelled by a newer state, or failed: the analysis's grid stays on screen.
          if (!isSurfaceCancelled(err)) setRefined(null);
        });
    }, IDLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [service, state, analysis]);

  // Memoized so that a re-render (every pointer move) does not rescan the surfaces downstream.
  const first = useMemo(
    (): Surfaces => ({
      side: Math.round(Math.sqrt(grid.n)),
      mean: analysis.mean,
      std: analysis.std,
      acquisition: analysis.acquisition,
      backend: null,
      notice: null,
    }),
    [analysis, grid],
  );
  return refined && refined.for === analysis ? refined.surfaces : first;
}

/**
 * The refinement to compute for this analysis, or null: none without a model, and none for
 * Thompson sampling, whose acquisition is a sample path the service does not draw (mean and σ
 * at 128 beside a path at 64 would not line up cell for cell).
 */
function refinementJob(state: LoopState, analysis: Analysis): SurfaceJob | null {
  const { model } = analysis;
  const { config } = state;
  const spec = config.acquisition;
  if (!model || spec.type === 'thompson' || config.bounds.lower.length !== 2) return null;
  const { lower, upper } = config.bounds;
  const best =
    analysis.suggestion.best ?? Math.max(...modelData(state.observations, config.goal, 2).y);
  return {
    model,
    spec,
    best,
    sign: goalSign(config.goal),
    bounds: {
      lower: [lower[0] as number, lower[1] as number],
      upper: [upper[0] as number, upper[1] as number],
    },
    side: REFINED_SIDE,
    dims: 2,
  };
}
