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
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
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
