/**
 * One entry for drawing 2D posterior surfaces: a SurfaceService's compute picks WebGL (float32,
 * tfjs) or the float64 CPU workers, falls back to the CPU when WebGL is missing, software-only or
 * lost (and says so through notice), and drops stale results: a newer job on the same channel
 * supersedes the older one, whose promise rejects with SurfaceCancelledError (isSurfaceCancelled).
 * A service is an object with a lifetime: the app's shell makes one (app/services.tsx), each test
 * its own, so no state outlives its owner and tests need no reset hooks.
 *
 * The UI draws coarse first: for (const side of progressiveSides(128)) await service.compute(...).
 */
import {
  createMainThreadPool,
  createWorkerPool,
  defaultPoolSize,
  isSurfaceCancelled,
  SurfaceCancelledError,
  SurfacePoolError,
  surfaceWork,
  type SurfacePool,
} from './surfacePool.ts';
import { auditSurface, type PrecisionReport } from './precisionCheck.ts';
import type { SurfaceBackend, SurfaceJob, SurfaceResult } from './surfaceTypes.ts';
import {
  probeWebGL,
  webglLost,
  webglPossible,
  WebGLUnavailableError,
  type WebGLProbe,
  type WebGLUnavailableReason,
} from './webglBackend.ts';
import { computeWebGLSurface } from './webglSurface.ts';

/**
 * What the service needs of WebGL. The page's tfjs WebGL backend is one per page (webglSurface.ts);
 * a test injects a fake one (a lost context, a software-only renderer) instead.
 */
export interface WebGLDriver {
  /** Whether a WebGL canvas could exist at all. */
  readonly possible: () => boolean;
  /** True once the context was lost (then the surfaces stay on the CPU). */
  readonly lost: () => boolean;
  readonly probe: (opts: { allowSoftware: boolean }) => Promise<WebGLProbe>;
  /** Rejects with WebGLUnavailableError when WebGL fails under the job. */
  readonly compute: (job: SurfaceJob) => Promise<SurfaceResult>;
}

/** The page's WebGL (tfjs, loaded on first use). */
export const pageWebGL: WebGLDriver = {
  possible: webglPossible,
  lost: webglLost,
  probe: probeWebGL,
  compute: computeWebGLSurface,
};

/** Where a service gets its parts; every one has a default, tests replace some. */
export interface SurfaceServiceDeps {
  readonly webgl?: WebGLDriver;
  /** The float64 worker pool, or null where workers cannot start (default createWorkerPool). */
  readonly workerPool?: () => SurfacePool | null;
}

/** Computes surfaces and says where; one per app (the shell's services), one per test. */
export interface SurfaceService {
  /**
   * Computes the surface of a job. Rejects with SurfaceCancelledError when a newer job on the same
   * channel (or opts.signal) cancelled it, and with RangeError on a malformed job.
   */
  compute(job: SurfaceJob, opts: ComputeSurfaceOptions): Promise<SurfaceResult>;
  /** Backend of the last surface computed, null before the first. */
  activeBackend(): SurfaceBackend | null;
  /** Where the surfaces run and why, for a translated notice. */
  status(): BackendStatus;
  /**
   * Null, or one English line saying why surfaces are computed on the CPU, e.g.
   * "WebGL unavailable — computing on the CPU (2 workers)". status() has the parts.
   */
  notice(): string | null;
  /**
   * Starts what `prefer` needs (tfjs and its WebGL context, the workers) before the first surface,
   * so that notice() is known early. Never rejects.
   */
  warmUp(prefer: SurfacePreference): Promise<void>;
  /** Stops the workers and cancels every job; the service must not be used after. */
  dispose(): void;
}

export { isSurfaceCancelled, SurfaceCancelledError };

/**
 * 'auto': WebGL on a hardware GPU for surfaces big enough to gain from it, else the CPU workers.
 * 'webgl': WebGL whenever it starts, software renderers included (tests, benchmarks).
 * 'cpu': float64 on the CPU: the workers, or the main thread for small jobs (MAIN_THREAD_MAX_WORK)
 *   and where workers cannot start.
 */
export type SurfacePreference = 'auto' | 'webgl' | 'cpu';

/** How computeSurface runs a job. */
export interface ComputeSurfaceOptions {
  readonly prefer: SurfacePreference;
  /** Fraction done, 0..1 (the CPU paths report per band; WebGL reports 1 at the end). */
  readonly onProgress?: (fraction: number) => void;
  /** A job supersedes the unfinished job of the same channel (default 'default'). */
  readonly channel?: string;
  readonly signal?: AbortSignal;
}

/** Why the surfaces are not on the backend asked for. */
export type BackendNoticeReason = WebGLUnavailableReason | 'workers-unavailable';

/** Where surfaces are computed and why (the parts of backendNotice, for a translated line). */
export interface BackendStatus {
  /** Backend of the last surface computed (null before the first). */
  readonly backend: SurfaceBackend | null;
  /** Null when nothing needs saying. */
  readonly reason: BackendNoticeReason | null;
  /** CPU workers the last job ran on (0 when it ran on the main thread: small, or no workers). */
  readonly workers: number;
  /** The GPU renderer, once WebGL was started. */
  readonly renderer: string | null;
  /**
   * The last float64 audit of a WebGL surface under 'auto' (null before one). A surface that fails
   * it is redrawn on the CPU without a notice: like small jobs, that is 'auto' choosing, not failing.
   */
  readonly audit: PrecisionReport | null;
}

