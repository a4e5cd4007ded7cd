import { useMessages } from '../../i18n/locale.ts';
import { fillTemplate } from '../../plots/format.ts';
import { PlotFrame } from '../../plots/PlotFrame.tsx';
import type { HyperbandSchedule } from './schedule.ts';

/**
 * The schedule as a table-like diagram: one row per bracket, one cell per rung with its models x
 * epochs; the cell's shade grows with the epochs. The selected bracket is outlined; clicking a row
 * selects it (the bracket menu does the same from the keyboard). While a network run trains, the
 * rung in training is marked (`active`).
 */
export function HyperbandDiagram(props: {
  readonly width: number;
  readonly fontSize: number;
  readonly schedule: HyperbandSchedule;
  readonly selected: number;
  readonly onSelect: (bracket: number) => void;
  readonly active?: { readonly bracket: number; readonly rung: number } | null;
  /** What the diagram shows, in words (describeHyperband). */
  readonly description?: string | undefined;
}) {
  const { width, fontSize: em, schedule, selected } = props;
  const t = useMessages();
  const rows = schedule.brackets.length;
  const cols = Math.max(1, ...schedule.brackets.map((b) => b.rungs.length));
  const labelW = 6.2 * em;
  const rowH = 2.1 * em;
  const gap = 0.3 * em;
  const cellW = Math.max(3 * em, (width - labelW - gap * cols) / cols);
  const height = rows * (rowH + gap);
  const maxLog = Math.log(schedule.maxEpochs + 1);
  return (
    <PlotFrame
      className="bo-plot hb-diagram"
      ariaLabel={t.hbDiagram}
      description={props.description}
      width={width}
      height={height}
      em={em}
      box={{ left: 0, top: 0, width, height }}
    >
      {schedule.brackets.map((b, r) => {
        const y = r * (rowH + gap);
        return (
          <g
            key={b.index}
            className={`hb-row${b.index === selected ? ' is-selected' : ''}`}
            transform={`translate(0,${y})`}
            onClick={() => props.onSelect(b.index)}
          >
            <text x={0} y={rowH / 2} dy="0.32em" className="hb-row-label">
              {fillTemplate(t.hbBracketLabel, { s: b.index })}
            </text>
            {b.rungs.map((rung, c) => {
              const x = labelW + c * (cellW + gap);
              const shade = Math.log(rung.epochs + 1) / maxLog;
              return (
                <g key={c} transform={`translate(${x},0)`}>
                  <rect
                    className={`hb-cell${
                      props.active?.bracket === b.index && props.active.rung === c
                        ? ' is-active'
                        : ''
                    }`}
                    width={cellW}
                    height={rowH}
                    rx={0.25 * em}
                    style={{ fillOpacity: 0.12 + 0.55 * shade }}
                  />
                  <text
                    x={cellW / 2}
                    y={rowH / 2}
                    dy="0.32em"
                    textAnchor="middle"
                    className="hb-cell-text"
                  >
                    {fillTemplate(t.hbRungCell, { n: rung.trials, r: rung.epochs })}
                  </text>
                </g>
              );
            })}
            {b.index === selected && (
              <rect
                className="hb-row-outline"
                x={labelW - gap}
                y={-gap / 2}
                width={b.rungs.length * (cellW + gap) + gap}
                height={rowH + gap}
                rx={0.35 * em}
              />
            )}
          </g>
        );
      })}
    </PlotFrame>
  );
}

/** The diagram's height for a schedule, so its box can be sized before it is drawn. */
export function diagramHeight(schedule: HyperbandSchedule, em: number): number {
  return schedule.brackets.length * 2.4 * em;
}
