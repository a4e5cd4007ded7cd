/** Test helper for rasters: jsdom has no canvas, so a fake 2D context records what would be drawn. */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Replaces HTMLCanvasElement's getContext with a fake whose putImageData keeps the images (call
 * in beforeEach; vi.restoreAllMocks puts the real one back). Returns the list they land in
 * (`painted`, when given).
 */
export function recordPaintedImages(painted: ImageData[] = []): ImageData[] {
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

/**
 * The usual setup of a raster test file in one call: before each test the fake context starts an
 * empty list (the same array, so a test can keep the reference), after each the rendered tree and
 * the fake go away.
 */
export function recordPaintedImagesPerTest(): ImageData[] {
  const painted: ImageData[] = [];
  beforeEach(() => {
    painted.length = 0;
    recordPaintedImages(painted);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
  return painted;
}
