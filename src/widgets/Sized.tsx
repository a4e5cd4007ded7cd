import './sized.css';
import { useRef, type ReactNode } from 'react';
import { useElementSize, type ElementSize } from './useElementSize.ts';

/** Used before the first measurement, and in jsdom, which has no layout. */
const FALLBACK: ElementSize = { width: 640, height: 320, fontSize: 14 };

/**
 * A box whose size CSS decides; its child is rendered for the measured width, height and font
 * size. The child is taken out of flow (see .sized in sized.css) so it never pushes the box.
 */
export function Sized({
  className,
  children,
}: {
  className: string;
  children: (size: ElementSize) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const size = useElementSize(ref, FALLBACK);
  return (
    <div className={`sized ${className}`} ref={ref}>
      {size.width > 0 && size.height > 0 && children(size)}
    </div>
  );
}
