import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** An element's content box in CSS pixels and its font size, for em-based plot margins. */
export interface ElementSize {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
}

/** Reported until the first measurement where there is layout: Sized draws nothing for it. */
const UNMEASURED: ElementSize = { width: 0, height: 0, fontSize: 0 };

/**
 * Tracks an element's size through a ResizeObserver alone. Its first callback comes after the
 * browser's own layout of the frame, before that frame is painted, and is committed there, so the
 * first paint has the right size and nothing forces a layout at mount (a synchronous getBoundingClientRect in a layout effect cost 108-147 ms at load). Until
 * then the size is `unmeasured` (CSS reserves the box, so nothing jumps); where there is no layout
 * (jsdom) it is `fallback`.
 */
export function useElementSize(
  ref: RefObject<Element | null>,
  fallback: ElementSize,
  unmeasured: ElementSize = UNMEASURED,
): ElementSize {
  const [size, setSize] = useState(() =>
    typeof ResizeObserver === 'undefined' ? fallback : unmeasured,
  );

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const box = entry.borderBoxSize?.[0];
      const width = box ? box.inlineSize : entry.contentRect.width;
      const height = box ? box.blockSize : entry.contentRect.height;
      // Style only, already computed for this frame's layout: no layout is forced.
      const fontSize = parseFloat(getComputedStyle(el).fontSize) || fallback.fontSize;
      // Committed within this callback, so the frame it precedes is painted at the right size.
      flushSync(() =>
        setSize((prev) =>
          prev.width === width && prev.height === height && prev.fontSize === fontSize
            ? prev
            : { width, height, fontSize },
        ),
      );
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fallback.fontSize]);

  return size;
}
