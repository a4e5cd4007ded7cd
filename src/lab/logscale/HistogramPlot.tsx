import { frameGeometry, PlotFrame } from '../../plots/PlotFrame.tsx';
import { linearScale, linearTicks, log10Ticks, tickCountFor } from '../../plots/scales.ts';
import { histogram } from '../stats.ts';
import { wordsAxis } from '../../plots/wordsAxis.ts';

interface HistogramPlotProps {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** Samples in their own units (positive when the axis is log10). */
  readonly values: Float64Array;
  /** 'log10': bins and ticks in log10 of the value, labelled 10^k. */
  readonly axis: 'linear' | 'log10';
  /** The axis range, in axis units (exponents on a log10 axis). */
  readonly domain: readonly [number, number];
  readonly bins: number;
  readonly xLabel: string;
  readonly ariaLabel: string;
  /** What the plot shows, in words (describeHistogram). */
  readonly description?: string | undefined;
  /** Class of the bars (their colour). */
  readonly className: string;
}

/** A histogram of samples on a linear or a log10 axis; bins are even in the axis's units. */
export function HistogramPlot(props: HistogramPlotProps) {
  const { width, height, fontSize: em, values, axis, domain, bins, xLabel, ariaLabel } = props;
  const frame = frameGeometry(width, height, em, {
    top: 0.6 * em,
    right: 1.1 * em,
    bottom: 2.9 * em,
    left: 3.6 * em,
  });
  const { box } = frame;
  const { width: innerW, height: innerH } = box;
  const [lo, hi] = domain;
  const edges = Float64Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins);
  const mapped = axis === 'log10' ? values.map(Math.log10) : values;
  const counts = histogram(mapped, edges);
  const most = Math.max(1, ...counts);

  const x = linearScale(domain, [0, innerW]);
  const y = linearScale([0, most], [innerH, 0]).nice(tickCountFor(innerH, 2.2 * em, 2, 5));
  // 10^k labels are short: a tick per decade fits where decimal labels need more room.
  const xTicks =
    axis === 'log10'
      ? log10Ticks(domain, tickCountFor(innerW, 2.8 * em, 2, 10))
      : linearTicks(x, tickCountFor(innerW, 4.5 * em, 2, 8));
  const yTicks = linearTicks(y, tickCountFor(innerH, 2.2 * em, 2, 5));

  return (
    <PlotFrame
      className="bo-plot lab-plot histogram-plot"
      ariaLabel={ariaLabel}
      description={props.description}
      {...frame}
      grid="y"
      x={wordsAxis(xTicks, x, xLabel, 2.55 * em)}
      y={{ ticks: yTicks, scale: y }}
    >
      {Array.from(counts, (c, b) =>
        c > 0 ? (
          <rect
            key={b}
            className={`hist-bar ${props.className}`}
            x={x(edges[b] as number) + 0.5}
            width={Math.max(1, x(edges[b + 1] as number) - x(edges[b] as number) - 1)}
            y={y(c)}
            height={innerH - y(c)}
          />
        ) : null,
      )}
    </PlotFrame>
  );
}
