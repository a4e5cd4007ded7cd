import {
  memo,
  startTransition,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useMessages } from '../i18n/locale.ts';
import { fillTemplate, formatNumber, formatSearchX } from './format.ts';
import { clamp, indexWidthEm, placeLabels, textWidthEm, type LabelRequest } from './layout.ts';
import { ObservationSymbol, SpotLabel, type ObservationShape } from './marks.tsx';
import type { AxisScale } from './scales.ts';

/** Why a point was taken: the initial design, a BO suggestion, or a person's probe. */
export type ObservationPhase = 'init' | 'bo' | 'manual';

/** One evaluation as the 1D plot draws it. x in search units; y null for a failed evaluation. */
export interface Observation1D {
  readonly x: number;
  readonly y: number | null;
  /** 1-based order in which it was taken; also its label. */
  readonly index: number;
  readonly phase: ObservationPhase;
  /**
   * For a failed evaluation the model includes: the value it counts it as (the worst value seen,
   * bo/modelData.ts), drawn as a small hollow grey marker above the cross.
   */
  readonly modelY?: number | undefined;
}

interface ObservationMarksProps {
  readonly observations: readonly Observation1D[];
  /** Data to pixels, inside the plotting area. */
  readonly x: (value: number) => number;
  readonly y: (value: number) => number;
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly em: number;
  readonly xDomain: readonly [number, number];
  readonly scale: AxisScale;
  readonly bestIndex?: number | undefined;
  /** A pointer's clientX to data x, clamped to the domain. */
  readonly toDataX: (clientX: number) => number;
  readonly onMove?: ((index: number, x: number) => void) | undefined;
  readonly onDrag?: ((index: number, x: number) => void) | undefined;
  readonly onDelete?: ((index: number) => void) | undefined;
}

interface DragState {
  readonly index: number;
  readonly pointerId: number;
  readonly startClientX: number;
  readonly originalX: number;
  x: number;
  moved: boolean;
  /** The dragged mark, moved directly each pointermove (no React render per event). */
  readonly el: SVGGElement;
  /** Its height in the plot as last drawn: the pointer moves it sideways only. */
  v: number;
  /** The animation frame that will hand the latest x to the app (the model preview). */
  frame: number | null;
  /** The x handed on and not yet drawn: the next waits for it, so previews never starve. */
  sent: number | null;
}

const markClass = (shape: ObservationShape) => `mark-${shape}`;

/** Below this many pixels a press is a click (focus, double-click), not a drag. */
const DRAG_THRESHOLD_PX = 3;

/**
 * The observations: numbered markers, the best one ringed, failed ones as grey crosses on the
 * bottom edge (they have no value to place them by), joined by a dotted line to a hollow grey
 * marker where the model counts them (at the worst value seen) when it does. Markers can be
 * dragged sideways (pointer capture keeps the drag alive outside the marker), moved with the arrow
 * keys, and deleted with Delete or a double-click; the app re-evaluates and sends new observations
 * back.
 */
