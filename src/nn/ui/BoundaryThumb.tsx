import { useEffect, useRef } from 'react';
import type { Dataset } from '../data/types.ts';
import type { BoundaryFrame } from '../study/boundary.ts';
import type { Boundary } from '../train/trainer.ts';

/**
 * Okabe-Ito hues for up to three classes (readable with every common colour-vision deficiency);
 * points also differ by shape (circle, square, triangle), so the classes never rest on hue alone.
 */
const CLASS_RGB: readonly (readonly [number, number, number])[] = [
  [0, 114, 178],
  [230, 159, 0],
  [0, 158, 115],
];

interface Props {
  readonly frame: BoundaryFrame;
  readonly boundary: Boundary | null;
  readonly data: Dataset;
  readonly size: number;
  readonly label: string;
}

/**
 * The decision boundary on a 2D dataset: the predicted class per grid cell, paler where the model
 * is unsure (a canvas at grid resolution scaled up), with the training points on top.
 */
export function BoundaryThumb({ frame, boundary, data, size, label }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(size * dpr);
    canvas.height = Math.round(size * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, size, size);
    const { side } = frame;
    if (boundary) {
      const img = new ImageData(side, side);
      for (let j = 0; j < side; j++) {
        for (let i = 0; i < side; i++) {
          const k = j * side + i;
          // Grid row 0 is the bottom (smallest y): flip it into image rows.
          const o = ((side - 1 - j) * side + i) * 4;
          const rgb = CLASS_RGB[boundary.classes[k] ?? 0] ?? [128, 128, 128];
          const classes = Math.max(2, data.classes);
          const sure = ((boundary.confidence[k] ?? 0) - 1 / classes) / (1 - 1 / classes);
          img.data[o] = rgb[0];
          img.data[o + 1] = rgb[1];
          img.data[o + 2] = rgb[2];
          img.data[o + 3] = Math.round(40 + 140 * Math.max(0, Math.min(1, sure)));
        }
      }
      const tmp = document.createElement('canvas');
      tmp.width = side;
      tmp.height = side;
      tmp.getContext('2d')?.putImageData(img, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(tmp, 0, 0, size, size);
    }
    const px = (v: number) => ((v - frame.x[0]) / (frame.x[1] - frame.x[0])) * size;
    const py = (v: number) => size - ((v - frame.y[0]) / (frame.y[1] - frame.y[0])) * size;
    const r = Math.max(1.6, size / 90);
    for (let n = 0; n < data.n; n++) {
      const c = data.y[n] ?? 0;
      const rgb = CLASS_RGB[c] ?? [128, 128, 128];
      const x = px(data.x[2 * n] as number);
      const y = py(data.x[2 * n + 1] as number);
      ctx.beginPath();
      if (c === 0) ctx.arc(x, y, r, 0, 2 * Math.PI);
      else if (c === 1) ctx.rect(x - r, y - r, 2 * r, 2 * r);
      else {
        ctx.moveTo(x, y - 1.3 * r);
        ctx.lineTo(x + 1.2 * r, y + r);
        ctx.lineTo(x - 1.2 * r, y + r);
        ctx.closePath();
      }
      ctx.fillStyle = `rgb(${rgb[0]},${rgb[1]},${rgb[2]})`;
      ctx.fill();
      ctx.lineWidth = 0.8;
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.stroke();
    }
  }, [frame, boundary, data, size]);
  return (
    <canvas
      ref={ref}
      className="boundary-thumb"
      role="img"
      aria-label={label}
      style={{ width: size, height: size }}
    />
  );
}
