/**
 * The page behind gpu-check.html (a second build entry, not part of the app): it exposes
 * `window.__gpu` for the browser tests and the surface-browser benchmark, which compare the WebGL
 * surface with the float64 one and time every backend on the same jobs.
 */
import { fitGP } from '../math/gp.ts';
import { fitGPWithHyperparameters } from '../math/gpFit.ts';
import { createRng } from '../math/rng.ts';
import type { KernelType } from '../math/types.ts';
import { createMainThreadPool, createWorkerPool, type SurfacePool } from './surfacePool.ts';
import { computeSurfaceRows } from './surfaceChunk.ts';
import { createSurfaceService, isSurfaceCancelled, type BackendStatus } from './surfaceService.ts';
import { serializeModel, type SurfaceBackend, type SurfaceJob } from './surfaceTypes.ts';
import { liveTensorCount, probeWebGL, type WebGLProbe } from './webglBackend.ts';
import { computeWebGLSurface } from './webglSurface.ts';

/** A test job: n seeded points in the 2D seed example's box, a smooth target, a GP on them. */
export interface CheckConfig {
  readonly n: number;
  readonly side: number;
  readonly kernel?: KernelType;
  /** Fit the length scale by ML-II (default true); else lengthScale (default 0.8) is used. */
  readonly fit?: boolean;
  readonly lengthScale?: number;
  /** One length scale per dimension (fitted, or lengthScale for both). */
  readonly ard?: boolean;
  readonly seed?: number;
  readonly acquisition?: 'ei' | 'pi' | 'ucb';
  readonly sign?: 1 | -1;
}

/** How far the WebGL surface is from the float64 one, and whether the workers match it exactly. */
export interface Agreement {
  readonly probe: WebGLProbe;
  /** max |webgl - float64| / (max - min of the float64 mean). */
  readonly meanRel: number;
  /** max |webgl - float64| / max float64 std. */
  readonly stdRel: number;
  /** max |webgl - float64| / max |float64 acquisition|. */
  readonly acqRel: number;
  /** Workers' float64 surface equals the main thread's bit for bit. */
  readonly workersExact: boolean;
  readonly workers: number;
  readonly lengthScale: number | readonly number[];
  readonly ms: Readonly<Record<'cpuMain' | 'cpuWorkers' | 'webgl', number>>;
}

/**
 * The backends the benchmark times; 'service-cpu' is the surface service under prefer 'cpu' (it
 * picks the main thread or the workers by the job's size).
 */
export type BenchBackend = 'cpu-main' | 'cpu-workers' | 'service-cpu' | 'webgl';

/** window.__gpu: what the browser tests and the benchmark call. */
export interface GpuCheckApi {
  probe(allowSoftware: boolean): Promise<WebGLProbe>;
  agreement(cfg: CheckConfig): Promise<Agreement>;
  /** Live tensor count after each of `calls` WebGL surfaces, alternating two models. */
  tensorCounts(cfg: CheckConfig, calls: number): Promise<number[]>;
  /** computeSurface with prefer 'cpu': its backend, the notice, and exact agreement with float64. */
  forcedCpu(
    cfg: CheckConfig,
  ): Promise<{ backend: SurfaceBackend; exact: boolean; notice: string | null }>;
  /** Loses the WebGL context, then asks for a WebGL surface: where it ran and what was said. */
  contextLoss(cfg: CheckConfig): Promise<{
    lost: boolean;
    backend: SurfaceBackend;
    exact: boolean;
    status: BackendStatus;
    notice: string | null;
  }>;
  /** computeSurface with prefer 'auto' on a job big enough to want WebGL: where it ran, what was said. */
  auto(
    cfg: CheckConfig,
  ): Promise<{ backend: SurfaceBackend; status: BackendStatus; notice: string | null }>;
  /** Two jobs on one channel: the first must be superseded, the second must arrive. */
  supersede(cfg: CheckConfig): Promise<{ firstCancelled: boolean; secondSide: number }>;
  /**
   * Times full surface updates of each backend (one warm-up each, then `runs` rounds taking every
   * backend in turn, fewer past budgetMs but at least 3). WebGL is left out when it cannot start.
   */
  bench(
    cfg: CheckConfig,
    backends: readonly BenchBackend[],
    runs: number,
    budgetMs: number,
  ): Promise<Partial<Record<BenchBackend, number[]>>>;
}