/**
 * Estimated float64 time on the workers below which 'auto' stays on the CPU: WebGL's upload,
 * dispatch and read-back cost a few milliseconds even on a fast GPU, and float64 is exact.
 */
const AUTO_WEBGL_MIN_CPU_MS = 12;
/**
 * Work (surfaceWork: (0.5·N² + 20·N) multiply-adds per grid cell) up to which a CPU job runs on the
 * main thread even where workers exist: below it, posting the model and collecting the bands costs
 * more than the workers save, and the job is over in a few short bands (about 5 ms in all, no long
 * task). Above it the workers keep the page free even where they only break even. 3e7 is N ≈ 45 at
 * 128², N ≈ 60 at 96², N ≈ 110 at 64² (the progressive passes).
 *
 * bench surface-browser, 2-core machine shared with an e2e run (load 5-12), median ms of four runs:
 *   case        work   cpu-main            2 workers
 *   N=30 100²   10M    2.4 2.3 2.2 2.3     6.4 3.8 6.2 3.3
 *   N=30 128²   17M    3.6 3.8 3.6 3.6     5.5 10.5 7.3 4.6
 *   N=60 128²   49M    7.7 8.1 8.1 7.7     9.6 9.6 10.1 6.7
 *   N=100 128²  115M   19 16 16 15         17 21 24 12
 *   N=150 128²  233M   33 33 32 27         46 41 43 21
 *   N=200 128²  393M   52 53 43 43         60 55 28 32
 *   N=300 200²  2.0G   340 304 207 204     282 238 122 122
 * The workers lose below N = 30 at 128² under any load, and win from about 5e7 when the machine is
 * quieter (the last two runs).
 */
export const MAIN_THREAD_MAX_WORK = 3e7;
/**
 * Under 'auto', a WebGL surface whose audit misses float64 by more than this (std: of its maximum;
 * mean: of its range) is replaced by the CPU's, and the model stays on the CPU.
 */
const AUTO_MAX_STD_REL = 0.02;
const AUTO_MAX_MEAN_REL = 1e-3;

