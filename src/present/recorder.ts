/**
 * Records a run as a WebM video: the history's snapshots replayed one by one (the store's cursor
 * moved through them), each frame painted from the figure on screen onto a canvas whose stream a
 * MediaRecorder encodes. Where a browser has no MediaRecorder for canvases, it says so; no frame
 * sequence of downloads is pushed on the user.
 */
import { useStore } from '../store/store.ts';
import { figureSize, findFigure, paintFigure } from './figureCapture.ts';
import type { FigureId } from '../store/viewMode.ts';

/** The snapshots a recording shows, in order: all of them, or the last `max` when there are more. */
export function frameList(count: number, max = 200): number[] {
  const n = Math.max(0, Math.floor(count));
  const start = Math.max(0, n - Math.max(1, Math.floor(max)));
  return Array.from({ length: n - start }, (_, i) => start + i);
}

/** The WebM flavour to record, the first one this browser's recorder takes; null when none. */
export function pickMimeType(isSupported: (type: string) => boolean): string | null {
  const candidates = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];
  return candidates.find((t) => isSupported(t)) ?? null;
}

/** Whether this browser can record a canvas: MediaRecorder, captureStream and a WebM type. */
export function canRecord(): boolean {
  return (
    typeof MediaRecorder !== 'undefined' &&
    typeof HTMLCanvasElement !== 'undefined' &&
    typeof HTMLCanvasElement.prototype.captureStream === 'function' &&
    pickMimeType((t) => MediaRecorder.isTypeSupported(t)) !== null
  );
}

export class RecordingError extends Error {
  constructor(readonly reason: 'no-recorder' | 'one-frame' | 'missing' | 'cancelled') {
    super(reason);
  }
}

/** Resolves after the next paint, or soon anyway where frames are not painted (hidden tabs). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 120);
    requestAnimationFrame(() => requestAnimationFrame(done));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface RecordOptions {
  readonly figure: FigureId;
  /** How long each snapshot stays on screen in the video. */
  readonly frameMs?: number;
  readonly onProgress?: (k: number, n: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * Replays the history into a video of one figure and returns it; the cursor is put back where it
 * was. Throws a RecordingError saying why when it cannot.
 */
export async function recordRun(opts: RecordOptions): Promise<{ blob: Blob; frames: number }> {
  if (!canRecord()) throw new RecordingError('no-recorder');
  const store = useStore.getState();
  const frames = frameList(store.history.snapshots.length);
  if (frames.length < 2) throw new RecordingError('one-frame');
  const startCursor = store.history.cursor;
  store.pause();
  const frameMs = opts.frameMs ?? 600;

  const first = findFigure(opts.figure);
  if (!first) throw new RecordingError('missing');
  const { width, height } = figureSize(first);
  // Video encoders want even sizes; 2x for sharp text, capped so a 4K screen stays a sane file.
  const scale = Math.min(2, 1920 / Math.max(1, width));
  const canvas = document.createElement('canvas');
  canvas.width = 2 * Math.round((width * scale) / 2);
  canvas.height = 2 * Math.round((height * scale) / 2);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new RecordingError('no-recorder');

  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  const mimeType = pickMimeType((t) => MediaRecorder.isTypeSupported(t)) ?? 'video/webm';
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  const stopped = new Promise<void>((resolve) => {
    recorder.onstop = () => resolve();
  });

  const paint = async () => {
    const fig = findFigure(opts.figure);
    if (!fig) throw new RecordingError('missing');
    await paintFigure(fig, ctx, canvas.width / Math.max(1, figureSize(fig).width));
    track?.requestFrame();
  };

  try {
    useStore.getState().seek(frames[0] as number);
    await nextPaint();
    await paint();
    recorder.start();
    for (let k = 0; k < frames.length; k++) {
      if (opts.signal?.aborted) throw new RecordingError('cancelled');
      opts.onProgress?.(k + 1, frames.length);
      if (k > 0) {
        useStore.getState().seek(frames[k] as number);
        await nextPaint();
        await paint();
      }
      await sleep(frameMs);
    }
    // One more frame so the last snapshot is held for its full time.
    track?.requestFrame();
    await sleep(50);
    recorder.stop();
    await stopped;
    return { blob: new Blob(chunks, { type: 'video/webm' }), frames: frames.length };
  } catch (err) {
    if (recorder.state !== 'inactive') recorder.stop();
    throw err;
  } finally {
    for (const t of stream.getTracks()) t.stop();
    useStore.getState().seek(startCursor);
  }
}