declare global {
  interface Window {
    __gpu?: GpuCheckApi;
  }
}

/** The 2D seed example's box: log10 learning rate and log10 weight decay. */
const BOUNDS = { lower: [-5, -5], upper: [-1, -1] } as const;

/** The job for a check config (deterministic: seeded data, seeded ML-II restarts). */
export function makeCheckJob(cfg: CheckConfig): SurfaceJob {
  const rng = createRng(cfg.seed ?? 1);
  const { n } = cfg;
  const X = new Float64Array(n * 2);
  for (let i = 0; i < n * 2; i++) X[i] = rng.uniform(-5, -1);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = (X[i * 2] as number) + 3;
    const b = (X[i * 2 + 1] as number) + 3;
    y[i] = 0.9 - 0.1 * (a - 0.4) ** 2 - 0.05 * b * b + 0.05 * Math.sin(3 * a) * Math.cos(2 * b);
  }
  const type = cfg.kernel ?? 'matern52';
  const points = { data: X, n, d: 2 };
  const base = { alpha: 1e-6, normalizeY: true };
  const ls = cfg.lengthScale ?? (cfg.fit === false ? 0.8 : 1);
  const lengthScale = cfg.ard ? [ls, ls] : ls;
  const model =
    cfg.fit === false
      ? fitGP(points, y, { ...base, kernel: { type, lengthScale, variance: 1 } })
      : fitGPWithHyperparameters(points, y, {
          ...base,
          kernel: { type, lengthScale, variance: 1 },
          rng,
        });
  const sign = cfg.sign ?? 1;
  let best = -Infinity;
  for (let i = 0; i < n; i++)
    best = Math.max(best, (model.yNorm[i] as number) * model.yStd + model.yMean);
  const kind = cfg.acquisition ?? 'ei';
  const spec =
    kind === 'ucb' ? ({ type: 'ucb', kappa: 2.576 } as const) : ({ type: kind, xi: 0.01 } as const);
  return {
    model: serializeModel(model),
    spec,
    best,
    sign,
    bounds: BOUNDS,
    side: cfg.side,
    dims: 2,
  };
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs((a[i] as number) - (b[i] as number)));
  return d;
}

function sameValues(a: ArrayLike<number> | null, b: ArrayLike<number> | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function range(a: ArrayLike<number>): { min: number; max: number; absMax: number } {
  let min = Infinity;
  let max = -Infinity;
  let absMax = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i] as number;
    min = Math.min(min, v);
    max = Math.max(max, v);
    absMax = Math.max(absMax, Math.abs(v));
  }
  return { min, max, absMax };
}

/** This page's own surface service (the app's shell owns the app's). */
const surfaces = createSurfaceService();

/** Makes the browser drop tfjs's WebGL context, as a GPU reset would. */
async function loseWebGLContext(): Promise<boolean> {
  const tf = await import('./tfjs.ts');
  const backend = tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } };
  const ext = backend.gpgpu?.gl?.getExtension('WEBGL_lose_context');
  if (!ext) return false;
  ext.loseContext();
  return true;
}

let pool: SurfacePool | null | undefined;
function workers(): SurfacePool {
  pool ??= createWorkerPool() ?? createMainThreadPool();
  return pool;
}

async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