/** A new surface service; nothing starts until the first job or warmUp. */
export function createSurfaceService(deps: SurfaceServiceDeps = {}): SurfaceService {
  const webgl = deps.webgl ?? pageWebGL;
  const makeWorkerPool = deps.workerPool ?? (() => createWorkerPool());
  let workerPool: SurfacePool | null | undefined;
  let mainPool: SurfacePool | null = null;
  let lastBackend: SurfaceBackend | null = null;
  let webglReason: WebGLUnavailableReason | null = null;
  let lastAudit: PrecisionReport | null = null;
  /** Models (by their L) whose float32 surface failed the audit. */
  const imprecise = new WeakSet<Float64Array>();
  let renderer: string | null = null;
  const probes: { strict?: Promise<WebGLProbe>; software?: Promise<WebGLProbe> } = {};
  const channels = new Map<string, AbortController>();
  let disposed = false;

  /** The pool for a job: small jobs (and every job where workers are missing) on the main thread. */
  function cpuPool(job: SurfaceJob | null): SurfacePool {
    if (disposed) throw new SurfacePoolError('the surface service was disposed');
    if (workerPool === undefined) workerPool = makeWorkerPool();
    const small = job !== null && surfaceWork(job) <= MAIN_THREAD_MAX_WORK;
    if (!small && workerPool && !workerPool.broken) return workerPool;
    mainPool ??= createMainThreadPool();
    return mainPool;
  }

  function workerCount(): number {
    const pool = workerPool;
    return pool && !pool.broken ? pool.size : 0;
  }

  function probe(allowSoftware: boolean): Promise<WebGLProbe> {
    const key = allowSoftware ? 'software' : 'strict';
    const p = (probes[key] ??= webgl.probe({ allowSoftware }));
    return p.then((r) => {
      if (r.ok) renderer = r.renderer;
      return r;
    });
  }

  /** Whether this job goes to WebGL; records why not when WebGL was wanted but cannot be had. */
  async function chooseWebGL(job: SurfaceJob, prefer: SurfacePreference): Promise<boolean> {
    if (prefer === 'cpu') {
      webglReason = null;
      return false;
    }
    if (webgl.lost()) {
      webglReason = 'context-lost';
      return false;
    }
    if (!webgl.possible()) {
      webglReason = 'no-webgl';
      return false;
    }
    if (prefer === 'auto') {
      // Start tfjs in the background so that the notice is known early; small jobs do not wait.
      const pending = probe(false);
      if (estimateCpuMs(job) < AUTO_WEBGL_MIN_CPU_MS) {
        void pending.then((r) => {
          if (!r.ok) webglReason = r.reason;
        });
        return false;
      }
    }
    const r = await probe(prefer === 'webgl');
    webglReason = r.ok ? null : r.reason;
    return r.ok;
  }

  async function onCpu(
    job: SurfaceJob,
    signal: AbortSignal,
    opts: ComputeSurfaceOptions,
    t0: number,
  ): Promise<SurfaceResult> {
    const progress = opts.onProgress;
    for (;;) {
      const pool = cpuPool(job);
      try {
        const r = await pool.run(job, { signal, ...(progress ? { onProgress: progress } : {}) });
        return { ...r, side: job.side, backend: pool.kind, ms: performance.now() - t0 };
      } catch (err) {
        // A worker that failed to load: the pool is now broken; go on with the main thread.
        if (err instanceof SurfacePoolError && pool.kind === 'cpu-workers' && !disposed) continue;
        throw err;
      }
    }
  }

  function passesAudit(job: SurfaceJob, r: SurfaceResult): boolean {
    const a = auditSurface(job, r);
    lastAudit = a;
    return a.stdRel <= AUTO_MAX_STD_REL && a.meanRel <= AUTO_MAX_MEAN_REL;
  }

  async function compute(job: SurfaceJob, opts: ComputeSurfaceOptions): Promise<SurfaceResult> {
    const t0 = performance.now();
    const channel = opts.channel ?? 'default';
    channels.get(channel)?.abort();
    const controller = new AbortController();
    channels.set(channel, controller);
    const outer = opts.signal;
    const onOuterAbort = () => controller.abort();
    if (outer?.aborted || disposed) controller.abort();
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    const { signal } = controller;
    const check = () => {
      if (signal.aborted) throw new SurfaceCancelledError();
    };
    try {
      check();
      let result: SurfaceResult | null = null;
      if (await chooseWebGL(job, opts.prefer)) {
        check();
        const audited = opts.prefer === 'auto';
        if (!(audited && imprecise.has(job.model.L))) {
          try {
            const r = await webgl.compute(job);
            if (audited && !passesAudit(job, r)) {
              imprecise.add(job.model.L);
            } else {
              result = r;
              opts.onProgress?.(1);
            }
          } catch (err) {
            if (!(err instanceof WebGLUnavailableError)) throw err;
            webglReason = err.reason;
          }
        }
      }
      check();
      result ??= await onCpu(job, signal, opts, t0);
      check();
      lastBackend = result.backend;
      return { ...result, ms: performance.now() - t0 };
    } finally {
      outer?.removeEventListener('abort', onOuterAbort);
      if (channels.get(channel) === controller) channels.delete(channel);
    }
  }

  function status(): BackendStatus {
    const available = workerCount();
    const reason: BackendNoticeReason | null =
      webglReason ?? (workerPool !== undefined && available === 0 ? 'workers-unavailable' : null);
    // Where the last job ran: a small one on the main thread even with workers at hand.
    const workers = lastBackend === 'cpu-main' ? 0 : available;
    return { backend: lastBackend, reason, workers, renderer, audit: lastAudit };
  }

  return {
    compute,
    activeBackend: () => lastBackend,
    status,
    notice: () => noticeText(status()),
    async warmUp(prefer) {
      if (disposed) return;
      cpuPool(null);
      if (prefer === 'cpu' || !webgl.possible()) return;
      const r = await probe(prefer === 'webgl');
      webglReason = r.ok ? null : r.reason;
    },
    dispose() {
      disposed = true;
      for (const c of channels.values()) c.abort();
      channels.clear();
      workerPool?.terminate();
      mainPool?.terminate();
    },
  };
}

/** Rough float64 milliseconds of the job on the worker pool. */
function estimateCpuMs(job: SurfaceJob): number {
  return (surfaceWork(job) * 0.6e-6) / Math.max(1, defaultPoolSize());
}

const REASON_TEXT: Record<BackendNoticeReason, string> = {
  'no-webgl': 'WebGL unavailable',
  'software-only': 'Only a software WebGL is available',
  'no-float32': 'WebGL cannot compute in float32',
  'context-lost': 'WebGL context lost',
  failed: 'WebGL failed',
  'workers-unavailable': 'Web Workers unavailable',
};

/** The English notice line of a status (null when nothing needs saying). */
export function noticeText(s: BackendStatus): string | null {
  if (!s.reason) return null;
  const where =
    s.workers > 0
      ? `on the CPU (${s.workers} worker${s.workers === 1 ? '' : 's'})`
      : 'on the main thread';
  return `${REASON_TEXT[s.reason]} — computing ${where}`;
}

/**
 * Grid sides for a coarse-to-fine redraw ending at target: halved while above `coarsest`, e.g.
 * 128 -> [32, 64, 128], 200 -> [25, 50, 100, 200], 20 -> [20].
 */
export function progressiveSides(target: number, coarsest = 32): number[] {
  if (!(Number.isInteger(target) && target >= 2)) {
    throw new RangeError(`target side must be an integer >= 2, got ${target}`);
  }
  const sides = [target];
  let s = target;
  while (s > coarsest && Math.round(s / 2) >= 2) {
    s = Math.round(s / 2);
    sides.unshift(s);
  }
  return sides;
}
