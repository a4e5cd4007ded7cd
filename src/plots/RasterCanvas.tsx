/**
 * A grid of values drawn as a canvas at grid resolution under an SVG and stretched by CSS, as
 * TensorFlow Playground's heatmap.ts: the browser's bilinear upscaling makes a 64 x 64 grid look
 * smooth at any size, at the cost of one small ImageData. Every raster of the app (the 2D
 * screen's surfaces, the lab's objective maps, the network's decision boundary) is this one
 * element, so figure export (present/figureCapture.ts, which looks for `.heatmap-raster canvas`)
 * finds them all.
 */
import { useEffect, useRef } from 'react';
import type { PlotBox } from './PlotFrame.tsx';
import './heatmap.css';

export interface RasterCanvasProps {
  /** Where the grid's box goes, in pixels from the top-left of the positioned parent. */
  readonly box: PlotBox;
  /** Grid size in cells: the canvas holds one pixel per cell. */
  readonly columns: number;
  readonly rows: number;
  /**
   * Fills columns x rows RGBA pixels, first row at the top. A new function repaints, so memoize
   * it on the data: one putImageData per new surface, never per hover. Null leaves the box empty.
   */
  readonly paint: ((pixels: Uint8ClampedArray) => void) | null;
  /**
   * The values are samples at grid points (the box's corners are samples): pixel centres land on
   * them, so half a cell of canvas hangs outside the box and is cut off. Otherwise the cells tile
   * the box edge to edge.
   */
  readonly pointSampled?: boolean;
  readonly className?: string | undefined;
}

export function RasterCanvas(props: RasterCanvasProps) {
  const { box, columns, rows, paint, pointSampled = false } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = paint ? ref.current?.getContext('2d') : null;
    if (!ctx || !paint) return;
    const image = ctx.createImageData(columns, rows);
    paint(image.data);
    ctx.putImageData(image, 0, 0);
  }, [paint, columns, rows]);
  const cellW = pointSampled ? box.width / Math.max(1, columns - 1) : 0;
  const cellH = pointSampled ? box.height / Math.max(1, rows - 1) : 0;
  return (
    <div
      className={`heatmap-raster${props.className ? ` ${props.className}` : ''}`}
      aria-hidden="true"
      style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
    >
      {paint && (
        <canvas
          ref={ref}
          width={columns}
          height={rows}
          style={{
            left: -cellW / 2,
            top: -cellH / 2,
            width: box.width + cellW,
            height: box.height + cellH,
          }}
        />
      )}
    </div>
  );
}
