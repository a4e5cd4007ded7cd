import { PlotFrame } from '../../plots/PlotFrame.tsx';

interface SimGridProps {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** First-hit trial per simulated search (0: none within the simulated horizon). */
  readonly firstHit: Int32Array | undefined;
  readonly shown: number;
  readonly n: number;
  readonly ariaLabel: string;
}

/**
 * The first simulated searches as squares: filled when the search found a top-p trial within n
 * trials, hollow when it did not. The share of filled squares is the simulation's estimate.
 */
export function SimGrid({
  width,
  height,
  fontSize: em,
  firstHit,
  shown,
  n,
  ariaLabel,
}: SimGridProps) {
  // Columns near the box's aspect, preferring a divisor of `shown` so the last row is full.
  const ideal = Math.sqrt((shown * width) / Math.max(1, height));
  const divisors = Array.from({ length: shown }, (_, i) => i + 1).filter((d) => shown % d === 0);
  const cols = divisors.reduce((a, b) => (Math.abs(b - ideal) < Math.abs(a - ideal) ? b : a), 1);
  const rows = Math.ceil(shown / cols);
  const cell = Math.max(2, Math.min(width / cols, height / rows));
  const pad = Math.max(1, cell * 0.14);
  const offsetX = (width - cols * cell) / 2;
  const count = Math.min(shown, firstHit?.length ?? 0);
  return (
    <PlotFrame
      className="bo-plot lab-plot sim-grid"
      ariaLabel={ariaLabel}
      width={width}
      height={height}
      em={em}
      box={{ left: 0, top: 0, width, height }}
    >
      {Array.from({ length: count }, (_, r) => {
        const h = firstHit?.[r] ?? 0;
        const hit = h > 0 && h <= n;
        return (
          <rect
            key={r}
            className={hit ? 'sim-hit' : 'sim-miss'}
            x={offsetX + (r % cols) * cell + pad / 2}
            y={Math.floor(r / cols) * cell + pad / 2}
            width={cell - pad}
            height={cell - pad}
            rx={pad / 2}
          />
        );
      })}
    </PlotFrame>
  );
}
