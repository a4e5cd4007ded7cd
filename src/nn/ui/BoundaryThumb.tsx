import { useMemo } from 'react';
import { PlotFrame } from '../../plots/PlotFrame.tsx';
import { RasterCanvas } from '../../plots/RasterCanvas.tsx';
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
const GREY = [128, 128, 128] as const;
/** The 1px border .boundary-thumb draws inside its size (box-sizing: border-box). */
const BORDER = 1;

interface Props {
  readonly frame: BoundaryFrame;
  readonly boundary: Boundary | null;
  readonly data: Dataset;
  readonly size: number;
  readonly label: string;
}

/** The predicted class per grid cell as RGBA, paler where the model is unsure. */
function paintBoundary(
  boundary: Boundary,
  side: number,
  classCount: number,
  px: Uint8ClampedArray,
) {
  const classes = Math.max(2, classCount);
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      const k = j * side + i;
      // Grid row 0 is the bottom (smallest y): flip it into image rows.
      const o = ((side - 1 - j) * side + i) * 4;
      const rgb = CLASS_RGB[boundary.classes[k] ?? 0] ?? GREY;
      const sure = ((boundary.confidence[k] ?? 0) - 1 / classes) / (1 - 1 / classes);
      px[o] = rgb[0];
      px[o + 1] = rgb[1];
      px[o + 2] = rgb[2];
      px[o + 3] = Math.round(40 + 140 * Math.max(0, Math.min(1, sure)));
    }
  }
}

/**
 * The decision boundary on a 2D dataset: the classes as a RasterCanvas at grid resolution, scaled
 * up, with the training points on top as SVG marks.
 */
export function BoundaryThumb({ frame, boundary, data, size, label }: Props) {
  const side = frame.side;
  const inner = Math.max(0, size - 2 * BORDER);
  const paint = useMemo(
    () =>
      boundary ? (px: Uint8ClampedArray) => paintBoundary(boundary, side, data.classes, px) : null,
    [boundary, side, data.classes],
  );
  const px = (v: number) => ((v - frame.x[0]) / (frame.x[1] - frame.x[0])) * inner;
  const py = (v: number) => inner - ((v - frame.y[0]) / (frame.y[1] - frame.y[0])) * inner;
  const r = Math.max(1.6, size / 90);
  const box = { left: 0, top: 0, width: inner, height: inner };
  return (
    <div className="boundary-thumb" style={{ position: 'relative', width: size, height: size }}>
      <RasterCanvas box={box} columns={side} rows={side} paint={paint} className="is-clear" />
      <PlotFrame
        className="boundary-points"
        ariaLabel={label}
        width={inner}
        height={inner}
        em={r}
        box={box}
        style={{ position: 'absolute', left: 0, top: 0 }}
      >
        {Array.from({ length: data.n }, (_, n) => {
          const c = data.y[n] ?? 0;
          const [red, green, blue] = CLASS_RGB[c] ?? GREY;
          const x = px(data.x[2 * n] as number);
          const y = py(data.x[2 * n + 1] as number);
          const mark = { fill: `rgb(${red},${green},${blue})` };
          if (c === 0) return <circle key={n} {...mark} cx={x} cy={y} r={r} />;
          if (c === 1)
            return <rect key={n} {...mark} x={x - r} y={y - r} width={2 * r} height={2 * r} />;
          return (
            <path
              key={n}
              {...mark}
              d={`M${x},${y - 1.3 * r}L${x + 1.2 * r},${y + r}L${x - 1.2 * r},${y + r}Z`}
            />
          );
        })}
      </PlotFrame>
    </div>
  );
}
