import type { ReactNode } from 'react';
import type { ControlId } from '../store/shareSlice.ts';
import { useStore } from '../store/store.ts';

/** True when a classroom link opened this page with the control group `id` hidden. */
export function useHidden(id: ControlId): boolean {
  return useStore((s) => s.hidden.includes(id));
}

/** Renders its children unless a classroom link hides the control group `id`. */
export function Hideable({
  id,
  children,
}: {
  readonly id: ControlId;
  readonly children: ReactNode;
}) {
  return useHidden(id) ? null : children;
}
