import { useEffect, useState } from 'react';
import { parseViewMode, type ViewMode } from '../store/viewMode.ts';
import { useStore } from '../store/store.ts';

/**
 * The layout in force: embed is fixed by the address the page was opened with; presentation
 * follows the toggle (L, the Present button, Escape) on every section that has a presentation
 * layout (the BO screen, the lab's figures, the network study). Marks
 * <html> with is-presenting / is-embedded for the styles that scale type or clear the background.
 */
export function useViewMode(canPresent: boolean): ViewMode {
  const [opened] = useState(() => parseViewMode(globalThis.location?.search ?? ''));
  const presenting = useStore((s) => s.presenting);
  const kind = opened.kind === 'embed' ? 'embed' : presenting && canPresent ? 'present' : 'normal';

  useEffect(() => {
    const root = document.documentElement.classList;
    root.toggle('is-presenting', kind === 'present');
    root.toggle('is-embedded', kind === 'embed');
  }, [kind]);

  return kind === 'embed' ? opened : { kind };
}