const api: GpuCheckApi = {
  probe: (allowSoftware) => probeWebGL({ allowSoftware }),

  async agreement(cfg) {
    const job = makeCheckJob(cfg);
    const probe = await probeWebGL({ allowSoftware: true });
    const ref = await timeIt(() => computeSurfaceRows(job, 0, job.side));
    const pooled = await timeIt(() => workers().run(job));
    let meanRel = NaN;
    let stdRel = NaN;
    let acqRel = NaN;
    let webglMs = NaN;
    if (probe.ok) {
      await computeWebGLSurface(job); // shader compilation is not part of the comparison
      const gl = await timeIt(() => computeWebGLSurface(job));
      webglMs = gl.ms;
      const m = range(ref.value.mean);
      meanRel = maxAbsDiff(gl.value.mean, ref.value.mean) / (m.max - m.min);
      stdRel = maxAbsDiff(gl.value.std, ref.value.std) / range(ref.value.std).max;
      if (gl.value.acquisition && ref.value.acquisition) {
        acqRel =
          maxAbsDiff(gl.value.acquisition, ref.value.acquisition) /
          range(ref.value.acquisition).absMax;
      }
    }
    return {
      probe,
      meanRel,
      stdRel,
      acqRel,
      workersExact:
        sameValues(pooled.value.mean, ref.value.mean) &&
        sameValues(pooled.value.std, ref.value.std) &&
        sameValues(pooled.value.acquisition, ref.value.acquisition),
      workers: workers().kind === 'cpu-workers' ? workers().size : 0,
      lengthScale: job.model.kernel.lengthScale,
      ms: { cpuMain: ref.ms, cpuWorkers: pooled.ms, webgl: webglMs },
    };
  },

  async tensorCounts(cfg, calls) {
    const jobs = [makeCheckJob(cfg), makeCheckJob({ ...cfg, seed: (cfg.seed ?? 1) + 1 })];
    const counts: number[] = [];
    for (let i = 0; i < calls; i++) {
      await computeWebGLSurface(jobs[i % 2] as SurfaceJob);
      counts.push(liveTensorCount() ?? -1);
    }
    return counts;
  },

  async forcedCpu(cfg) {
    const job = makeCheckJob(cfg);
    const r = await surfaces.compute(job, { prefer: 'cpu' });
    const ref = computeSurfaceRows(job, 0, job.side);
    const exact =
      sameValues(r.mean, ref.mean) &&
      sameValues(r.std, ref.std) &&
      sameValues(r.acquisition, ref.acquisition);
    return { backend: r.backend, exact, notice: surfaces.notice() };
  },

  async contextLoss(cfg) {
    const job = makeCheckJob(cfg);
    await surfaces.compute(job, { prefer: 'webgl' });
    const before = surfaces.activeBackend();
    const lost = before === 'webgl' && (await loseWebGLContext());
    // The browser reports the loss asynchronously.
    await new Promise((ok) => setTimeout(ok, 100));
    const r = await surfaces.compute(job, { prefer: 'webgl' });
    const ref = computeSurfaceRows(job, 0, job.side);
    const exact = sameValues(r.mean, ref.mean) && sameValues(r.std, ref.std);
    return {
      lost,
      backend: r.backend,
      exact,
      status: surfaces.status(),
      notice: surfaces.notice(),
    };
  },

  async auto(cfg) {
    const r = await surfaces.compute(makeCheckJob(cfg), { prefer: 'auto' });
    return { backend: r.backend, status: surfaces.status(), notice: surfaces.notice() };
  },

  async supersede(cfg) {
    const first = surfaces.compute(makeCheckJob(cfg), { prefer: 'cpu', channel: 'check' });
    const second = surfaces.compute(makeCheckJob({ ...cfg, side: cfg.side + 1 }), {
      prefer: 'cpu',
      channel: 'check',
    });
    let firstCancelled = false;
    try {
      await first;
    } catch (err) {
      firstCancelled = isSurfaceCancelled(err);
    }
    return { firstCancelled, secondSide: (await second).side };
  },

  async bench(cfg, backends, runs, budgetMs) {
    const job = makeCheckJob(cfg);
    const once = async (backend: BenchBackend): Promise<void> => {
      switch (backend) {
        case 'cpu-main':
          computeSurfaceRows(job, 0, job.side);
          return;
        case 'cpu-workers':
          await workers().run(job);
          return;
        case 'service-cpu':
          await surfaces.compute(job, { prefer: 'cpu', channel: 'bench' });
          return;
        case 'webgl':
          await computeWebGLSurface(job);
          return;
      }
    };
    const glOk = (await probeWebGL({ allowSoftware: true })).ok;
    const active = backends.filter((b) => b !== 'webgl' || glOk);
    const samples: Partial<Record<BenchBackend, number[]>> = {};
    for (const b of active) {
      samples[b] = [];
      await once(b); // warm-up: JIT, worker start, shader compilation
    }
    // Round-robin, so that a change in machine load shifts every backend alike.
    const start = performance.now();
    for (let r = 0; r < runs && (r < 3 || performance.now() - start < budgetMs); r++) {
      for (const b of active) samples[b]?.push((await timeIt(() => once(b))).ms);
    }
    return samples;
  },
};

window.__gpu = api;
document.body.dataset['ready'] = 'true';
