import { useLayoutEffect, useState, type RefObject } from 'react';

/** An element's content box in CSS pixels and its font size, for em-based plot margins. */
export interface ElementSize {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
}

/**
 * Tracks an element's size. It is measured in a layout effect, before the first paint, so a plot
 * never flashes at the wrong size; a ResizeObserver follows later changes. Where there is no
 * layout (jsdom) it reports `fallback`.
 */
export function useElementSize(ref: RefObject<Element | null>, fallback: ElementSize): ElementSize {
  const [size, setSize] = useState(fallback);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      const fontSize = parseFloat(getComputedStyle(el).fontSize) || fallback.fontSize;
      setSize((prev) =>
        prev.width === width && prev.height === height && prev.fontSize === fontSize
          ? prev
          : { width, height, fontSize },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fallback.fontSize]);

  return size;
}