export const ObservationMarks = memo(function ObservationMarks(props: ObservationMarksProps) {
  const { observations, x, y, innerWidth, innerHeight, em, xDomain, scale, bestIndex } = props;
  const { onMove, onDrag, onDelete, toDataX } = props;
  const t = useMessages();
  const dragRef = useRef<DragState | null>(null);
  const [dragging, setDragging] = useState<{ index: number; x: number } | null>(null);
  const interactive = Boolean(onMove || onDelete);
  const r = 0.36 * em;
  const failedV = innerHeight - 0.75 * em;
  const labelEm = 0.78 * em;

  const draggedIndex = dragging?.index;
  const draggedX = dragging?.x;
  const plotBest = t.plotBest;
  // Label placement is the costly part of a render: kept while the marks and their frame are the
  // same (a re-render for anything else, e.g. a hover on the plot, reuses it).
  const { placed, bestSpot, numberSpots } = useMemo(() => {
    const placed = observations.map((o) => {
      const ox = draggedIndex === o.index && draggedX !== undefined ? draggedX : o.x;
      const failed = o.y === null || !Number.isFinite(o.y);
      const u = clamp(x(ox), 0, innerWidth);
      const v = failed ? failedV : clamp(y(o.y as number), 0, innerHeight);
      // Offset from the cross to where the model counts a failed point, in the mark's own frame.
      const modelDv =
        failed && o.modelY !== undefined && Number.isFinite(o.modelY)
          ? clamp(y(o.modelY), 0, innerHeight) - v
          : null;
      return { o, ox, u, v, failed, modelDv };
    });
    const best = placed.find((p) => p.o.index === bestIndex && !p.failed);
    const requests: LabelRequest[] = [];
    if (best) {
      requests.push({ u: best.u, v: best.v, width: textWidthEm(plotBest) * labelEm, height: em });
    }
    for (const p of placed) {
      requests.push({ u: p.u, v: p.v, width: indexWidthEm(p.o.index) * labelEm, height: em });
    }
    const obstacles = placed.map((p) => ({ u: p.u, v: p.v, width: 2 * r + 2, height: 2 * r + 2 }));
    for (const p of placed) {
      if (p.modelDv !== null)
        obstacles.push({ u: p.u, v: p.v + p.modelDv, width: 2 * r, height: 2 * r });
    }
    const labelSpots = placeLabels(requests, obstacles, r * 0.6, {
      width: innerWidth,
      height: innerHeight,
    });
    return {
      placed,
      bestSpot: best ? labelSpots[0] : undefined,
      numberSpots: best ? labelSpots.slice(1) : labelSpots,
    };
  }, [
    observations,
    draggedIndex,
    draggedX,
    x,
    y,
    innerWidth,
    innerHeight,
    failedV,
    bestIndex,
    plotBest,
    labelEm,
    em,
    r,
  ]);

  // A render (the preview's model arriving) must not pull the dragged mark back to where the
  // last handed-on x put it: the pointer may be ahead of it.
  useLayoutEffect(() => {
    const d = dragRef.current;
    if (!d?.moved) return;
    const p = placed.find((q) => q.o.index === d.index);
    if (p) d.v = p.v;
    d.el.setAttribute('transform', `translate(${clamp(x(d.x), 0, innerWidth)},${d.v})`);
    if (d.sent !== null && draggedX === d.sent) {
      // That preview is drawn: the pointer's latest x, if it moved on since, goes next.
      d.sent = null;
      if (d.x !== draggedX) handOn(d);
    }
  });

  const step = (xDomain[1] - xDomain[0]) / 100;

  function onPointerDown(e: PointerEvent<SVGGElement>, o: Observation1D) {
    if (!onMove || e.button !== 0) return;
    // No text selection or native drag image while moving a point.
    e.preventDefault();
    e.currentTarget.focus();
    if (typeof e.currentTarget.setPointerCapture === 'function') {
      e.currentTarget.setPointerCapture(e.pointerId);
    }
    dragRef.current = {
      index: o.index,
      pointerId: e.pointerId,
      startClientX: e.clientX,
      originalX: o.x,
      x: o.x,
      moved: false,
      el: e.currentTarget,
      v: placed.find((p) => p.o.index === o.index)?.v ?? 0,
      frame: null,
      sent: null,
    };
  }

  function onPointerMove(e: PointerEvent<SVGGElement>) {
    const d = dragRef.current;
    if (!d || d.pointerId !== e.pointerId) return;
    if (!d.moved && Math.abs(e.clientX - d.startClientX) < DRAG_THRESHOLD_PX) return;
    d.moved = true;
    d.x = toDataX(e.clientX);
    // The mark follows the pointer at once; the app hears of it once per frame, as a transition,
    // so a slow model preview never holds the pointer back.
    d.el.setAttribute('transform', `translate(${clamp(x(d.x), 0, innerWidth)},${d.v})`);
    if (d.sent === null) handOn(d);
  }

  /**
   * Hands the latest x to the app at the next frame, as a transition (interruptible, sliced, so the
   * pointer is never held up by the model preview); one at a time, each drawn before the next.
   */
  function handOn(d: DragState) {
    d.frame ??= requestAnimationFrame(() => {
      d.frame = null;
      if (dragRef.current !== d) return;
      const sent = d.x;
      d.sent = sent;
      startTransition(() => {
        setDragging({ index: d.index, x: sent });
        onDrag?.(d.index, sent);
      });
    });
  }

  function stopFrame(d: DragState) {
    if (d.frame !== null) cancelAnimationFrame(d.frame);
    d.frame = null;
  }

  function endDrag(e: PointerEvent<SVGGElement>, commit: boolean) {
    const d = dragRef.current;
    if (!d || d.pointerId !== e.pointerId) return;
    dragRef.current = null;
    stopFrame(d);
    setDragging(null);
    if (typeof e.currentTarget.hasPointerCapture === 'function') {
      if (e.currentTarget.hasPointerCapture(e.pointerId)) {
        e.currentTarget.releasePointerCapture(e.pointerId);
      }
    }
    if (!d.moved) return;
    if (commit) onMove?.(d.index, d.x);
    // A cancelled drag puts the live preview back where the point was.
    else onDrag?.(d.index, d.originalX);
  }

  function onKeyDown(e: KeyboardEvent<SVGGElement>, o: Observation1D) {
    if ((e.key === 'Delete' || e.key === 'Backspace') && onDelete) {
      e.preventDefault();
      onDelete(o.index);
    } else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && onMove) {
      e.preventDefault();
      const dx = (e.key === 'ArrowLeft' ? -step : step) * (e.shiftKey ? 10 : 1);
      onMove(o.index, clamp(o.x + dx, xDomain[0], xDomain[1]));
    } else if (e.key === 'Escape' && dragRef.current) {
      const d = dragRef.current;
      dragRef.current = null;
      stopFrame(d);
      setDragging(null);
      if (d.moved) onDrag?.(d.index, d.originalX);
    }
  }

  return (
    <g className="observations">
      {placed.map(({ o, ox, u, v, failed, modelDv }, i) => {
        const xText = formatSearchX(ox, scale);
        const template = failed
          ? modelDv !== null
            ? t.plotObservationFailedModelled
            : t.plotObservationFailed
          : o.index === bestIndex
            ? t.plotObservationBest
            : t.plotObservation;
        const label = fillTemplate(template, {
          n: o.index,
          x: xText,
          y: formatNumber((failed ? o.modelY : o.y) ?? NaN, 4),
        });
        const shape: ObservationShape = failed ? 'failed' : o.phase;
        return (
          <g
            key={o.index}
            className={`observation observation-${shape}${dragging?.index === o.index ? ' is-dragging' : ''}${onMove ? ' is-movable' : ''}`}
            transform={`translate(${u},${v})`}
            data-index={o.index}
            // The hint's <title> counts as the button's visible text: its name must contain it.
            aria-label={interactive ? `${label}. ${t.plotObservationHint}` : label}
            {...(interactive ? { role: 'button', tabIndex: 0 } : {})}
            onPointerDown={onMove ? (e) => onPointerDown(e, o) : undefined}
            onPointerMove={onMove ? onPointerMove : undefined}
            onPointerUp={onMove ? (e) => endDrag(e, true) : undefined}
            onPointerCancel={onMove ? (e) => endDrag(e, false) : undefined}
            onDoubleClick={onDelete ? () => onDelete(o.index) : undefined}
            onKeyDown={interactive ? (e) => onKeyDown(e, o) : undefined}
          >
            {interactive && <title>{t.plotObservationHint}</title>}
            {/* A larger invisible target: a 7 px dot is hard to grab with a finger or on a projector. */}
            {interactive && <circle className="hit-target" r={r * 2.2} />}
            {modelDv !== null && (
              <g className="failed-model">
                {Math.abs(modelDv) > 3 * r && (
                  <line
                    className="mark-failed"
                    style={{ strokeWidth: 1, strokeDasharray: '1 3' }}
                    y1={Math.sign(modelDv) * r * 1.4}
                    y2={modelDv - Math.sign(modelDv) * r * 0.8}
                  />
                )}
                <circle className="mark-failed" cy={modelDv} r={r * 0.8} />
              </g>
            )}
            <ObservationSymbol shape={shape} r={r} classOf={markClass} />
            {o.index === bestIndex && !failed && <circle className="mark-best" r={r + 0.3 * em} />}
            {!numberSpots[i] && (
              // No room for the number beside the mark: it shows while the mark is hovered or focused.
              <text
                className="observation-label dropped-label"
                y={-(r + 0.5 * em)}
                textAnchor="middle"
                aria-hidden="true"
              >
                {o.index}
              </text>
            )}
          </g>
        );
      })}
      <g className="observation-labels" aria-hidden="true">
        {bestSpot && (
          <SpotLabel className="best-label" spot={bestSpot}>
            {t.plotBest}
          </SpotLabel>
        )}
        {placed.map(({ o }, i) => {
          const spot = numberSpots[i];
          if (!spot) return null;
          return (
            <SpotLabel key={o.index} className="observation-label" spot={spot}>
              {o.index}
            </SpotLabel>
          );
        })}
      </g>
    </g>
  );
});
