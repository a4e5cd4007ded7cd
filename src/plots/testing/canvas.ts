/** Test helper for rasters: jsdom has no canvas, so a fake 2D context records what would be drawn. */
import { vi } from 'vitest';

/**
 * Replaces HTMLCanvasElement's getContext with a fake whose putImageData keeps the images (call
 * in beforeEach; vi.restoreAllMocks puts the real one back). Returns the list they land in.
 */
export function recordPaintedImages(): ImageData[] {
  const painted: ImageData[] = [];
  const proto = HTMLCanvasElement.prototype as unknown as { getContext: () => unknown };
  vi.spyOn(proto, 'getContext').mockImplementation(
    () =>
      ({
        createImageData: (w: number, h: number) => ({
          width: w,
          height: h,
          data: new Uint8ClampedArray(w * h * 4),
        }),
        putImageData: (img: ImageData) => painted.push(img),
      }) as unknown,
  );
  return painted;
}
