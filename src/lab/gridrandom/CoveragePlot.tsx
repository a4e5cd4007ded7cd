import { line } from 'd3';
import { useMemo } from 'react';
import type { PointSet } from '../../math/types.ts';
import { contourPaths } from '../../plots/contours.ts';
import { starPath } from '../../plots/marks.tsx';
import { PlotFrame, useClipId } from '../../plots/PlotFrame.tsx';
import { linearScale, linearTicks } from '../../plots/scales.ts';
import { coverageOptimum, coverageValue, profileX, profileY, type Weights } from './coverage.ts';

interface CoveragePlotProps {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly points: PointSet;
  readonly bestIndex: number;
  readonly weights: Weights;
  readonly ariaLabel: string;
  /** What the plot shows, in words (describeCoverage). */
  readonly description?: string | undefined;
}

/** Cells per side of the grid the filled contours are traced on. */
const SIDE = 56;
/** Filled levels, as fractions of the way from f's minimum to its maximum. */
const LEVELS = [0.2, 0.4, 0.6, 0.8, 0.92];
const PROFILE_SAMPLES = 240;

/**
 * The unit square with the trials on the objective's filled contours, and two strips that project
 * the trials onto the axes: above, the objective's x part wx g(x) with a rug tick for every x
 * tried; to the right, wy h(y) with a tick for every y. The strips share one value scale, so an
 * axis that matters little is a flat curve.
 */
export function CoveragePlot(props: CoveragePlotProps) {
  const { width, height, fontSize: em, points, bestIndex, weights, ariaLabel } = props;
  const clip = useClipId();
  const margin = { top: 0.5 * em, right: 0.6 * em, bottom: 2.9 * em, left: 3.4 * em };
  const gap = 0.6 * em;
  const avail = Math.min(width - margin.left - margin.right, height - margin.top - margin.bottom);
  // The strip takes a fifth of what the square and strip share.
  const strip = Math.max(2.5 * em, (avail - gap) * 0.2);
  const side = Math.max(0, avail - gap - strip);
  // Centred in the width the square and strip leave over.
  const x0 = margin.left + Math.max(0, (width - margin.left - margin.right - avail) / 2);
  const y0 = margin.top + strip + gap;

  const x = linearScale([0, 1], [0, side]);
  const y = linearScale([0, 1], [side, 0]);
  const ticks = linearTicks(x, 5);
  const optimum = coverageOptimum(weights);
  const stripMax = Math.max(optimum.value - weights.wy * 1, weights.wy, 1e-9) * 1.08;
  // Strip value -> distance from the strip's base, in pixels.
  const sv = linearScale([0, stripMax], [0, strip - 0.3 * em]);

  const levels = useMemo(() => {
    const values = new Float64Array(SIDE * SIDE);
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = 0; j < SIDE; j++) {
      for (let i = 0; i < SIDE; i++) {
        const v = coverageValue(i / (SIDE - 1), j / (SIDE - 1), weights);
        values[j * SIDE + i] = v;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (!(hi > lo)) return [];
    const thresholds = LEVELS.map((q) => lo + q * (hi - lo));
    return contourPaths(values, SIDE, thresholds, (i, j) => [
      (i / (SIDE - 1)) * side,
      side - (j / (SIDE - 1)) * side,
    ]);
  }, [weights, side]);

  const grid = Array.from({ length: PROFILE_SAMPLES + 1 }, (_, i) => i / PROFILE_SAMPLES);
  const topPath =
    line<number>()
      .x((u) => x(u))
      .y((u) => strip - sv(profileX(u, weights)))(grid) ?? '';
  const rightPath =
    line<number>()
      .x((u) => sv(profileY(u, weights)))
      .y((u) => y(u))(grid) ?? '';

  const trials = Array.from({ length: points.n }, (_, i) => ({
    i,
    px: points.data[i * 2] as number,
    py: points.data[i * 2 + 1] as number,
  }));
  const best = trials[bestIndex];
  const rug = 0.55 * em;

  return (
    <PlotFrame
      className="bo-plot lab-plot coverage-plot"
      ariaLabel={ariaLabel}
      description={props.description}
      width={width}
      height={height}
      em={em}
      box={{ left: x0, top: y0, width: side, height: side }}
      clipId={clip}
      grid="xy"
      x={{ ticks, scale: x, label: 'x', labelOffset: 2.5 * em }}
      y={{ ticks, scale: y, label: 'y', labelOffset: 2.7 * em }}
      header={
        <>
          {/* Top strip: the x part of the objective and the x values tried. */}
          <g transform={`translate(${x0},${margin.top})`}>
            <rect className="cov-strip" width={side} height={strip} />
            <line
              className="cov-optimum-line"
              x1={x(optimum.x)}
              x2={x(optimum.x)}
              y1={0}
              y2={strip}
            />
            <path className="cov-profile" d={topPath} />
            {trials.map((t) => (
              <line
                key={t.i}
                className={`cov-rug${t.i === bestIndex ? ' is-best' : ''}`}
                x1={x(t.px)}
                x2={x(t.px)}
                y1={strip}
                y2={strip - rug}
              />
            ))}
            {trials.map((t) => (
              <circle
                key={t.i}
                className="cov-proj"
                cx={x(t.px)}
                cy={strip - sv(profileX(t.px, weights))}
                r={0.22 * em}
              />
            ))}
          </g>
          {/* Right strip: the y part and the y values tried. */}
          <g transform={`translate(${x0 + side + gap},${y0})`}>
            <rect className="cov-strip" width={strip} height={side} />
            <path className="cov-profile" d={rightPath} />
            {trials.map((t) => (
              <line
                key={t.i}
                className={`cov-rug${t.i === bestIndex ? ' is-best' : ''}`}
                x1={0}
                x2={rug}
                y1={y(t.py)}
                y2={y(t.py)}
              />
            ))}
            {trials.map((t) => (
              <circle
                key={t.i}
                className="cov-proj"
                cx={sv(profileY(t.py, weights))}
                cy={y(t.py)}
                r={0.22 * em}
              />
            ))}
          </g>
        </>
      }
      underlay={<rect className="cov-square" width={side} height={side} />}
    >
      {/* The square: contours, trials, the best trial and the optimum. */}
      <g clipPath={`url(#${clip})`}>
        {levels.map((d, k) => (
          <path key={k} className="cov-level" d={d} />
        ))}
      </g>
      <path
        className="cov-optimum"
        transform={`translate(${x(optimum.x)},${y(optimum.y)})`}
        d={starPath(1.3 * em)}
      />
      {trials.map((t) => (
        <circle key={t.i} className="cov-trial" cx={x(t.px)} cy={y(t.py)} r={0.3 * em} />
      ))}
      {best && <circle className="mark-best" cx={x(best.px)} cy={y(best.py)} r={0.7 * em} />}
    </PlotFrame>
  );
}
