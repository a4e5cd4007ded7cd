import './dataTable.css';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The scrolling box of a trials table: focusable so keyboard users can scroll it, and kept on the
 * newest row as the study grows (`rows` changes).
 */
export function TableScroll({
  labelledBy,
  rows,
  children,
}: {
  readonly labelledBy: string;
  readonly rows: number;
  readonly children: ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // At the next frame, where the browser lays the page out anyway: reading scrollHeight right
    // after the commit forced a layout in the click's task (a Step's new row), done again when
    // the model's result redraws the plots; after the paint, it would cost a frame of its own.
    const frame = requestAnimationFrame(() => {
      const el = scroller.current;
      if (el) el.scrollTop = el.scrollHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [rows]);
  return (
    <div
      className="table-scroll"
      ref={scroller}
      tabIndex={0}
      role="group"
      aria-labelledby={labelledBy}
    >
      {children}
    </div>
  );
}
