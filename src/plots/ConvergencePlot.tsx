import { curveStepAfter, line } from 'd3';
import { useMessages } from '../i18n/locale.ts';
import { fillTemplate, formatNumber } from './format.ts';
import { DEFAULT_FONT_SIZE, plotMargins, textWidthEm } from './layout.ts';
import { frameGeometry, PlotFrame, WORDS_LABEL } from './PlotFrame.tsx';
import { finiteExtent, linearScale, linearTicks, padExtent, tickCountFor } from './scales.ts';

/** Props of ConvergencePlot. */
export interface ConvergencePlotProps {
  readonly width: number;
  readonly height: number;
  /** Best value so far after each evaluation (entry i: after evaluation i + 1); null before the first success. */
  readonly values: readonly (number | null)[];
  /** The objective's known optimum, drawn as a dashed reference line. */
  readonly optimum?: number | undefined;
  readonly goal: 'maximize' | 'minimize';
  /** Evaluations of the initial design, shaded. */
  readonly initCount: number;
  /** 0-based index into `values` of the snapshot shown; later entries are drawn faded. */
  readonly current?: number | undefined;
  readonly ariaLabel: string;
  /** Font size in pixels the layout is computed for; default 14. */
  readonly fontSize?: number | undefined;
}

/**
 * Best value so far against the number of evaluations: a step line (the best only changes when
 * an evaluation improves on it), the initial design shaded, the known optimum as a target.
 */
export function ConvergencePlot(props: ConvergencePlotProps) {
  const { width, height, values, optimum, goal, initCount, current, ariaLabel } = props;
  const t = useMessages();
  const em = props.fontSize ?? DEFAULT_FONT_SIZE;
  const frame = frameGeometry(width, height, em, { ...plotMargins(em), top: 1.6 * em });
  const { box } = frame;
  const { width: innerWidth, height: innerHeight } = box;

  const n = Math.max(values.length, initCount, 1);
  const x = linearScale([0.5, n + 0.5], [0, innerWidth]);
  const finite = values.map((v) => (v === null || !Number.isFinite(v) ? NaN : v));
  const hasOptimum = optimum !== undefined && Number.isFinite(optimum);
  const yTickCount = tickCountFor(innerHeight, 2.6 * em, 2, 6);
  const y = linearScale(
    padExtent(finiteExtent([finite, hasOptimum ? [optimum] : null]), 0.08, 0.12),
    [innerHeight, 0],
  ).nice(yTickCount);
  // Evaluations are counted: whole-number ticks only.
  const xTicks = x
    .ticks(tickCountFor(innerWidth, 4 * em, 2, 12))
    .filter((v) => Number.isInteger(v) && v >= 1)
    .map((v) => ({ value: v, label: String(v) }));
  const yTicks = linearTicks(y, yTickCount);

  const points = finite.map((v, i) => ({ i, v }));
  const shownEnd = current === undefined ? values.length - 1 : current;
  const stepLine = (pts: { i: number; v: number }[]) =>
    line<{ i: number; v: number }>()
      .defined((p) => Number.isFinite(p.v))
      .x((p) => x(p.i + 1))
      .y((p) => y(p.v))
      .curve(curveStepAfter)(pts) ?? '';
  // The shown part, then the faded future (when scrubbing back through history); they share the
  // current point so the step line is unbroken.
  const shownPath = stepLine(points.slice(0, shownEnd + 1));
  const futurePath = shownEnd < values.length - 1 ? stepLine(points.slice(shownEnd)) : null;

  const initRight = x(Math.min(initCount, n) + 0.5);
  const currentPoint = current !== undefined ? points[current] : undefined;
  // The curve approaches the optimum from below when maximizing: put its label on the far side.
  const optLabelAbove = goal === 'maximize';
  const optLabel = hasOptimum
    ? fillTemplate(t.plotKnownOptimum, { value: formatNumber(optimum, 4) })
    : '';

  return (
    <PlotFrame
      className="bo-plot convergence-plot"
      ariaLabel={ariaLabel}
      {...frame}
      grid="xy"
      x={{ ticks: xTicks, scale: x, label: t.plotEvaluation, labelClassName: WORDS_LABEL }}
      y={{
        ticks: yTicks,
        scale: y,
        label: goal === 'maximize' ? t.plotBestSoFarMax : t.plotBestSoFarMin,
        labelClassName: WORDS_LABEL,
      }}
    >
      {initCount > 0 && (
        <g className="init-phase">
          <rect className="init-shade" x={0} y={0} width={initRight} height={innerHeight} />
          {initRight > (textWidthEm(t.plotInitPhase) * 0.85 + 0.6) * em && (
            <text className="phase-label" x={0.3 * em} y={-0.45 * em}>
              {t.plotInitPhase}
            </text>
          )}
        </g>
      )}
      {hasOptimum && (
        <g className="optimum-ref">
          <line className="optimum" x1={0} x2={innerWidth} y1={y(optimum)} y2={y(optimum)} />
          <text
            className="optimum-label"
            x={innerWidth - 0.3 * em}
            y={y(optimum) + (optLabelAbove ? -0.45 : 1.15) * em}
            textAnchor="end"
          >
            {optLabel}
          </text>
        </g>
      )}
      {futurePath && <path className="best-so-far is-future" d={futurePath} />}
      <path className="best-so-far" d={shownPath} />
      {points.map(({ i, v }) =>
        Number.isFinite(v) ? (
          <circle
            key={i}
            className={`best-so-far-dot${i > shownEnd ? ' is-future' : ''}`}
            cx={x(i + 1)}
            cy={y(v)}
            r={0.22 * em}
          />
        ) : null,
      )}
      {currentPoint && (
        <g className="current">
          <line
            className="current-line"
            x1={x(currentPoint.i + 1)}
            x2={x(currentPoint.i + 1)}
            y1={0}
            y2={innerHeight}
          />
          {Number.isFinite(currentPoint.v) && (
            <circle
              className="current-dot"
              cx={x(currentPoint.i + 1)}
              cy={y(currentPoint.v)}
              r={0.45 * em}
            />
          )}
        </g>
      )}
    </PlotFrame>
  );
}
