/**
 * The tfjs WebGL backend of the page: loaded on first use, probed once (a software renderer or no
 * float32 render targets count as unavailable), and watched for context loss, after which the
 * surfaces stay on the CPU for the session. Re-exported by webglSurface.ts.
 */
import type * as TF from './tfjs.ts';
import { releaseModelTensors } from './webglModelTensors.ts';

type Tf = typeof TF;

/** Why the WebGL path is not used. */
export type WebGLUnavailableReason =
  'no-webgl' | 'software-only' | 'no-float32' | 'context-lost' | 'failed';

export type WebGLProbe =
  | { readonly ok: true; readonly renderer: string; readonly software: boolean }
  | { readonly ok: false; readonly reason: WebGLUnavailableReason; readonly message: string };

/** The WebGL path cannot run (or stopped running); reason says why. */
export class WebGLUnavailableError extends Error {
  constructor(
    readonly reason: WebGLUnavailableReason,
    message: string,
  ) {
    super(message);
    this.name = 'WebGLUnavailableError';
  }
}

/** The part of tfjs' MathBackendWebGL reached here: its GL context. */
interface WebGLBackendLike {
  readonly gpgpu?: { readonly gl?: WebGLRenderingContext | WebGL2RenderingContext };
}

/** Renderers that are CPU emulations of a GPU. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let tfModule: Promise<Tf> | null = null;
let tfLoaded: Tf | null = null;
let initialized: { renderer: string; software: boolean } | null = null;
let lost = false;
let lastFailure: { reason: WebGLUnavailableReason; message: string } | null = null;

function loadTf(): Promise<Tf> {
  tfModule ??= import('./tfjs.ts').then((m) => {
    tfLoaded = m;
    return m;
  });
  return tfModule;
}

/** True where a WebGL canvas could exist at all (a DOM document or OffscreenCanvas). */
export function webglPossible(): boolean {
  return typeof document !== 'undefined' || typeof OffscreenCanvas !== 'undefined';
}

function glOf(tf: Tf): WebGLRenderingContext | WebGL2RenderingContext | null {
  return (tf.backend() as unknown as WebGLBackendLike).gpgpu?.gl ?? null;
}

function rendererOf(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = ext
    ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)
    : gl.getParameter(gl.RENDERER);
  return typeof name === 'string' ? name : 'unknown';
}

/**
 * Starts tfjs on WebGL (once per page) and says whether surfaces can be drawn with it. A software
 * renderer (SwiftShader, llvmpipe) counts as unavailable unless allowSoftware: there the float64
 * workers are faster. Needs float32 render targets: float16 would wreck the std near the data.
 */
export async function probeWebGL(opts: { allowSoftware: boolean }): Promise<WebGLProbe> {
  if (lost) return { ok: false, reason: 'context-lost', message: 'the WebGL context was lost' };
  if (lastFailure && lastFailure.reason !== 'software-only') return { ok: false, ...lastFailure };
  if (!initialized) {
    if (!webglPossible()) {
      return { ok: false, reason: 'no-webgl', message: 'no canvas in this environment' };
    }
    // A plain context says what renders before tfjs (about 1 MB of script) is loaded for nothing.
    const plain = inspectWebGL();
    if (plain && !plain.available) {
      lastFailure = { reason: 'no-webgl', message: 'this browser gives no WebGL context' };
      return { ok: false, ...lastFailure };
    }
    if (plain?.software && !opts.allowSoftware) {
      return {
        ok: false,
        reason: 'software-only',
        message: `only a software-rendered WebGL is available (${plain.renderer})`,
      };
    }
    let tf: Tf;
    try {
      tf = await loadTf();
    } catch (err) {
      lastFailure = { reason: 'failed', message: `tfjs failed to load: ${String(err)}` };
      return { ok: false, ...lastFailure };
    }
    // tfjs asks for failIfMajorPerformanceCaveat unless told software WebGL is fine; the flag is
    // read when the context is made, so it must be set first.
    tf.env().set('SOFTWARE_WEBGL_ENABLED', opts.allowSoftware);
    let ok: boolean;
    try {
      ok = tf.getBackend() === 'webgl' || (await tf.setBackend('webgl'));
    } catch {
      ok = false;
    }
    const gl = ok ? glOf(tf) : null;
    if (!gl) {
      lastFailure = { reason: 'no-webgl', message: 'WebGL could not be started' };
      return { ok: false, ...lastFailure };
    }
    if (!tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')) {
      lastFailure = { reason: 'no-float32', message: 'WebGL cannot render to float32 textures' };
      return { ok: false, ...lastFailure };
    }
    const renderer = rendererOf(gl);
    initialized = { renderer, software: SOFTWARE_RENDERER.test(renderer) };
    gl.canvas.addEventListener('webglcontextlost', () => markLost());
  }
  if (initialized.software && !opts.allowSoftware) {
    return {
      ok: false,
      reason: 'software-only',
      message: `only a software-rendered WebGL is available (${initialized.renderer})`,
    };
  }
  return { ok: true, ...initialized };
}

/**
 * Whether any WebGL context can be had (software renderers included) and what renders it; null
 * where there is no document to make a canvas in. The context is released at once.
 */
function inspectWebGL(): { available: boolean; renderer: string; software: boolean } | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return { available: false, renderer: '', software: false };
  const renderer = rendererOf(gl);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { available: true, renderer, software: SOFTWARE_RENDERER.test(renderer) };
}

function markLost(): void {
  lost = true;
  releaseModelTensors();
}

/** True once the WebGL context was lost; the surfaces then stay on the CPU for the session. */
export function webglLost(): boolean {
  return lost;
}

/** Live tfjs tensors (null before tfjs is loaded): the same after every surface. */
export function liveTensorCount(): number | null {
  return tfLoaded ? tfLoaded.memory().numTensors : null;
}

/**
 * tfjs on the webgl backend, for one surface. Throws WebGLUnavailableError when the context was
 * lost or probeWebGL has not succeeded.
 */
export async function webglTf(): Promise<Tf> {
  if (lost) throw new WebGLUnavailableError('context-lost', 'the WebGL context was lost');
  if (!initialized || !tfLoaded) {
    throw new WebGLUnavailableError('failed', 'probeWebGL has not succeeded');
  }
  const tf = tfLoaded;
  if (tf.getBackend() !== 'webgl' && !(await tf.setBackend('webgl'))) {
    throw new WebGLUnavailableError('failed', 'the webgl backend could not be selected');
  }
  return tf;
}

/**
 * Throws WebGLUnavailableError if the context was lost while a surface ran: its numbers are then
 * not to be trusted, and the per-model tensors went with the context.
 */
export function throwIfContextLost(tf: Tf): void {
  const gl = glOf(tf);
  if (lost || (gl && gl.isContextLost())) {
    markLost();
    throw new WebGLUnavailableError('context-lost', 'the WebGL context was lost');
  }
}
